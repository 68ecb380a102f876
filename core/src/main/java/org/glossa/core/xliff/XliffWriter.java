package org.glossa.core.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.model.Document;

/** Writes a document as XLIFF 1.2 or 2.1. */
public final class XliffWriter {
    private XliffWriter() {
    }

    public static void write(Document doc, XliffVersion version, OutputStream out) throws IOException {
        write(doc, version, false, out);
    }

    /**
     * @param itsTermInfo XLIFF 1.2 only: glossary terms also carry ITS 2.0 term info (its-xlf namespace), valid against
     *                    the transitional schema only; without it the file is valid against the strict schema
     */
    public static void write(Document doc, XliffVersion version, boolean itsTermInfo, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = new Utf8XmlWriter(out); // the JDK's default writer's bytes, faster
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            switch (version) {
                case V1_2 -> new Xliff12Writer(w, itsTermInfo).write(doc);
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
        write(doc, version, false, file);
    }

    /** Writes atomically, with or without ITS term info in XLIFF 1.2 ({@link #write(Document, XliffVersion, boolean, OutputStream)}). */
    public static void write(Document doc, XliffVersion version, boolean itsTermInfo, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(doc, version, itsTermInfo, out));
    }

    /** Writes as part of {@code batch}: in place and on disk once the batch is finished ({@link AtomicFiles.Batch}). */
    public static void write(Document doc, XliffVersion version, boolean itsTermInfo, Path file, AtomicFiles.Batch batch)
            throws IOException {
        batch.write(file, out -> write(doc, version, itsTermInfo, out));
    }
}
