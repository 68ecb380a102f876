package org.glossa.core.xliff;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed XML document, with where it starts. Attribute keys are the local name for attributes
 * without a namespace and {@code {namespace}local} for the others.
 */
record XmlElement(String ns, String local, Map<String, String> attributes, List<XmlNode> children, int line, int column)
        implements XmlNode {

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    static String key(String ns, String local) {
        return ns == null || ns.isEmpty() ? local : "{" + ns + "}" + local;
    }

    boolean is(String namespace, String name) {
        return ns.equals(namespace) && local.equals(name);
    }

    Optional<String> attr(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    Optional<String> attr(String namespace, String name) {
        return Optional.ofNullable(attributes.get(key(namespace, name)));
    }

    boolean has(String name) {
        return attributes.containsKey(name);
    }

    List<XmlElement> elements() {
        return children.stream().filter(c -> c instanceof XmlElement).map(c -> (XmlElement) c).toList();
    }

    List<XmlElement> elements(String namespace, String name) {
        return elements().stream().filter(e -> e.is(namespace, name)).toList();
    }

    Optional<XmlElement> element(String namespace, String name) {
        return elements(namespace, name).stream().findFirst();
    }

    /** The text directly inside this element. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (XmlNode c : children) if (c instanceof XmlText t) sb.append(t.value());
        return sb.toString();
    }

    boolean hasText() {
        return !text().isBlank();
    }

    /** All descendants in document order (not this element). */
    List<XmlElement> descendants() {
        List<XmlElement> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(XmlElement e, List<XmlElement> out) {
        for (XmlElement c : e.elements()) {
            out.add(c);
            collect(c, out);
        }
    }
}
