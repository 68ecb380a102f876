package org.glossa.core.xliff;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.glossa.core.InputException;
import org.glossa.core.io.SafeXml;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Note;
import org.glossa.core.model.Original;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.SizeLimit;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.glossa.core.xliff.Xliff12Inline.Marked;
import org.glossa.core.xliff.Xliff12Inline.Outside;
import org.glossa.core.xliff.Xliff12Inline.Piece;

/**
 * Reads XLIFF 1.0, 1.1 and 1.2 (namespaces {@code urn:oasis:names:tc:xliff:document:1.2}, {@code …:1.1}, or none
 * for 1.0) into one {@link Document} per {@code <file>}, following decision record 0001.
 *
 * <p>Structure: {@code <group>}s are flattened in document order; {@code <alt-trans>} with a target becomes a
 * {@link MatchSuggestion} of the segment its {@code mid} names (of the only segment without mid); {@code <mrk
 * mtype="term">} in the source becomes a {@link TermMark} (targets from the ITS term info or the comment);
 * {@code <note>}s become the unit's {@link Note}s and {@code maxwidth} with {@code size-unit="char"} its
 * {@link SizeLimit}; {@code <bin-unit>}, context and property groups, and elements and attributes from other namespaces (Trados
 * {@code sdl:}, memoQ {@code mq:}, Okapi, ITS…) are skipped. With a {@code <seg-source>} holding
 * {@code <mrk mtype="seg">} markers, each marker is a {@link Segment} with the marker's {@code mid} and the text
 * around them becomes {@link Ignorable}s {@code i1, i2…}; the target's markers with the same {@code mid} give the
 * segments' targets. Without markers the unit has one segment with id {@code 1}. A trans-unit without the
 * (required) {@code id} gets {@code u<n>}, n its position in the file. Inline codes: see
 * {@link Xliff12Inline}; segment states: see {@link Xliff12Values#state}. An empty target counts as no target.
 */
public final class Xliff12Reader {
    static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String NS_11 = "urn:oasis:names:tc:xliff:document:1.1";
    /** XLIFF 1.0 had no namespace. */
    static final String NS_10 = "";
    static final String GLS = "urn:glossa:xliff:1.0";
    private static final Set<String> XLIFF_1 = Set.of(NS_12, NS_11, NS_10);

    private final XMLStreamReader r;
    private final String file;
    private String ns = NS_12;
    /** trans-units seen in the current {@code <file>}. */
    private int unitCount;

    private Xliff12Reader(XMLStreamReader r, String file) {
        this.r = r;
        this.file = file;
    }

