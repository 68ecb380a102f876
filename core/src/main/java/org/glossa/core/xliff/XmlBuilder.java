package org.glossa.core.xliff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/** An element being read: collects attributes, text and children until its end tag. */
final class XmlBuilder {
    private final String ns;
    private final String local;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlNode> children = new ArrayList<>();
    private final int line;
    private final int column;
    private final StringBuilder pending = new StringBuilder();

    /** The element at the reader's START_ELEMENT, with its attributes. */
    XmlBuilder(XMLStreamReader r) {
        String uri = r.getNamespaceURI();
        this.ns = uri == null ? "" : uri;
        this.local = r.getLocalName();
        this.line = r.getLocation().getLineNumber();
        this.column = r.getLocation().getColumnNumber();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            attributes.put(XmlElement.key(r.getAttributeNamespace(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
        }
    }

    String ns() {
        return ns;
    }

    String local() {
        return local;
    }

    void text(String text) {
        pending.append(text);
    }

    void add(XmlElement child) {
        flushText();
        children.add(child);
    }

    private void flushText() {
        if (pending.length() > 0) {
            children.add(new XmlText(pending.toString()));
            pending.setLength(0);
        }
    }

    /** The element with its attributes and position but without content (for checks before the content is read). */
    XmlElement stub() {
        return new XmlElement(ns, local, attributes, List.of(), line, column);
    }

    XmlElement build() {
        flushText();
        return new XmlElement(ns, local, attributes, children, line, column);
    }
}
