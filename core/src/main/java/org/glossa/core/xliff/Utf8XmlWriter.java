package org.glossa.core.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The part of {@link XMLStreamWriter} Glossa's XLIFF writers use, written straight into a UTF-8 byte buffer: the same
 * bytes as the JDK's default (non-repairing) writer with {@code createXMLStreamWriter(out, "UTF-8")} — {@code <},
 * {@code >}, {@code &} escaped in text, and {@code "} too in attribute values, nothing else; start tags closed with
 * {@code />} when the element was written as empty — at a fraction of its cost (the JDK's writer pushes every char
 * through a synchronized UTF-8 writer one at a time). {@code Utf8XmlWriterTest} compares the two byte for byte.
 * Not thread-safe; one document per instance.
 */
final class Utf8XmlWriter implements XMLStreamWriter {
    private static final int FLUSH_AT = 1 << 15;

    private final OutputStream out;
    private final byte[] buf = new byte[FLUSH_AT + 16];
    private int len;
    /** A high or low surrogate waiting for its partner, as the JDK's UTF-8 writer keeps it (0: none). */
    private int pendingSurrogate;
    private final List<String> open = new ArrayList<>();
    /** Namespace prefixes declared on each open element (null where none were). */
    private final List<Map<String, String>> declared = new ArrayList<>();
    /** A copy of the chars of the text being escaped, reused. */
    private char[] chars = new char[256];
    private boolean startTagOpen;
    private boolean startTagEmpty;

    Utf8XmlWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void writeStartDocument(String encoding, String version) throws XMLStreamException {
        raw("<?xml version=\"");
        raw(version == null || version.isEmpty() ? "1.0" : version);
        if (encoding != null && !encoding.isEmpty()) {
            raw("\" encoding=\"");
            raw(encoding);
        }
        raw("\"?>");
    }

    @Override
    public void writeStartDocument(String version) throws XMLStreamException {
        writeStartDocument("UTF-8", version);
    }

    @Override
    public void writeStartDocument() throws XMLStreamException {
        writeStartDocument("UTF-8", "1.0");
    }

    @Override
    public void writeStartElement(String localName) throws XMLStreamException {
        start(localName, false);
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        start(qualified(prefix, localName), false);
    }

    @Override
    public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
        String prefix = prefixOf(namespaceURI);
        writeStartElement(prefix, localName, namespaceURI);
    }

    /** "prefix:localName", or the local name alone without a prefix. */
    private static String qualified(String prefix, String localName) {
        return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
    }

    @Override
    public void writeEmptyElement(String localName) throws XMLStreamException {
        start(localName, true);
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        start(qualified(prefix, localName), true);
    }

    @Override
    public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
        writeEmptyElement(prefixOf(namespaceURI), localName, namespaceURI);
    }

    private void start(String qname, boolean empty) throws XMLStreamException {
        closeStartTag();
        raw('<');
        raw(qname);
        open.add(qname);
        declared.add(null);
        startTagOpen = true;
        startTagEmpty = empty;
    }

    private void closeStartTag() throws XMLStreamException {
        if (!startTagOpen) return;
        startTagOpen = false;
        if (startTagEmpty) {
            pop();
            raw("/>");
        } else {
            raw('>');
        }
    }

    private String pop() {
        declared.remove(declared.size() - 1);
        return open.remove(open.size() - 1);
    }

    @Override
    public void writeEndElement() throws XMLStreamException {
        closeStartTag();
        if (open.isEmpty()) throw new XMLStreamException("No element was found to write");
        String qname = pop();
        raw("</");
        raw(qname);
        raw('>');
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        closeStartTag();
        while (!open.isEmpty()) writeEndElement();
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        attribute(null, localName, value);
    }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value) throws XMLStreamException {
        attribute(prefix, localName, value);
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        String prefix = prefixOf(namespaceURI);
        if (prefix == null) throw new XMLStreamException("Prefix cannot be null");
        attribute(prefix, localName, value);
    }

    private void attribute(String prefix, String localName, String value) throws XMLStreamException {
        if (!startTagOpen) throw new XMLStreamException("Attribute not associated with any element");
        raw(' ');
        if (prefix != null && !prefix.isEmpty()) {
            raw(prefix);
            raw(':');
        }
        raw(localName);
        raw("=\"");
        escaped(value, true);
        raw('"');
    }

    @Override
    public void writeNamespace(String prefix, String namespaceURI) throws XMLStreamException {
        if (!startTagOpen) throw new IllegalStateException("Invalid state: start tag is not opened at writeNamespace(" + prefix + ", " + namespaceURI + ")");
        if (prefix == null || prefix.isEmpty() || prefix.equals("xmlns")) {
            writeDefaultNamespace(namespaceURI);
            return;
        }
        String uri = namespaceURI == null ? "" : namespaceURI;
        if (prefix.equals("xml") && uri.equals("http://www.w3.org/XML/1998/namespace")) return;
        int top = declared.size() - 1;
        if (declared.get(top) == null) declared.set(top, new HashMap<>());
        declared.get(top).put(prefix, uri);
        raw(" xmlns:");
        raw(prefix);
        raw("=\"");
        escaped(uri, true);
        raw('"');
    }

    @Override
    public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {
        if (!startTagOpen) throw new IllegalStateException("Namespace Attribute not associated with any element");
        raw(" xmlns=\"");
        escaped(namespaceURI == null ? "" : namespaceURI, true);
        raw('"');
    }

    /** The prefix declared for {@code uri} on an open element (innermost first), or null. */
    private String prefixOf(String uri) {
        if ("http://www.w3.org/XML/1998/namespace".equals(uri)) return "xml";
        for (int i = declared.size() - 1; i >= 0; i--) {
            Map<String, String> d = declared.get(i);
            if (d == null) continue;
            for (Map.Entry<String, String> e : d.entrySet()) {
                if (e.getValue().equals(uri)) return e.getKey();
            }
        }
        return null;
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        closeStartTag();
        escaped(text, false);
    }

    @Override
    public void writeCharacters(char[] text, int start, int length) throws XMLStreamException {
        closeStartTag();
        escaped(text, start, start + length, false);
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        closeStartTag();
        raw("<!--");
        if (data != null) raw(data);
        raw("-->");
    }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException {
        closeStartTag();
        raw("<?");
        raw(target);
        raw("?>");
    }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        closeStartTag();
        raw("<?");
        raw(target);
        raw(' ');
        raw(data);
        raw("?>");
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        closeStartTag();
        raw("<![CDATA[");
        raw(data);
        raw("]]>");
    }

    @Override
    public void writeDTD(String dtd) throws XMLStreamException {
        raw(dtd);
    }

    @Override
    public void writeEntityRef(String name) throws XMLStreamException {
        closeStartTag();
        raw('&');
        raw(name);
        raw(';');
    }

    @Override
    public String getPrefix(String uri) {
        return prefixOf(uri);
    }

    @Override
    public void setPrefix(String prefix, String uri) {
        throw new UnsupportedOperationException("setPrefix: declare namespaces with writeNamespace");
    }

    @Override
    public void setDefaultNamespace(String uri) {
        throw new UnsupportedOperationException("setDefaultNamespace: declare it with writeDefaultNamespace");
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) {
        throw new UnsupportedOperationException("setNamespaceContext");
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        throw new UnsupportedOperationException("getNamespaceContext");
    }

    @Override
    public Object getProperty(String name) {
        throw new IllegalArgumentException("Property '" + name + "' is not supported");
    }

    @Override
    public void flush() throws XMLStreamException {
        try {
            out.write(buf, 0, len);
            len = 0;
            out.flush();
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    /** Flushes; the stream stays open (as with the JDK's writer). */
    @Override
    public void close() throws XMLStreamException {
        flush();
    }

    /**
     * {@code s} escaped, read from a copy of its chars: {@code String.charAt} on a UTF-16 string calls a method the
     * client compiler does not inline (decision 0059).
     */
    private void escaped(String s, boolean attribute) throws XMLStreamException {
        int n = s.length();
        if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
        s.getChars(0, n, chars, 0);
        escaped(chars, 0, n, attribute);
    }

    private void escaped(char[] cs, int from, int to, boolean attribute) throws XMLStreamException {
        int i = from;
        while (i < to) {
            if (pendingSurrogate == 0) {
                // a run of ASCII that needs no escape (nearly all of a document) straight into the buffer, the buffer and
                // its length in locals (decision 0059); it stops at anything else, which the switch below writes
                if (len >= FLUSH_AT) drain();
                byte[] b = buf;
                int n = len;
                int end = Math.min(to, i + (FLUSH_AT - n));
                while (i < end) {
                    char c = cs[i];
                    if (c >= 0x80 || c <= '>' && (c == '<' || c == '>' || c == '&' || c == '"' && attribute)) break;
                    b[n++] = (byte) c;
                    i++;
                }
                len = n;
                if (i == end) continue;
            }
            char c = cs[i++];
            switch (c) {
                case '<' -> raw("&lt;");
                case '>' -> raw("&gt;");
                case '&' -> raw("&amp;");
                case '"' -> {
                    if (attribute) raw("&quot;");
                    else raw('"');
                }
                default -> raw(c);
            }
        }
    }

    private void raw(String s) throws XMLStreamException {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingSurrogate == 0) { // as raw(char) does it, without the call
                if (len >= FLUSH_AT) drain();
                buf[len++] = (byte) c;
            } else {
                raw(c);
            }
        }
    }

    /** One UTF-16 unit as UTF-8, the way the JDK's {@code UTF8OutputStreamWriter} does it (surrogates included). */
    private void raw(char c) throws XMLStreamException {
        if (len >= FLUSH_AT) drain();
        if (pendingSurrogate != 0) {
            int uc = (((pendingSurrogate & 0x3ff) << 10) | (c & 0x3ff)) + 0x10000;
            if (uc < 0 || uc >= 0x200000) throw new XMLStreamException("invalid Unicode code point " + uc);
            buf[len++] = (byte) (0xF0 | (uc >> 18));
            buf[len++] = (byte) (0x80 | ((uc >> 12) & 0x3F));
            buf[len++] = (byte) (0x80 | ((uc >> 6) & 0x3F));
            buf[len++] = (byte) (0x80 | (uc & 0x3F));
            pendingSurrogate = 0;
        } else if (c < 0x80) {
            buf[len++] = (byte) c;
        } else if (c < 0x800) {
            buf[len++] = (byte) (0xC0 | (c >> 6));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            pendingSurrogate = c;
        } else {
            buf[len++] = (byte) (0xE0 | (c >> 12));
            buf[len++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[len++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws XMLStreamException {
        try {
            out.write(buf, 0, len);
            len = 0;
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }
}
