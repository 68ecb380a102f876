package org.glossa.core.okapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;

/**
 * The paragraphs of a WordprocessingML package read with StAX: each {@code w:p} of a part in document order (a
 * paragraph inside a text box comes after the paragraph holding the box), with its style ({@code w:pPr/w:pStyle})
 * and its visible text ({@code w:t}, hidden runs aside); and the names of the paragraph styles in
 * {@code word/styles.xml}.
 */
final class DocxParagraphs {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String STYLES = "word/styles.xml";

    /** A paragraph: its style id (empty: none) and its text. */
    record Paragraph(String styleId, String text) {
    }

    /** The XML parts under word/ (document, headers, footers, notes, comments, styles), read in one pass. */
    private final Map<String, byte[]> parts;
    private final String fileName;

    DocxParagraphs(byte[] docx, String fileName) {
        this.fileName = fileName;
        this.parts = wordParts(docx, fileName);
    }

    /** Paragraph style id → style name, from word/styles.xml (empty when the package has none). */
    Map<String, String> styleNames() {
        Map<String, String> names = new HashMap<>();
        part(STYLES).ifPresent(bytes -> parse(STYLES, bytes, r -> {
            if (isW(r, "style") && "paragraph".equals(r.getAttributeValue(W, "type"))) {
                String id = r.getAttributeValue(W, "styleId");
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.START_ELEMENT && isW(r, "name") && id != null) {
                        names.put(id, r.getAttributeValue(W, "val"));
                    } else if (ev == XMLStreamConstants.END_ELEMENT && isW(r, "style")) {
                        break;
                    }
                }
            }
        }));
        return names;
    }

    /** The paragraphs of the part {@code name} in document order; none when the package has no such part. */
    List<Paragraph> of(String name) {
        List<String> styleIds = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        part(name).ifPresent(bytes -> {
            Deque<Integer> open = new ArrayDeque<>(); // the paragraphs being read, innermost first
            boolean[] hidden = new boolean[1];
            parse(name, bytes, r -> {
                if (!W.equals(r.getNamespaceURI())) return;
                switch (r.getLocalName()) {
                    case "p" -> {
                        open.push(styleIds.size());
                        styleIds.add("");
                        texts.add(new StringBuilder());
                    }
                    case "pStyle" -> {
                        String v = r.getAttributeValue(W, "val");
                        if (!open.isEmpty() && styleIds.get(open.peek()).isEmpty() && v != null) styleIds.set(open.peek(), v);
                    }
                    case "r" -> hidden[0] = false;
                    case "vanish" -> hidden[0] = true;
                    case "t" -> {
                        String t = r.getElementText();
                        if (!open.isEmpty() && !hidden[0]) texts.get(open.peek()).append(t);
                    }
                    default -> {
                    }
                }
            }, r -> {
                if (isW(r, "p") && !open.isEmpty()) open.pop();
            });
        });
        List<Paragraph> out = new ArrayList<>();
        for (int i = 0; i < styleIds.size(); i++) out.add(new Paragraph(styleIds.get(i), texts.get(i).toString()));
        return out;
    }

    private interface Elements {
        void at(XMLStreamReader r) throws XMLStreamException;
    }

    private void parse(String name, byte[] bytes, Elements start) {
        parse(name, bytes, start, r -> {
        });
    }

    private void parse(String name, byte[] bytes, Elements start, Elements end) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(fileName + "!/" + name, in);
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) start.at(r);
                else if (ev == XMLStreamConstants.END_ELEMENT) end.at(r);
            }
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName + "!/" + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isW(XMLStreamReader r, String local) {
        return W.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
    }

    private Optional<byte[]> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    private static Map<String, byte[]> wordParts(byte[] docx, String fileName) {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("word/") && e.getName().endsWith(".xml")) out.put(e.getName(), zip.readAllBytes());
            }
            return out;
        } catch (IOException e) {
            throw new InputException(fileName, "not a valid DOCX file (damaged, truncated or not a Word document): "
                    + e.getMessage(), e);
        }
    }
}