    /** Reads a file; errors name the path. */
    public static List<Document> read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (IOException e) {
            throw new InputException(path.toString(), "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads XLIFF 1.x from a stream (not closed here).
     *
     * @param fileName used in error messages and, without its .xlf/.xliff extension, as the document name when
     *                 {@code file/@original} is missing or empty
     * @throws InputException for malformed XML (with line and column) or a document that is not XLIFF 1.x
     */
    public static List<Document> read(InputStream in, String fileName) {
        XMLStreamReader r = SafeXml.open(new BufferedInputStream(in), fileName);
        try {
            List<Document> documents = new Xliff12Reader(r, fileName).xliff();
            r.close();
            return documents;
        } catch (XMLStreamException e) {
            throw SafeXml.error(fileName, e);
        } catch (WstxLazyException e) {
            // Woodstox parses text lazily and reports errors in it (bad bytes for the encoding) this way
            throw e.getCause() instanceof XMLStreamException x ? SafeXml.error(fileName, x)
                    : new InputException(fileName, e.getMessage(), e);
        }
    }

    private List<Document> xliff() throws XMLStreamException {
        // prolog: comments, processing instructions, DOCTYPE (never loaded: see SafeXml)
        while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            if (!r.hasNext()) throw new InputException(file, "no root element");
            r.next();
        }
        ns = nsOf(r);
        if (!"xliff".equals(r.getLocalName()) || !XLIFF_1.contains(ns)) {
            throw SafeXml.error(file, r, "not an XLIFF 1.x document: the root element is <" + r.getLocalName() + ">"
                    + (ns.isEmpty() ? "" : " in namespace " + ns));
        }
        Optional<String> version = attr("version");
        if (ns.equals(NS_10) && version.isPresent() && !version.get().trim().startsWith("1.")) {
            throw SafeXml.error(file, r, "not an XLIFF 1.x document: version " + version.get() + " without namespace");
        }
        List<Document> documents = new ArrayList<>();
        while (nextChild()) {
            if (isXliff("file")) documents.add(fileElement());
            else skip(r);
        }
        return documents;
    }

    private Document fileElement() throws XMLStreamException {
        String name = attr("original").flatMap(Xliff12Values::lastPathComponent)
                .or(() -> Xliff12Values.lastPathComponent(file).map(Xliff12Values::withoutXliffExtension))
                .orElse(file);
        String source = attr("source-language").filter(s -> !s.isBlank()).map(Xliff12Values::language)
                .orElseThrow(() -> SafeXml.error(file, r, "<file> without source-language"));
        Optional<String> target = attr("target-language").filter(s -> !s.isBlank()).map(Xliff12Values::language);
        Format format = Xliff12Values.format(attr(GLS, "format"), attr("datatype"));
        String encoding = attr(GLS, "encoding").orElse("UTF-8");
        Optional<Original> original = Optional.empty();
        List<Unit> units = new ArrayList<>();
        unitCount = 0;
        while (nextChild()) {
            if (isXliff("header")) original = header(encoding);
            else if (isXliff("body")) container(units);
            else skip(r);
        }
        return new Document(name, format, source, target, units, original);
    }

    private Optional<Original> header(String encoding) throws XMLStreamException {
        Optional<Original> original = Optional.empty();
        while (nextChild()) {
            if (isXliff("skl")) {
                while (nextChild()) {
                    if (isXliff("internal-file") && "base64".equals(attr("form").orElse(""))) {
                        original = Optional.of(embedded(encoding));
                    } else {
                        skip(r);
                    }
                }
            } else {
                skip(r);
            }
        }
        return original;
    }

    private Original embedded(String encoding) throws XMLStreamException {
        Location at = r.getLocation();
        if (!isCharset(encoding)) throw errorAt(at, "unknown glossa:encoding \"" + encoding + "\"");
        String text = textOf();
        try {
            return new Original(Base64.getDecoder().decode(text.replaceAll("\\s+", "")), encoding);
        } catch (IllegalArgumentException e) {
            throw errorAt(at, "<internal-file form=\"base64\"> is not valid base64: " + e.getMessage());
        }
    }

    private static boolean isCharset(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private InputException errorAt(Location at, String message) {
        return new InputException(file, at.getLineNumber(), at.getColumnNumber(), message, null);
    }

    /** {@code body} or {@code group}: trans-units and nested groups, flattened. */
    private void container(List<Unit> units) throws XMLStreamException {
        while (nextChild()) {
            if (isXliff("trans-unit")) units.add(transUnit());
            else if (isXliff("group")) container(units);
            else skip(r); // bin-unit, context-group, prop-group, note, extensions
        }
    }

    private Unit transUnit() throws XMLStreamException {
        unitCount++;
        // id is required, but OmegaT's XLIFF 1.1 test files go without: number those units by position
        String id = attr("id").orElse("u" + unitCount);
        String origin = attr("resname").orElse(id);
        boolean translate = !"no".equals(attr("translate").orElse("yes"));
        boolean approved = "yes".equals(attr("approved").orElse("no"));
        var role = Xliff12Values.role(attr("restype"));
        Location at = r.getLocation();
        Optional<List<Piece>> source = Optional.empty();
        Optional<List<Piece>> segSource = Optional.empty();
        Optional<List<Piece>> target = Optional.empty();
        Optional<String> state = Optional.empty();
        List<AltTrans> altTrans = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        List<SizeLimit> limits = limits();
        while (nextChild()) {
            if (isXliff("source") && source.isEmpty()) {
                source = Optional.of(Xliff12Inline.read(r, ns, file));
            } else if (isXliff("seg-source") && segSource.isEmpty()) {
                segSource = Optional.of(Xliff12Inline.read(r, ns, file));
            } else if (isXliff("target") && target.isEmpty()) {
                state = attr("state");
                target = Optional.of(Xliff12Inline.read(r, ns, file));
            } else if (isXliff("alt-trans")) {
                altTrans(altTrans);
            } else if (isXliff("note")) {
                notes.add(note());
            } else {
                skip(r); // note, context-group, count-group, prop-group, sdl:seg-defs, …
            }
        }
        List<Piece> src = source.orElseThrow(() -> errorAt(at, "<trans-unit id=\"" + id + "\"> without <source>"));
        List<UnitPart> parts;
        List<TermMark> terms = new ArrayList<>();
        if (segSource.isPresent() && Xliff12Inline.hasSegments(segSource.get())) {
            parts = segmented(segSource.get(), target.orElse(List.of()), state, approved);
            for (Piece p : segSource.get()) {
                if (p instanceof Marked m) terms.addAll(termMarks(m.mid(), m.terms()));
            }
        } else {
            // no seg-source, or one without segment markers (Trados writes these for code-only units)
            parts = List.of(segment("1", Xliff12Inline.joined(src), target.map(Xliff12Inline::joined), state, approved));
            terms.addAll(termMarks("1", Xliff12Inline.joinedTerms(src)));
        }
        List<UnitPart> all = parts;
        Set<String> segmentIds = new HashSet<>();
        for (UnitPart p : parts) if (p instanceof Segment s) segmentIds.add(s.id());
        String only = parts.size() == 1 && parts.get(0) instanceof Segment s ? s.id() : null;
        List<MatchSuggestion> matches = new ArrayList<>();
        for (AltTrans a : altTrans) {
            // without mid an alt-trans is for the whole unit: it belongs to the segment only when there is one
            Optional<String> segment = a.mid().isPresent() ? a.mid().filter(segmentIds::contains) : Optional.ofNullable(only);
            if (segment.isEmpty() || a.target().isEmpty()) continue;
            Content matched = a.source().orElseGet(() -> ((Segment) all.stream().filter(p -> p.id().equals(segment.get()))
                    .findFirst().orElseThrow()).source());
            matches.add(new MatchSuggestion(segment.get(), a.score(), matched, a.target(), a.origin()));
        }
        return new Unit(id, role, translate, origin, parts, terms, matches, notes, limits);
    }

    /** {@code maxwidth} in characters ({@code size-unit="char"}); other units (pixels, the default…) are not enforced. */
    private List<SizeLimit> limits() {
        Optional<String> max = attr("maxwidth").map(String::trim);
        if (max.isEmpty() || !"char".equals(attr("size-unit").orElse("pixel").trim())) return List.of();
        if (max.get().isEmpty() || max.get().length() > 9 || !max.get().chars().allMatch(Character::isDigit)) return List.of();
        return List.of(SizeLimit.characters(Integer.parseInt(max.get())));
    }

    /** A {@code <note>}: its text, {@code from}, {@code priority} (1 when missing or not 1–10) and {@code annotates}. */
    private Note note() throws XMLStreamException {
        String from = attr("from").orElse("");
        Note.AppliesTo applies = Note.AppliesTo.of(attr("annotates").orElse(""));
        int priority = Note.priorityOf(attr("priority").orElse(""));
        return new Note("", textOf(), from, applies, priority);
    }

    private static List<TermMark> termMarks(String segmentId, List<Xliff12Inline.TermSpan> spans) {
        List<TermMark> out = new ArrayList<>();
        for (Xliff12Inline.TermSpan t : spans) {
            out.add(new TermMark(segmentId, t.start(), t.end(), t.term(), TermSpans.parseTargets(t.info()), ""));
        }
        return out;
    }

    /** An {@code alt-trans} of a trans-unit: a translation-memory (or other) proposal. */
    private record AltTrans(Optional<String> mid, int score, Optional<Content> source, Content target, String origin) {
    }

    /**
     * Reads an {@code alt-trans}: {@code mid} names the segment, {@code match-quality} the score when it is a
     * number (a trailing % allowed; 0 otherwise, clamped to 0–101), {@code origin} where it comes from.
     */
    private void altTrans(List<AltTrans> out) throws XMLStreamException {
        Optional<String> mid = attr("mid");
        int score = score(attr("match-quality").orElse(""));
        String from = attr("origin").orElse("");
        Optional<Content> source = Optional.empty();
        Optional<Content> target = Optional.empty();
        while (nextChild()) {
            if (isXliff("source") && source.isEmpty()) source = Optional.of(Xliff12Inline.joined(Xliff12Inline.read(r, ns, file)));
            else if (isXliff("target") && target.isEmpty()) target = Optional.of(Xliff12Inline.joined(Xliff12Inline.read(r, ns, file)));
            else skip(r);
        }
        if (target.isPresent() && !target.get().isEmpty()) out.add(new AltTrans(mid, score, source, target.get(), from));
    }

    private static int score(String matchQuality) {
        String digits = matchQuality.trim();
        if (digits.endsWith("%")) digits = digits.substring(0, digits.length() - 1).trim();
        int dot = digits.indexOf('.');
        if (dot >= 0) digits = digits.substring(0, dot);
        if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(Character::isDigit)) return 0;
        return Math.min(101, Integer.parseInt(digits));
    }

    private static List<UnitPart> segmented(List<Piece> segSource, List<Piece> target, Optional<String> state,
                                            boolean approved) {
        Map<String, Content> targets = new HashMap<>();
        for (Piece p : target) {
            if (p instanceof Marked m) targets.putIfAbsent(m.mid(), m.content());
        }
        List<UnitPart> parts = new ArrayList<>();
        int ignorables = 0;
        for (Piece p : segSource) {
            if (p instanceof Outside o) {
                parts.add(new Ignorable("i" + ++ignorables, o.content()));
            } else if (p instanceof Marked m) {
                parts.add(segment(m.mid(), m.content(), Optional.ofNullable(targets.get(m.mid())), state, approved));
            }
        }
        return parts;
    }

    private static Segment segment(String id, Content source, Optional<Content> target, Optional<String> state,
                                   boolean approved) {
        Optional<Content> t = target.filter(c -> !c.isEmpty());
        SegmentState s = Xliff12Values.state(state, t.isPresent(), approved);
        return new Segment(id, source, t, s);
    }

    // --- cursor helpers -----------------------------------------------------------------------------------------

    /** Moves to the next child element of the current element; false (at the end tag) when there is none. */
    private boolean nextChild() throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) return true;
            if (ev == XMLStreamConstants.END_ELEMENT) return false;
        }
    }

    /** The text of the current element (child elements' text included), up to its end tag. */
    private String textOf() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT && depth-- == 0) return sb.toString();
            else if (Xliff12Inline.isText(ev)) sb.append(r.getText());
        }
    }

    private boolean isXliff(String localName) {
        return ns.equals(nsOf(r)) && localName.equals(r.getLocalName());
    }

    private Optional<String> attr(String localName) {
        return attr(r, localName);
    }

    private Optional<String> attr(String namespace, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            if (namespace.equals(ans) && localName.equals(r.getAttributeLocalName(i))) {
                return Optional.of(r.getAttributeValue(i));
            }
        }
        return Optional.empty();
    }

    /** An attribute without namespace on the current element. */
    static Optional<String> attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            if ((ans == null || ans.isEmpty()) && localName.equals(r.getAttributeLocalName(i))) {
                return Optional.of(r.getAttributeValue(i));
            }
        }
        return Optional.empty();
    }

    static String nsOf(XMLStreamReader r) {
        String uri = r.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    /** Skips the current element with everything in it; the reader ends on its end tag. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) depth++;
            else if (ev == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }
}
