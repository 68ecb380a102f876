package org.glossa.core.io;

import java.io.InputStream;
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
        XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        trySet(f, "com.ctc.wstx.maxEntityCount", 10_000L);
        trySet(f, "com.ctc.wstx.maxEntityDepth", 10);
        trySet(f, "com.ctc.wstx.maxElementDepth", 1_000);
        // Lazy parsing reports errors in text (an undeclared entity after some characters, bad bytes) from
        // getText() as an unchecked WstxLazyException that escapes the readers' XMLStreamException handling;
        // parsed eagerly, every well-formedness error comes from next() as an XMLStreamException with a location.
        trySet(f, "com.ctc.wstx.lazyParsing", false);
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

    /** Turns a StAX error into an {@link InputException} with the file, line and column. */
    public static InputException error(String fileName, XMLStreamException e) {
        Location loc = e.getLocation();
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
        // Woodstox prefixes the message with the location; keep the first line without it.
        msg = msg.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        msg = msg.replaceFirst("(?s)\\s*at \\[row,col(,system-id)?\\]: \\[.*$", "");
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
