package org.glossa.core.xliff;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;
import org.glossa.core.model.Document;

/** Reads any XLIFF (1.0, 1.1, 1.2, 2.0, 2.1, 2.2): looks at the root element and hands over to the right reader. */
public final class XliffReader {
    private static final int PEEK_LIMIT = 1 << 16;

    private XliffReader() {
    }

    public static List<Document> read(Path file) {
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", e);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    /** @param in a stream that supports mark/reset (wrap it in a BufferedInputStream) */
    public static List<Document> read(InputStream in, String fileName) throws IOException {
        InputStream buffered = in.markSupported() ? in : new BufferedInputStream(in);
        buffered.mark(PEEK_LIMIT);
        boolean v2 = isVersion2(buffered, fileName);
        buffered.reset();
        return v2 ? Xliff2Reader.read(buffered, fileName) : Xliff12Reader.read(buffered, fileName);
    }

    private static boolean isVersion2(InputStream in, String fileName) {
        // not closed: closing would close the caller's stream, which is reset and read again
        XMLStreamReader r = SafeXml.open(in, fileName);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    if (!"xliff".equals(r.getLocalName())) {
                        throw SafeXml.error(fileName, r, "not an XLIFF file (root element <" + r.getLocalName() + ">)");
                    }
                    String ns = r.getNamespaceURI();
                    String version = null;
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String attrNs = r.getAttributeNamespace(i);
                        if ((attrNs == null || attrNs.isEmpty()) && r.getAttributeLocalName(i).equals("version")) {
                            version = r.getAttributeValue(i); // not its:version, which an ITS-annotated 1.2 file has too
                        }
                    }
                    return GlossaXliff.XLIFF2_NS.equals(ns) || (version != null && version.startsWith("2"));
                }
            }
            throw new InputException(fileName, "empty XML document");
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName, e);
        }
    }
}
