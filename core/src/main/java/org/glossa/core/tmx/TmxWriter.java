package org.glossa.core.tmx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.model.Content;

/**
 * Writes TMX 1.4b, level 2, one unit at a time (nothing is held in memory).
 *
 * <p>Units go to a temporary file beside the target ({@link AtomicFiles#begin}); {@link #close()} completes the
 * document and moves it into place, so readers see the old file or the complete new one. If a {@link #write} failed,
 * or {@link #abort()} was called, close discards the output and leaves the target untouched.
 *
 * <p>Inline codes: see {@link InlineCodes}; the native data is written as escaped text. Dates are written in whole
 * seconds (TMX has no fractions). Positions of units are not written.
 *
 * <pre>{@code
 * try (TmxWriter w = TmxWriter.open(path, TmxHeader.glossa("en-US", "plaintext"))) {
 *     w.write(unit);
 * }
 * }</pre>
 */
public final class TmxWriter implements AutoCloseable {
    private final Path target;
    private final AtomicFiles.Pending pending;
    private final XMLStreamWriter xml;
    private boolean failed;
    private boolean aborted;
    private boolean closed;

    private TmxWriter(Path target, AtomicFiles.Pending pending, XMLStreamWriter xml) {
        this.target = target;
        this.pending = pending;
        this.xml = xml;
    }

    /** Starts a TMX file at {@code target}: writes the declaration, DOCTYPE and header. */
    public static TmxWriter open(Path target, TmxHeader header) throws IOException {
        Objects.requireNonNull(header, "header");
        if (header.sourceLanguage().isEmpty()) throw new IllegalArgumentException("the header needs a source language");
        AtomicFiles.Pending pending = AtomicFiles.begin(target);
        try {
            XMLOutputFactory factory = new com.ctc.wstx.stax.WstxOutputFactory();
            XMLStreamWriter xml = factory.createXMLStreamWriter(pending.stream(), "UTF-8");
            TmxWriter w = new TmxWriter(target, pending, xml);
            w.start(header);
            return w;
        } catch (XMLStreamException e) {
            pending.close();
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pending.close();
            throw e;
        }
    }

    private void start(TmxHeader h) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeDTD("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">");
        xml.writeCharacters("\n");
        xml.writeStartElement("tmx");
        xml.writeAttribute("version", "1.4");
        indent(1);
        xml.writeStartElement("header");
        xml.writeAttribute("creationtool", or(h.creationTool(), "Glossa"));
        xml.writeAttribute("creationtoolversion", or(h.creationToolVersion(), Version.current()));
        xml.writeAttribute("segtype", or(h.segmentType(), "sentence"));
        xml.writeAttribute("o-tmf", or(h.originalFormat(), "Glossa"));
        xml.writeAttribute("adminlang", or(h.adminLanguage(), "en"));
        xml.writeAttribute("srclang", h.sourceLanguage());
        xml.writeAttribute("datatype", or(h.dataType(), "plaintext"));
        writeNotesAndProps(h.notes(), h.properties(), 2);
        if (!h.notes().isEmpty() || !h.properties().isEmpty()) indent(1);
        xml.writeEndElement();
        indent(1);
        xml.writeStartElement("body");
    }

    /**
     * Checks that {@code tu} can be written: it has a variant and no text that XML 1.0 cannot carry.
     *
     * @throws IllegalArgumentException saying what cannot be written
     */
    public static void check(TranslationUnit tu) {
        if (tu.variants().isEmpty()) throw new IllegalArgumentException("a TMX unit needs at least one variant (tuid " + tu.tuid() + ")");
        checked(tu.tuid());
        tu.creationId().ifPresent(TmxWriter::checked);
        tu.changeId().ifPresent(TmxWriter::checked);
        checkNotesAndProps(tu.notes(), tu.properties());
        for (Variant v : tu.variants()) {
            v.creationId().ifPresent(TmxWriter::checked);
            v.changeId().ifPresent(TmxWriter::checked);
            checkNotesAndProps(v.notes(), v.properties());
            for (Object piece : InlineCodes.toTmx(v.content())) {
                if (piece instanceof InlineCodes.Text t) {
                    checked(t.value());
                } else {
                    InlineCodes.Out c = (InlineCodes.Out) piece;
                    checked(c.type());
                    checked(c.data());
                }
            }
        }
    }

    private static void checkNotesAndProps(List<String> notes, List<Property> props) {
        notes.forEach(TmxWriter::checked);
        for (Property p : props) {
            checked(p.type());
            checked(p.value());
        }
    }

