package org.glossa.core.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;

/**
 * XML readers that never fetch or read DTDs or external entities and refuse entity expansion bombs. Every XML
 * format Glossa reads (XLIFF, TMX, TBX, SRX) goes through here.
 */
public final class SafeXml {
    private SafeXml() {
    }

    /** A StAX factory: no DTD support, no external entities, bounded entity expansion. */
    public static XMLInputFactory inputFactory() {
        // newFactory(id, loader) takes a property name, not a class name, and fails here: construct Woodstox directly.
        XMLInputFactory f = withoutDtds(new com.ctc.wstx.stax.WstxInputFactory(), true);
        trySet(f, "com.ctc.wstx.maxEntityCount", 10_000L);
        trySet(f, "com.ctc.wstx.maxEntityDepth", 10);
        trySet(f, "com.ctc.wstx.maxElementDepth", 1_000);
        // Lazy parsing reports errors in text (an undeclared entity after some characters, bad bytes) from
        // getText() as an unchecked WstxLazyException that escapes the readers' XMLStreamException handling;
        // parsed eagerly, every well-formedness error comes from next() as an XMLStreamException with a location.
        trySet(f, "com.ctc.wstx.lazyParsing", false);
        return f;
    }

    /**
     * {@code f} with what both parsers share: no DTD, no external entity (a resolver that refuses any), namespaces,
     * texts not coalesced; an undeclared entity reference is replaced (Woodstox then refuses it) or reported as an event.
     */
    private static XMLInputFactory withoutDtds(XMLInputFactory f, boolean replaceEntityReferences) {
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, replaceEntityReferences);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        if (f.isPropertySupported(name)) f.setProperty(name, value);
    }

    /** Opens a reader; {@code fileName} is used in error messages. */
    public static XMLStreamReader open(InputStream in, String fileName) {
        try {
            return inputFactory().createXMLStreamReader(fileName, in);
        } catch (XMLStreamException e) {
            throw error(fileName, e);
        }
    }

    /** The encodings {@link #openStreaming} reads with Aalto (the ones it decodes itself). */
    private static final Set<String> AALTO_ENCODINGS = Set.of("UTF-8", "UTF8", "UTF-16", "UTF-16BE", "UTF-16LE",
            "US-ASCII", "ASCII", "ISO-8859-1", "LATIN1");
    private static final Pattern XML_1_1 = Pattern.compile("^<\\?xml\\s+version\\s*=\\s*[\"']1\\.1[\"']");
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    /**
     * A reader for large inputs read as a stream (TMX memories): Aalto, whose parsing takes about 60% of Woodstox's
     * CPU (docs/benchmarks.md, "Issue 17, session 12: memory build"), for XML 1.0 in UTF-8, UTF-16, US-ASCII and
     * ISO-8859-1; Woodstox ({@link #open}) for any other encoding and for XML 1.1, whose control characters Aalto
     * refuses. Equally safe: no DTD is read, no external entity
     * fetched, and an entity reference other than XML's five and character references is not expanded but reported
     * as an {@link javax.xml.stream.XMLStreamConstants#ENTITY_REFERENCE} event, which the caller must refuse. Aalto
     * parses text lazily: an error in a text (a character XML forbids) comes from {@code getText()} as an unchecked
     * exception whose cause is the {@link XMLStreamException} ({@link #textError}).
     */
    public static XMLStreamReader openStreaming(InputStream in, String fileName) {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        if (!aaltoReads(buffered)) return open(buffered, fileName);
        XMLInputFactory f = withoutDtds(new com.fasterxml.aalto.stax.InputFactoryImpl(), false);
        try {
            return f.createXMLStreamReader(fileName, buffered);
        } catch (XMLStreamException e) {
            throw error(fileName, e);
        }
    }

    /** Whether the input (a byte-order mark, or an XML declaration and its encoding) is one Aalto decodes. */
    private static boolean aaltoReads(BufferedInputStream in) {
        byte[] head = new byte[256];
        int n = 0;
        try {
            in.mark(head.length);
            for (int r; n < head.length && (r = in.read(head, n, head.length - n)) > 0; ) n += r;
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean utf16 = n >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        int start = n >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        String text = utf16 ? new String(head, 0, n & ~1, StandardCharsets.UTF_16)
                : new String(head, start, n - start, StandardCharsets.ISO_8859_1);
        // no declaration: UTF-8 (UTF-16 without a byte-order mark, "<" as two bytes, goes to Woodstox)
        if (!text.startsWith("<?xml")) return utf16 || !text.startsWith("<\0") && !text.startsWith("\0<");
        int end = text.indexOf("?>");
        if (end < 0) return false;
        String declaration = text.substring(0, end + 1);
        if (XML_1_1.matcher(declaration).find()) return false; // Aalto refuses XML 1.1's control characters (&#1;)
        Matcher m = ENCODING.matcher(declaration);
        return !m.find() || AALTO_ENCODINGS.contains(m.group(1).toUpperCase(Locale.ROOT));
    }

    /**
     * The {@link XMLStreamException} behind an unchecked exception a StAX reader threw from {@code getText()} (Aalto's
     * lazy text); empty when it is some other exception.
     */
    public static Optional<XMLStreamException> textError(RuntimeException e) {
        return e.getCause() instanceof XMLStreamException x ? Optional.of(x) : Optional.empty();
    }

    /** Turns a StAX error into an {@link InputException} with the file, line and column. */
    public static InputException error(String fileName, XMLStreamException e) {
        Location loc = e.getLocation();
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // Woodstox prefixes the message with the location; keep the first line without it.
        msg = msg.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        msg = msg.replaceFirst("(?s)\\s*at \\[row,col(,system-id|,public-id)?\\]: \\[.*$", ""); // Woodstox, Aalto
        msg = msg.lines().findFirst().orElse(msg).trim();
        if (loc != null && loc.getLineNumber() > 0) {
            return new InputException(fileName, loc.getLineNumber(), loc.getColumnNumber(), msg, e);
        }
        return new InputException(fileName, msg, e);
    }

    /** An error at the reader's current position. */
    public static InputException error(String fileName, XMLStreamReader r, String message) {
        Location loc = r.getLocation();
        return new InputException(fileName, loc == null ? -1 : loc.getLineNumber(), loc == null ? -1 : loc.getColumnNumber(), message, null);
    }
}
