package org.glossa.core.tmx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;
import org.glossa.core.model.Content;

/**
 * Reads TMX 1.4b and 1.1 (levels 1 and 2) as a stream: the StAX parser is pulled one {@code <tu>} at a time, and
 * only the unit being built is held, so a memory of any size reads in constant memory.
 *
 * <p>Input: UTF-8 or UTF-16 (with BOM or declared), any encoding the XML declaration names; gzip-compressed
 * (.tmx.gz) and a zip archive holding one .tmx are recognised by their magic bytes and read transparently, with
 * bomb guards. All XML goes through {@link SafeXml#openStreaming} (Aalto, or Woodstox for other encodings and
 * XML 1.1; decision 0051): the DOCTYPE's DTD is never fetched, external entities and entity bombs are refused.
 *
 * <p>Inline codes: see {@link InlineCodes}. {@code hi} is a TMX-level highlight with no native code behind it:
 * its text is kept and its markers are dropped (a tag without native data could not be written back, and it would
 * make tag checks report a difference that is not in the documents).
 *
 * <p>Errors are {@link InputException}s with file, line and column: a file that is not TMX, a {@code tuv} without
 * language or {@code seg}, unpaired {@code bpt}/{@code ept}, malformed dates, malformed XML.
 *
 * <pre>{@code
 * try (TmxReader r = TmxReader.open(path)) {
 *     r.units().forEach(tu -> ...);
 * }
 * }</pre>
 */
public final class TmxReader implements AutoCloseable {
    private static final int SEG_TEXT = 512;
    private static final int SEG_TEXT_KEPT = 1 << 16;
    private final String file;
    private final InputStream input;
    private final XMLStreamReader xml;
    private final TmxHeader header;
    private final UnitIterator iterator = new UnitIterator();
    private boolean iteratorTaken;
    private int position;
    private int unitLine;
    private int unitColumn;
    /**
     * The text of the {@code <seg>} being read, one builder for all (a new one per seg grew four times from 16
     * characters for a sentence: 4% of the memory build's reader thread); replaced when a long seg made it large.
     */
    private StringBuilder segText = new StringBuilder(SEG_TEXT);

    private TmxReader(String file, InputStream input) {
        this.file = file;
        this.input = input;
        this.xml = SafeXml.openStreaming(input, file);
        this.header = readProlog();
    }

    /** Opens a TMX file (plain, .gz or .zip) and reads its header. */
    public static TmxReader open(Path file) throws IOException {
        InputStream in;
        try {
            in = TmxInput.open(file);
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such file", e);
        }
        return open(in, file.toString(), true);
    }

    /** Reads TMX (plain or gzip-compressed) from a stream; {@code fileName} names it in errors. Closes {@code in}. */
    public static TmxReader open(InputStream in, String fileName) throws IOException {
        return open(TmxInput.decode(in, fileName), fileName, true);
    }

    private static TmxReader open(InputStream in, String fileName, boolean closeOnError) throws IOException {
        try {
            return new TmxReader(fileName, in);
        } catch (RuntimeException e) {
            if (closeOnError) in.close();
            throw e;
        }
    }

    /** Reads a whole file, handing each unit to {@code sink} as soon as it is parsed; returns the header. */
    public static TmxHeader read(Path file, Consumer<? super TranslationUnit> sink) throws IOException {
        try (TmxReader r = open(file)) {
            Iterator<TranslationUnit> it = r.iterator();
            while (it.hasNext()) sink.accept(it.next());
            return r.header();
        }
    }

    public TmxHeader header() {
        return header;
    }

    /** The units in file order, parsed lazily. Single use: the reader has one position in the file. */
    public Iterator<TranslationUnit> iterator() {
        if (iteratorTaken) throw new IllegalStateException("the units of a TmxReader can be iterated once");
        iteratorTaken = true;
        return iterator;
    }

    /** The units as a lazy, sequential stream; closing the stream closes the reader. Single use. */
    public Stream<TranslationUnit> units() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Where the {@code <tu>} last delivered by the iterator starts ({line, column}, 1-based), so that a caller that
     * refuses a unit can name its place; {0, 0} before the first.
     */
    public int[] unitLocation() {
        return new int[] {unitLine, unitColumn};
    }

    /** The parser's current line (for tests: proves units are delivered while the rest is still unread). */
    int currentLine() {
        return xml.getLocation().getLineNumber();
    }