    /**
     * Appends one unit. A unit that cannot be written ({@link #check}) is refused with an IllegalArgumentException,
     * and the file is then not written (as after any failed write): check units first to skip them instead.
     */
    public void write(TranslationUnit tu) throws IOException {
        if (closed) throw new IllegalStateException("writer is closed");
        try {
            check(tu);
        } catch (IllegalArgumentException e) {
            failed = true;
            throw e;
        }
        try {
            indent(2);
            xml.writeStartElement("tu");
            if (!tu.tuid().isEmpty()) xml.writeAttribute("tuid", checked(tu.tuid()));
            if (tu.sourceLanguage().isPresent()) xml.writeAttribute("srclang", tu.sourceLanguage().get());
            writeAudit(tu.creationDate(), tu.creationId(), tu.changeDate(), tu.changeId());
            writeNotesAndProps(tu.notes(), tu.properties(), 3);
            for (Variant v : tu.variants()) {
                indent(3);
                xml.writeStartElement("tuv");
                xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", v.language());
                writeAudit(v.creationDate(), v.creationId(), v.changeDate(), v.changeId());
                writeNotesAndProps(v.notes(), v.properties(), 4);
                indent(4);
                xml.writeStartElement("seg");
                writeContent(v.content());
                xml.writeEndElement();
                indent(3);
                xml.writeEndElement();
            }
            indent(2);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            failed = true;
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private void writeAudit(Optional<Instant> created, Optional<String> creationId, Optional<Instant> changed,
                            Optional<String> changeId) throws XMLStreamException {
        if (created.isPresent()) xml.writeAttribute("creationdate", TmxDates.format(created.get()));
        if (creationId.isPresent()) xml.writeAttribute("creationid", checked(creationId.get()));
        if (changed.isPresent()) xml.writeAttribute("changedate", TmxDates.format(changed.get()));
        if (changeId.isPresent()) xml.writeAttribute("changeid", checked(changeId.get()));
    }

    private void writeNotesAndProps(List<String> notes, List<Property> props, int level) throws XMLStreamException {
        for (String note : notes) {
            indent(level);
            xml.writeStartElement("note");
            xml.writeCharacters(checked(note));
            xml.writeEndElement();
        }
        for (Property p : props) {
            indent(level);
            xml.writeStartElement("prop");
            xml.writeAttribute("type", checked(p.type()));
            xml.writeCharacters(checked(p.value()));
            xml.writeEndElement();
        }
    }

    private void writeContent(Content content) throws XMLStreamException {
        for (Object piece : InlineCodes.toTmx(content)) {
            if (piece instanceof InlineCodes.Text t) {
                xml.writeCharacters(checked(t.value()));
                continue;
            }
            InlineCodes.Out c = (InlineCodes.Out) piece;
            xml.writeStartElement(c.element());
            switch (c.element()) {
                case "bpt" -> {
                    xml.writeAttribute("i", Integer.toString(c.i()));
                    xml.writeAttribute("x", Integer.toString(c.x()));
                }
                case "ept" -> xml.writeAttribute("i", Integer.toString(c.i()));
                case "it" -> {
                    xml.writeAttribute("pos", c.pos());
                    xml.writeAttribute("x", Integer.toString(c.x()));
                }
                default -> xml.writeAttribute("x", Integer.toString(c.x()));
            }
            if (!c.type().isEmpty()) xml.writeAttribute("type", checked(c.type()));
            xml.writeCharacters(checked(c.data()));
            xml.writeEndElement();
        }
    }

    /** Refuses characters XML 1.0 cannot carry (control characters, unpaired surrogates, U+FFFE/FFFF). */
    private static String checked(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1));
                if (ok) k++;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok) {
                throw new IllegalArgumentException(String.format("character U+%04X at index %d cannot be written in XML 1.0", (int) c, k));
            }
        }
        return s;
    }

    private void indent(int level) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(level));
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    /** Discards what was written; the target is left as it was. */
    public void abort() throws IOException {
        failed = true;
        aborted = true;
        close();
    }

    /**
     * Completes the document and moves it into place, unless a write failed (then the target is left as it was and
     * an IOException says so) or the writer was aborted.
     */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (failed && !aborted) {
            pending.close();
            throw new IOException("cannot write " + target + ": a write failed, the file was left as it was");
        }
        try {
            if (!failed) {
                indent(1);
                xml.writeEndElement(); // body
                xml.writeCharacters("\n");
                xml.writeEndElement(); // tmx
                xml.writeCharacters("\n");
                xml.writeEndDocument();
            }
            xml.close();
            if (!failed) pending.commit();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            pending.close();
        }
    }
}
