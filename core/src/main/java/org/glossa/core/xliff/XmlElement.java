package org.glossa.core.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed XML document, with where it starts. Attribute keys are the local name for attributes
 * without a namespace and {@code {namespace}local} for the others. Immutable; the child elements are collected once,
 * since the XLIFF checks ask for them many times per element.
 */
final class XmlElement implements XmlNode {

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final String ns;
    private final String local;
    private final Map<String, String> attributes;
    private final List<XmlNode> children;
    private final List<XmlElement> elements;
    private final boolean qualifiedAttributes;
    private final int line;
    private final int column;

    XmlElement(String ns, String local, Map<String, String> attributes, List<XmlNode> children, int line, int column) {
        this.ns = ns;
        this.local = local;
        this.attributes = Map.copyOf(attributes);
        this.children = List.copyOf(children);
        List<XmlElement> found = new ArrayList<>(this.children.size());
        for (XmlNode c : this.children) if (c instanceof XmlElement e) found.add(e);
        this.elements = found.size() == this.children.size() ? castAll(this.children) : List.copyOf(found);
        boolean qualified = false;
        for (String key : this.attributes.keySet()) qualified |= key.startsWith("{");
        this.qualifiedAttributes = qualified;
        this.line = line;
        this.column = column;
    }

    @SuppressWarnings("unchecked")
    private static List<XmlElement> castAll(List<XmlNode> onlyElements) {
        return (List<XmlElement>) (List<?>) onlyElements;
    }

    static String key(String ns, String local) {
        return ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local;
    }

    String ns() {
        return ns;
    }

    String local() {
        return local;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    List<XmlNode> children() {
        return children;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    boolean is(String namespace, String name) {
        return ns.equals(namespace) && local.equals(name);
    }

    Optional<String> attr(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    Optional<String> attr(String namespace, String name) {
        if (namespace != null && !namespace.isEmpty() && !qualifiedAttributes) return Optional.empty();
        return Optional.ofNullable(attributes.get(key(namespace, name)));
    }

    boolean has(String name) {
        return attributes.containsKey(name);
    }

    /** The child elements (no text), in document order. */
    List<XmlElement> elements() {
        return elements;
    }

    List<XmlElement> elements(String namespace, String name) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement e : elements) if (e.is(namespace, name)) out.add(e);
        return out;
    }

    Optional<XmlElement> element(String namespace, String name) {
        for (XmlElement e : elements) if (e.is(namespace, name)) return Optional.of(e);
        return Optional.empty();
    }

    /** The text directly inside this element. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (XmlNode c : children) if (c instanceof XmlText t) sb.append(t.value());
        return sb.toString();
    }

    boolean hasText() {
        for (XmlNode c : children) if (c instanceof XmlText t && !t.value().isBlank()) return true;
        return false;
    }

    /** All descendants in document order (not this element). */
    List<XmlElement> descendants() {
        List<XmlElement> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(XmlElement e, List<XmlElement> out) {
        for (XmlElement c : e.elements) {
            out.add(c);
            collect(c, out);
        }
    }

    @Override
    public String toString() {
        return "<" + key(ns, local) + "> at " + line + ":" + column;
    }
}
