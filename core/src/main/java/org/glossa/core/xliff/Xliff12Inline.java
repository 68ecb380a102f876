package org.glossa.core.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.io.SafeXml;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;

/**
 * Reads the content of an XLIFF 1.x {@code source}, {@code seg-source} or {@code target} into pieces: the text and
 * codes outside segment markers, and one piece per {@code <mrk mtype="seg" mid="…">}.
 *
 * <ul>
 *   <li>{@code <g>} → OPEN and CLOSE tags with the same id, type from {@code ctype}, no data;</li>
 *   <li>{@code <x/>} → STANDALONE; {@code <bx/>}/{@code <ex/>} → OPEN/CLOSE paired by {@code rid} when present,
 *       else by {@code id};</li>
 *   <li>{@code <bpt>}/{@code <ept>} → OPEN/CLOSE (paired like bx/ex) with the native code as data;
 *       {@code <ph>} → STANDALONE with data; {@code <it pos="open|close">} → OPEN/CLOSE with data. Text inside a
 *       {@code <sub>} of a native code (a translatable attribute such as an alt text) is dropped: the model has no
 *       place for sub-flows;</li>
 *   <li>{@code <mrk>} other than an outermost {@code mtype="seg"} (term, protected, x-…) keeps its text, the
 *       marker itself is dropped; a {@code mtype="term"} marker is reported as a {@link TermSpan} of its piece;</li>
 *   <li>elements from other namespaces are skipped with their content.</li>
 * </ul>
 * Text is kept exactly as in the file.
 */
final class Xliff12Inline {

    /** A piece of content: outside segment markers or inside one. */
    sealed interface Piece {
        Content content();

        /** Term markers ({@code mrk mtype="term"}) in the content, offsets relative to it. */
        List<TermSpan> terms();
    }

    record Outside(Content content, List<TermSpan> terms) implements Piece {
    }

    record Marked(String mid, Content content, List<TermSpan> terms) implements Piece {
    }

    /**
     * A {@code <mrk mtype="term">}: coded offsets in its piece, the marked text and the term information
     * ({@code itsxlf:termInfo}, else {@code comment}; empty when neither).
     */
    record TermSpan(int start, int end, String term, String info) {
    }

    private final XMLStreamReader r;
    private final String ns;
    private final String file;
    private final List<Piece> pieces = new ArrayList<>();
    private List<Inline> current = new ArrayList<>();
    private List<TermSpan> terms = new ArrayList<>();
    private Optional<String> mid = Optional.empty();
    private int anonymous;

    private Xliff12Inline(XMLStreamReader r, String ns, String file) {
        this.r = r;
        this.ns = ns;
        this.file = file;
    }

    /** Reads the children of the element at the reader's position, up to and including its end tag. */
    static List<Piece> read(XMLStreamReader r, String ns, String file) throws XMLStreamException {
        Xliff12Inline reader = new Xliff12Inline(r, ns, file);
        reader.children();
        reader.flush();
        return List.copyOf(reader.pieces);
    }

    /** The term markers of all pieces joined, offsets in the joined content. */
    static List<TermSpan> joinedTerms(List<Piece> pieces) {
        List<TermSpan> out = new ArrayList<>();
        int offset = 0;
        for (Piece p : pieces) {
            for (TermSpan t : p.terms()) out.add(new TermSpan(t.start() + offset, t.end() + offset, t.term(), t.info()));
            offset += p.content().codedLength();
        }
        return out;
    }

    /** All pieces joined, segment markers dropped. */
    static Content joined(List<Piece> pieces) {
        Content c = Content.EMPTY;
        for (Piece p : pieces) c = c.append(p.content());
        return c;
    }

