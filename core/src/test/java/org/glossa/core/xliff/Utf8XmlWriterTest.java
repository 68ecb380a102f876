package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/** The fast writer gives the JDK's default StAX writer's bytes for everything the XLIFF writers do. */
class Utf8XmlWriterTest {
    private static final String NS = "urn:example:a";
    private static final String NS2 = "urn:example:b";
    /** Text with everything escaping and encoding can trip on: markup characters, quotes, 2-4 byte UTF-8, lone surrogates. */
    private static final List<String> TEXTS = List.of("", "plain", "a < b & c > d", "\"quoted\" 'single'", "Grüße — „Zitat“",
            "日本語", "emoji 😀 pair", "tab\tline\nreturn\r", "&amp; already", "]]>", "\uD83D", "\uDE00 low first", "x\uD83Dy",
            "\u00A0nbsp", "\uE000 private use", "\uFFFD");

    @FunctionalInterface
    interface Script {
        void run(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] jdk(Script s) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        s.run(w);
        w.flush();
        w.close();
        return out.toByteArray();
    }

    private static byte[] fast(Script s) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = new Utf8XmlWriter(out);
        s.run(w);
        w.flush();
        w.close();
        return out.toByteArray();
    }

    private static void same(Script s) throws XMLStreamException {
        byte[] expected = jdk(s);
        byte[] got = fast(s);
        assertEquals(new String(expected, StandardCharsets.UTF_8), new String(got, StandardCharsets.UTF_8));
        assertArrayEquals(expected, got);
    }

    @Test
    void documentWithNamespacesAttributesEmptyElementsAndText() throws XMLStreamException {
        same(w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("root");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("b", NS2);
            w.writeAttribute("version", "2.1");
            w.writeAttribute(NS2, "by-uri", "v");
            w.writeAttribute("b", NS2, "by-prefix", "<&\">");
            w.writeCharacters("\n  ");
            w.writeStartElement("b", "child", NS2);
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            w.writeCharacters("text & more");
            w.writeEmptyElement("cp");
            w.writeAttribute("hex", "0001");
            w.writeCharacters("after");
            w.writeEmptyElement("sc");
            w.writeEndElement();
            w.writeStartElement("empty-but-open");
            w.writeEndElement();
            w.writeStartElement("c");
            w.writeNamespace("m", "urn:m");
            w.writeStartElement("m", "inner", "urn:m");
            w.writeCharacters("");
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
        });
    }

    @Test
    void everyTextEscapedAndEncodedTheSameInContentAndAttributes() throws XMLStreamException {
        for (String t : TEXTS) {
            same(w -> {
                w.writeStartElement("e");
                w.writeAttribute("a", t);
                w.writeCharacters(t);
                w.writeEndElement();
                w.writeEndDocument();
            });
        }
    }

    @Test
    void randomDocumentsLargerThanTheBuffer() throws XMLStreamException {
        Random r = new Random(20260110);
        for (int doc = 0; doc < 30; doc++) {
            long seed = r.nextLong();
            same(w -> {
                Random g = new Random(seed);
                w.writeStartDocument("UTF-8", "1.0");
                w.writeStartElement("xliff");
                int depth = 1;
                for (int op = 0; op < 3000; op++) {
                    String t = TEXTS.get(g.nextInt(TEXTS.size())) + g.nextInt(100);
                    switch (g.nextInt(6)) {
                        case 0 -> {
                            w.writeStartElement("u" + g.nextInt(3));
                            w.writeAttribute("id", t);
                            depth++;
                        }
                        case 1 -> {
                            if (depth > 1) {
                                w.writeEndElement();
                                depth--;
                            }
                        }
                        case 2 -> {
                            w.writeEmptyElement("ph");
                            w.writeAttribute("id", t);
                        }
                        case 3 -> { // from the middle of a larger array, as Xliff21Writer writes a text (decision 0059)
                            char[] cs = ("<>" + t + "&\"").toCharArray();
                            w.writeCharacters(cs, 2, t.length());
                        }
                        default -> w.writeCharacters(t);
                    }
                }
                w.writeEndDocument();
            });
        }
    }
}
