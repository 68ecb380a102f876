package org.glossa.core.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.model.Document;

/** Writes a document as XLIFF 1.2 or 2.1. */
public final class XliffWriter {
    private XliffWriter() {
    }

    public static void write(Document doc, XliffVersion version, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            switch (version) {
                case V1_2 -> new Xliff12Writer(w).write(doc);
                case V2_1 -> new Xliff21Writer(w).write(doc);
            }
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XLIFF: " + e.getMessage(), e);
        }
    }

    /** Writes atomically: the file is either the old one or the complete new one. */
    public static void write(Document doc, XliffVersion version, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(doc, version, out));
    }
}