    @Override
    public void close() {
        try {
            xml.close();
            input.close();
        } catch (XMLStreamException e) {
            throw SafeXml.error(file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final class UnitIterator implements Iterator<TranslationUnit> {
        private TranslationUnit next;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = advance();
                if (next == null) done = true;
            }
            return next != null;
        }

        @Override
        public TranslationUnit next() {
            if (!hasNext()) throw new NoSuchElementException();
            TranslationUnit tu = next;
            next = null;
            return tu;
        }
    }

    // ---- parsing ------------------------------------------------------------------------------------------------

    /** Everything up to the start of {@code <body>}: checks the root and reads the header. */
    private TmxHeader readProlog() {
        int event;
        try {
            do {
                event = xml.next();
            } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_DOCUMENT);
        } catch (XMLStreamException e) {
            InputException ie = SafeXml.error(file, e);
            throw new InputException(file, line(e.getLocation()), column(e.getLocation()),
                    "not a TMX file: " + ie.getMessage(), e);
        }
        if (event == XMLStreamConstants.END_DOCUMENT) throw new InputException(file, "not a TMX file: no root element");
        if (!xml.getLocalName().equals("tmx")) {
            throw error("not a TMX file: the root element is <" + xml.getLocalName() + ">, not <tmx>");
        }
        String version = attr("version");
        TmxHeader h = null;
        while (true) {
            event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "header" -> h = readHeader(version);
                    case "body" -> {
                        if (h == null) throw error("<body> before <header>: a TMX file starts with its header");
                        return h;
                    }
                    default -> skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                throw error("TMX without <body>");
            }
        }
    }

    private TmxHeader readHeader(String version) {
        String srclang = attr("srclang");
        String segtype = attr("segtype");
        String tool = attr("creationtool");
        String toolVersion = attr("creationtoolversion");
        String adminlang = attr("adminlang");
        String datatype = attr("datatype");
        String otmf = attr("o-tmf");
        List<Property> props = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        readChildren((name) -> {
            switch (name) {
                case "prop" -> props.add(readProp());
                case "note" -> notes.add(readText());
                default -> skipElement();
            }
        });
        return new TmxHeader(version, srclang, segtype, tool, toolVersion, adminlang, datatype, otmf, props, notes);
    }

    /** The next unit of the body, or null at its end. */
    private TranslationUnit advance() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("tu")) return readUnit();
                skipElement();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                // </body>: the rest of the document is not needed, but it must be well-formed.
                while (next() != XMLStreamConstants.END_DOCUMENT) {
                    // skip
                }
                return null;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return null;
            }
        }
    }

    private TranslationUnit readUnit() {
        int line = xml.getLocation().getLineNumber();
        int column = xml.getLocation().getColumnNumber();
        unitLine = line;
        unitColumn = column;
        position++;
        String tuid = attr("tuid");
        String srclang = attr("srclang");
        Optional<Instant> created = date("creationdate");
        Optional<Instant> changed = date("changedate");
        Optional<String> creationId = optional(attr("creationid"));
        Optional<String> changeId = optional(attr("changeid"));
        List<Property> props = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        readChildren((name) -> {
            switch (name) {
                case "prop" -> props.add(readProp());
                case "note" -> notes.add(readText());
                case "tuv" -> variants.add(readVariant());
                default -> skipElement();
            }
        });
        if (variants.isEmpty()) {
            throw new InputException(file, line, column, "<tu> (unit " + position + ") without <tuv>", null);
        }
        return new TranslationUnit(tuid, position, optional(srclang), props, notes, created, changed, creationId,
                changeId, variants);
    }

    private Variant readVariant() {
        int line = xml.getLocation().getLineNumber();
        int column = xml.getLocation().getColumnNumber();
        String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang == null || lang.isBlank()) lang = attr("lang"); // TMX 1.1
        if (lang.isBlank()) {
            throw new InputException(file, line, column, "<tuv> without xml:lang (unit " + position + ")", null);
        }
        String language = lang;
        Optional<Instant> created = date("creationdate");
        Optional<Instant> changed = date("changedate");
        Optional<String> creationId = optional(attr("creationid"));
        Optional<String> changeId = optional(attr("changeid"));
        List<Property> props = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Content[] seg = new Content[1];
        readChildren((name) -> {
            switch (name) {
                case "prop" -> props.add(readProp());
                case "note" -> notes.add(readText());
                case "seg" -> {
                    if (seg[0] != null) throw error("a second <seg> in one <tuv>");
                    seg[0] = readSeg();
                }
                default -> skipElement();
            }
        });
        if (seg[0] == null) {
            throw new InputException(file, line, column, "<tuv xml:lang=\"" + language + "\"> without <seg> (unit "
                    + position + ")", null);
        }
        return new Variant(language, seg[0], props, notes, created, changed, creationId, changeId);
    }

    private Content readSeg() {
        List<InlineCodes.Piece> pieces = new ArrayList<>();
        StringBuilder text = segText;
        if (text.capacity() > SEG_TEXT_KEPT) segText = text = new StringBuilder(SEG_TEXT);
        text.setLength(0);
        int depth = 0; // open <hi> elements
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> appendText(text);
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    switch (name) {
                        case "bpt", "ept", "it", "ph", "ut" -> {
                            if (text.length() > 0) {
                                pieces.add(new InlineCodes.Text(text.toString()));
                                text.setLength(0);
                            }
                            Location loc = xml.getLocation();
                            String i = attr("i");
                            String x = attr("x");
                            String pos = attr("pos");
                            String type = attr("type");
                            pieces.add(new InlineCodes.Code(name, i, x, pos, type, readText(), line(loc), column(loc)));
                        }
                        case "hi" -> depth++;
                        default -> throw error("<" + name + "> is not allowed in <seg>");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (depth == 0) {
                        // one run of text, the common case: the content InlineCodes.toContent makes of it
                        if (pieces.isEmpty() && text.length() > 0) return Content.of(text.toString());
                        if (text.length() > 0) pieces.add(new InlineCodes.Text(text.toString()));
                        return InlineCodes.toContent(pieces, file);
                    }
                    depth--;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw error("unexpected end of file in <seg>");
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
    }

    private Property readProp() {
        String type = attr("type");
        return new Property(type, readText());
    }

    /** All text inside the current element, markup of nested elements ({@code sub}…) removed; ends on its end tag. */
    private String readText() {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> appendText(sb);
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw error("unexpected end of file");
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
        return sb.toString();
    }

    /** Calls {@code child} at each child element's start; it must consume the element. Ends on the end tag. */
    private void readChildren(Consumer<String> child) {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) child.accept(xml.getLocalName());
            else if (event == XMLStreamConstants.END_ELEMENT) return;
            else if (event == XMLStreamConstants.END_DOCUMENT) throw error("unexpected end of file");
        }
    }

    private void skipElement() {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (event == XMLStreamConstants.END_DOCUMENT) throw error("unexpected end of file");
        }
    }

    /** The next event; an entity reference (one that is not XML's own: no DTD is read, so none is declared) is refused. */
    private int next() {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            throw SafeXml.error(file, e);
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw error("entity reference &" + xml.getLocalName() + "; is not allowed");
        }
        return event;
    }

    /**
     * Appends the current text event's characters, from the parser's buffer (no String per event); Aalto parses a
     * text lazily and reports errors in it unchecked.
     */
    private void appendText(StringBuilder to) {
        try {
            to.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        } catch (RuntimeException e) {
            throw SafeXml.textError(e).map(x -> SafeXml.error(file, x)).orElseThrow(() -> e);
        }
    }

    /** An attribute without namespace, "" when absent. */
    private String attr(String name) {
        for (int k = 0; k < xml.getAttributeCount(); k++) {
            String ns = xml.getAttributeNamespace(k);
            if ((ns == null || ns.isEmpty()) && xml.getAttributeLocalName(k).equals(name)) return xml.getAttributeValue(k);
        }
        return "";
    }

    private Optional<Instant> date(String name) {
        String v = attr(name);
        if (v.isBlank()) return Optional.empty();
        Optional<Instant> d = TmxDates.parse(v);
        if (d.isEmpty()) throw error(name + "=\"" + v + "\" is not a TMX date (YYYYMMDDThhmmssZ)");
        return d;
    }

    private static Optional<String> optional(String s) {
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private InputException error(String message) {
        return SafeXml.error(file, xml, message);
    }

    private static int line(Location loc) {
        return loc == null ? -1 : loc.getLineNumber();
    }

    private static int column(Location loc) {
        return loc == null ? -1 : loc.getColumnNumber();
    }
}
