package org.glossa.core.xliff;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;

/**
 * Reads an XLIFF 2 document with StAX through {@link SafeXml} and hands it to listeners in small trees, so that memory
 * does not grow with the file: the containers ({@code <xliff>}, {@code <file>}, {@code <group>}) are announced when
 * they open, their <em>header</em> (the container with its children before the first unit, group or file: skeleton,
 * notes, module and extension elements) when it is complete, every {@code <unit>} as a whole tree, and the end of
 * each container. Nothing is kept after the listeners have seen it.
 */
final class Xliff2Stream {
    /** Receives the parts of the document in document order; each method may throw an {@link InputException}. */
    interface Listener {
        /** A container starts: the element with its attributes, no children. */
        default void open(XmlElement container) {
        }

        /** A child of a container starts (before it is read): the element with its attributes, no children. */
        default void child(XmlElement child) {
        }

        /** A container with its attributes and the children before its first unit, group or file. */
        default void header(XmlElement header) {
        }

        /** A complete {@code <unit>}. */
        default void unit(XmlElement unit) {
        }

        /** Text that is not whitespace directly in a container after its header. */
        default void text(XmlElement header) {
        }

        /** A container ends; {@code header} is what {@link #header} got. */
        default void end(XmlElement header) {
        }
    }

    /** An open container: its header is built until the first unit, group or file arrives. */
    private static final class Container {
        private final XmlBuilder builder;
        private XmlElement header;

        Container(XmlBuilder builder) {
            this.builder = builder;
        }
    }

    private final List<Listener> listeners;
    private final Deque<Container> containers = new ArrayDeque<>();
    /** The element being built below a container: a unit or a header child, and its open descendants. */
    private final Deque<XmlBuilder> subtree = new ArrayDeque<>();
    private boolean subtreeIsUnit;
    private String core = "";

    private Xliff2Stream(List<Listener> listeners) {
        this.listeners = listeners;
    }

    static void read(InputStream in, String fileName, List<Listener> listeners) {
        new Xliff2Stream(listeners).read(in, fileName);
    }

    private void read(InputStream in, String fileName) {
        XMLStreamReader r = SafeXml.open(in, fileName);
        boolean root = false;
        try {
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.DTD -> throw SafeXml.error(fileName, r, "DTD not allowed in XLIFF");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw SafeXml.error(fileName, r, "undeclared entity: " + r.getLocalName());
                    case XMLStreamConstants.START_ELEMENT -> {
                        root = true;
                        start(new XmlBuilder(r));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text(r.getText());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments, processing instructions, document start/end carry nothing for XLIFF
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName, e);
        }
        if (!root) throw new InputException(fileName, "no root element");
    }

    private void start(XmlBuilder b) {
        if (!subtree.isEmpty()) {
            subtree.push(b);
            return;
        }
        if (containers.isEmpty()) {
            core = b.ns();
            open(b);
            return;
        }
        Container parent = containers.peek();
        XmlElement child = b.stub();
        for (Listener l : listeners) l.child(child);
        boolean inRoot = containers.size() == 1;
        boolean inCore = b.ns().equals(core);
        boolean container = inRoot || inCore && b.local().equals("group");
        boolean unit = !inRoot && inCore && b.local().equals("unit");
        if (container || unit) seal(parent);
        if (container) {
            open(b);
        } else {
            subtree.push(b);
            subtreeIsUnit = unit;
        }
    }

    private void open(XmlBuilder b) {
        containers.push(new Container(b));
        XmlElement stub = b.stub();
        for (Listener l : listeners) l.open(stub);
    }

    private void seal(Container c) {
        if (c.header != null) return;
        c.header = c.builder.build();
        for (Listener l : listeners) l.header(c.header);
    }

    private void text(String text) {
        if (!subtree.isEmpty()) {
            subtree.peek().text(text);
        } else if (!containers.isEmpty()) {
            Container c = containers.peek();
            if (c.header == null) c.builder.text(text);
            else if (!text.isBlank()) for (Listener l : listeners) l.text(c.header);
        }
    }

    private void end() {
        if (subtree.isEmpty()) {
            Container c = containers.pop();
            seal(c);
            for (Listener l : listeners) l.end(c.header);
            return;
        }
        XmlElement e = subtree.pop().build();
        if (!subtree.isEmpty()) {
            subtree.peek().add(e);
        } else if (subtreeIsUnit) {
            for (Listener l : listeners) l.unit(e);
        } else {
            containers.peek().builder.add(e);
        }
    }
}
