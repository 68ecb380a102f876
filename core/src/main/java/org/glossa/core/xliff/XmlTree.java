package org.glossa.core.xliff;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;

/** Reads an XML document into an {@link XmlElement} tree through {@link SafeXml} (no DTD, no external entities). */
final class XmlTree {
    private XmlTree() {
    }

    private static final class Builder {
        final String ns;
        final String local;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<XmlNode> children = new ArrayList<>();
        final int line;
        final int column;
        final StringBuilder pending = new StringBuilder();

        Builder(String ns, String local, int line, int column) {
            this.ns = ns;
            this.local = local;
            this.line = line;
            this.column = column;
        }

        void flushText() {
            if (pending.length() > 0) {
                children.add(new XmlText(pending.toString()));
                pending.setLength(0);
            }
        }

        XmlElement build() {
            flushText();
            return new XmlElement(ns, local, attributes, children, line, column);
        }
    }

    static XmlElement parse(InputStream in, String fileName) {
        XMLStreamReader r = SafeXml.open(in, fileName);
        try {
            Deque<Builder> stack = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw SafeXml.error(fileName, r, "DTD not allowed in XLIFF");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw SafeXml.error(fileName, r, "undeclared entity: " + r.getLocalName());
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (!stack.isEmpty()) stack.peek().flushText();
                        Builder b = new Builder(nz(r.getNamespaceURI()), r.getLocalName(),
                                r.getLocation().getLineNumber(), r.getLocation().getColumnNumber());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            b.attributes.put(XmlElement.key(r.getAttributeNamespace(i), r.getAttributeLocalName(i)),
                                    r.getAttributeValue(i));
                        }
                        stack.push(b);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) stack.peek().pending.append(r.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement e = stack.pop().build();
                        if (stack.isEmpty()) root = e;
                        else stack.peek().children.add(e);
                    }
                    default -> {
                        // comments, processing instructions, document start/end carry nothing for XLIFF
                    }
                }
            }
            r.close();
            if (root == null) throw new InputException(fileName, "no root element");
            return root;
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName, e);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