    static boolean hasSegments(List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> p instanceof Marked);
    }

    private void children() throws XMLStreamException {
        while (true) {
            switch (r.next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> current.add(new Inline.Text(r.getText()));
                case XMLStreamConstants.START_ELEMENT -> element();
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> {
                    // comments and processing instructions are not content
                }
            }
        }
    }

    private void element() throws XMLStreamException {
        if (!ns.equals(Xliff12Reader.nsOf(r))) {
            Xliff12Reader.skip(r);
            return;
        }
        switch (r.getLocalName()) {
            case "g" -> {
                String id = id();
                String type = ctype();
                current.add(new Inline.Tag(TagKind.OPEN, id, type, ""));
                children();
                current.add(new Inline.Tag(TagKind.CLOSE, id, type, ""));
            }
            case "x" -> empty(TagKind.STANDALONE, id());
            case "bx" -> empty(TagKind.OPEN, pairId());
            case "ex" -> empty(TagKind.CLOSE, pairId());
            case "bpt" -> nativeCode(TagKind.OPEN, pairId());
            case "ept" -> nativeCode(TagKind.CLOSE, pairId());
            case "ph" -> nativeCode(TagKind.STANDALONE, id());
            case "it" -> {
                String pos = Xliff12Reader.attr(r, "pos").orElse("");
                TagKind kind = switch (pos) {
                    case "open", "begin" -> TagKind.OPEN; // "begin"/"end": seen in OmegaT test files
                    case "close", "end" -> TagKind.CLOSE;
                    default -> TagKind.STANDALONE;
                };
                nativeCode(kind, pairId());
            }
            case "mrk" -> marker();
            default -> children(); // sub outside a native code, or unknown XLIFF inline: keep the text
        }
    }

    private void marker() throws XMLStreamException {
        String mtype = Xliff12Reader.attr(r, "mtype").orElse("");
        boolean seg = "seg".equals(mtype) && mid.isEmpty();
        if ("term".equals(mtype)) {
            String info = termInfo();
            int start = new Content(current).codedLength();
            children();
            Content all = new Content(current);
            int end = all.codedLength();
            if (end > start) terms.add(new TermSpan(start, end, all.slice(start, end).plainText(), info));
            return;
        }
        if (!seg) {
            children();
            return;
        }
        String m = Xliff12Reader.attr(r, "mid")
                .orElseThrow(() -> SafeXml.error(file, r, "<mrk mtype=\"seg\"> without mid"));
        flush();
        mid = Optional.of(m);
        children();
        flush();
        mid = Optional.empty();
    }

    private String termInfo() {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (Xliff12Writer.ITSXLF_NS.equals(r.getAttributeNamespace(i)) && "termInfo".equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return Xliff12Reader.attr(r, "comment").orElse("");
    }

    private void empty(TagKind kind, String id) throws XMLStreamException {
        String type = ctype();
        Xliff12Reader.skip(r);
        current.add(new Inline.Tag(kind, id, type, ""));
    }

    /** A native-code element: its text is the original markup; {@code <sub>} content is dropped. */
    private void nativeCode(TagKind kind, String id) throws XMLStreamException {
        String type = ctype();
        StringBuilder data = new StringBuilder();
        int depth = 0;
        int subDepth = 0;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (subDepth > 0 || "sub".equals(r.getLocalName())) subDepth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) break;
                depth--;
                if (subDepth > 0) subDepth--;
            } else if (subDepth == 0 && isText(ev)) {
                data.append(r.getText());
            }
        }
        current.add(new Inline.Tag(kind, id, type, data.toString()));
    }

    static boolean isText(int ev) {
        return ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                || ev == XMLStreamConstants.SPACE || ev == XMLStreamConstants.ENTITY_REFERENCE;
    }

    /** The code's id; a code without one (OmegaT test files have such) gets {@code auto<n>}, paired with nothing. */
    private String id() {
        return Xliff12Reader.attr(r, "id").orElseGet(() -> "auto" + ++anonymous);
    }

    /** {@code rid} pairs opening and closing codes when present; otherwise they share {@code id}. */
    private String pairId() {
        return Xliff12Reader.attr(r, "rid").orElseGet(this::id);
    }

    private String ctype() {
        return Xliff12Reader.attr(r, "ctype").orElse("");
    }

    private void flush() {
        Content c = new Content(current);
        List<TermSpan> t = List.copyOf(terms);
        current = new ArrayList<>();
        terms = new ArrayList<>();
        if (mid.isPresent()) {
            pieces.add(new Marked(mid.get(), c, t));
        } else if (!c.isEmpty()) {
            pieces.add(new Outside(c, t));
        }
    }
}
