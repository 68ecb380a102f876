package org.glossa.core.xliff;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Note;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.SizeLimit;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * XLIFF 1.2: whole text in {@code source}, sentences in {@code seg-source} as {@code mrk mtype="seg"}, the same
 * structure in {@code target} (segments not yet translated are empty there, with {@code state="new"}). Inline codes as {@code bpt/ept/ph} holding the original markup (or {@code it} when
 * the partner is in another unit). Glossary terms are {@code mrk mtype="term"} (their targets in {@code comment}) in
 * {@code source} and {@code seg-source} alike, so the two hold the same content (Okapi's XLIFF filter compares them and
 * refuses a {@code seg-source} that differs). Reviewed and final units carry {@code approved="yes"}, which
 * translate-toolkit and others read as "not fuzzy". Notes are {@code note}s after the target; a
 * character limit is {@code maxwidth} with {@code size-unit="char"} (byte limits and normalized counts have no 1.2 form). Valid against the 1.2 strict schema; with {@code itsTermInfo}
 * the term marks also carry ITS 2.0 term info in the its-xlf namespace, which only the transitional schema allows.
 */
final class Xliff12Writer {
    static final String ITS_NS = "http://www.w3.org/2005/11/its";
    static final String ITSXLF_NS = "http://www.w3.org/ns/its-xlf/";
    private final XMLStreamWriter w;
    private final boolean itsTermInfo;

    Xliff12Writer(XMLStreamWriter w, boolean itsTermInfo) {
        this.w = w;
        this.itsTermInfo = itsTermInfo;
    }

    void write(Document doc) throws XMLStreamException {
        w.writeStartElement("xliff");
        w.writeDefaultNamespace(GlossaXliff.XLIFF12_NS);
        boolean terms = itsTermInfo && doc.units().stream().anyMatch(u -> !u.terms().isEmpty());
        if (terms) {
            w.writeNamespace("its", ITS_NS);
            w.writeNamespace("itsxlf", ITSXLF_NS);
            w.writeAttribute(ITS_NS, "version", "2.0");
        }
        w.writeAttribute("version", "1.2");
        nl(1);
        w.writeStartElement("file");
        w.writeAttribute("original", doc.name());
        w.writeAttribute("source-language", doc.sourceLanguage());
        if (doc.targetLanguage().isPresent()) w.writeAttribute("target-language", doc.targetLanguage().get());
        w.writeAttribute("datatype", GlossaXliff.datatype(doc.format()));
        w.writeAttribute("tool-id", "glossa");
        nl(2);
        w.writeStartElement("header");
        if (doc.original().isPresent()) {
            nl(3);
            w.writeStartElement("skl");
            w.writeStartElement("internal-file");
            w.writeAttribute("form", "base64");
            w.writeCharacters(Base64.getEncoder().encodeToString(doc.original().get().bytes()));
            w.writeEndElement();
            w.writeEndElement();
        }
        nl(3);
        w.writeEmptyElement("tool");
        w.writeAttribute("tool-id", "glossa");
        w.writeAttribute("tool-name", "Glossa");
        w.writeAttribute("tool-version", Version.current());
        nl(2);
        w.writeEndElement();
        nl(2);
        w.writeStartElement("body");
        for (Unit u : doc.units()) writeUnit(u);
        nl(2);
        w.writeEndElement();
        nl(1);
        w.writeEndElement();
        nl(0);
        w.writeEndElement();
    }

    private void writeUnit(Unit u) throws XMLStreamException {
        nl(3);
        w.writeStartElement("trans-unit");
        w.writeAttribute("id", u.id());
        w.writeAttribute("resname", u.origin());
        w.writeAttribute("restype", "x-" + u.role().id());
        if (!u.translate()) w.writeAttribute("translate", "no");
        if (approved(u)) w.writeAttribute("approved", "yes");
        for (SizeLimit l : u.limits()) {
            // 1.2 names no encoding for "byte" and no normalization
            if (l.measure() != SizeLimit.Measure.CHARACTERS || l.normalization() != SizeLimit.Normalization.NONE) continue;
            w.writeAttribute("maxwidth", String.valueOf(l.max()));
            w.writeAttribute("size-unit", "char");
            break;
        }
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        Set<String> paired = pairedTagIds(u.source());
        nl(4);
        w.writeStartElement("source");
        for (UnitPart p : u.parts()) {
            if (p instanceof Segment s && !u.termsOf(s.id()).isEmpty()) writeTerms(s.source(), u.termsOf(s.id()), paired);
            else writeContent(p.source(), paired);
        }
        w.writeEndElement();
        nl(4);
        w.writeStartElement("seg-source");
        for (UnitPart p : u.parts()) {
            if (p instanceof Segment s && !u.termsOf(s.id()).isEmpty()) writeSegmentWithTerms(s, u.termsOf(s.id()), paired);
            else writePart(p, p.source(), paired);
        }
        w.writeEndElement();
        {
            nl(4);
            w.writeStartElement("target");
            w.writeAttribute("state", state(u));
            java.util.Optional<String> qualifier = stateQualifier(u);
            if (qualifier.isPresent()) w.writeAttribute("state-qualifier", qualifier.get());
            Content written = Content.EMPTY;
            for (UnitPart p : u.parts()) written = written.append(targetAsWritten(p));
            Set<String> tpaired = pairedTagIds(written);
            for (UnitPart p : u.parts()) writePart(p, targetAsWritten(p), tpaired);
            w.writeEndElement();
        }
        writeNotes(u);
        writeAltTrans(u);
        nl(3);
        w.writeEndElement();
    }

    private void writePart(UnitPart p, Content content, Set<String> paired) throws XMLStreamException {
        if (p instanceof Segment s) {
            w.writeStartElement("mrk");
            w.writeAttribute("mtype", "seg");
            w.writeAttribute("mid", s.id());
            writeContent(content, paired);
            w.writeEndElement();
        } else if (p instanceof Ignorable) {
            writeContent(content, paired);
        }
    }

    /** A source segment whose glossary terms are marked: {@code mrk mtype="term"} with the targets as ITS term info. */
    private void writeSegmentWithTerms(Segment s, List<TermMark> marks, Set<String> paired) throws XMLStreamException {
        w.writeStartElement("mrk");
        w.writeAttribute("mtype", "seg");
        w.writeAttribute("mid", s.id());
        writeTerms(s.source(), marks, paired);
        w.writeEndElement();
    }

    /** Source content with its terms as {@code mrk mtype="term"}, the same in {@code source} and {@code seg-source}. */
    private void writeTerms(Content source, List<TermMark> marks, Set<String> paired) throws XMLStreamException {
        for (TermSpans.Piece piece : TermSpans.split(source, marks)) {
            if (piece.mark().isPresent()) {
                String info = TermSpans.describeTargets(piece.mark().get());
                w.writeStartElement("mrk");
                w.writeAttribute("mtype", "term");
                w.writeAttribute("comment", info);
                if (itsTermInfo) w.writeAttribute(ITSXLF_NS, "termInfo", info);
                writeContent(piece.content(), paired);
                w.writeEndElement();
            } else {
                writeContent(piece.content(), paired);
            }
        }
    }

    /** Every segment translated and reviewed (or final): {@code approved="yes"}. */
    private static boolean approved(Unit u) {
        return !u.segments().isEmpty() && u.segments().stream()
                .allMatch(s -> s.translation().isPresent() && s.state().compareTo(SegmentState.REVIEWED) >= 0);
    }

    /** For pre-translated units: "exact-match" when every filled segment came from a 100/101 match, else "fuzzy-match". */
    private static java.util.Optional<String> stateQualifier(Unit u) {
        if (u.matches().isEmpty() || u.segments().stream().noneMatch(s -> s.translation().isPresent())) return java.util.Optional.empty();
        boolean fuzzy = u.segments().stream().anyMatch(s -> s.translation().isPresent() && s.state() == SegmentState.INITIAL);
        return java.util.Optional.of(fuzzy ? "fuzzy-match" : "exact-match");
    }

    /** The unit's notes: {@code from}, {@code priority} and {@code annotates} when they are not the defaults. */
    private void writeNotes(Unit u) throws XMLStreamException {
        for (Note n : u.notes()) {
            nl(4);
            w.writeStartElement("note");
            if (!n.author().isEmpty()) w.writeAttribute("from", n.author());
            if (n.priority() != 1) w.writeAttribute("priority", String.valueOf(n.priority()));
            if (n.appliesTo() != Note.AppliesTo.GENERAL) w.writeAttribute("annotates", n.appliesTo().id());
            w.writeCharacters(n.text());
            w.writeEndElement();
        }
    }

    /** Translation-memory matches as {@code alt-trans}, one per match, pointing at its segment with {@code mid}. */
    private void writeAltTrans(Unit u) throws XMLStreamException {
        for (MatchSuggestion m : u.matches()) {
            nl(4);
            w.writeStartElement("alt-trans");
            w.writeAttribute("mid", m.segmentId());
            w.writeAttribute("match-quality", String.valueOf(m.score()));
            if (!m.origin().isEmpty()) w.writeAttribute("origin", m.origin());
            w.writeStartElement("source");
            writeContent(m.source(), pairedTagIds(m.source()));
            w.writeEndElement();
            w.writeStartElement("target");
            writeContent(m.target(), pairedTagIds(m.target()));
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    /** Untranslated segments are empty in the target; ignorables are copied. */
    private static Content targetAsWritten(UnitPart p) {
        return p.target().orElse(p instanceof Segment ? Content.EMPTY : p.source());
    }

    /**
     * The unit's state in XLIFF 1.2 terms (1.2 has no per-segment state): the lowest state of the translated
     * segments; untranslated segments show as empty {@code mrk}s. "new" when nothing is translated.
     */
    static String state(Unit u) {
        SegmentState lowest = null;
        for (Segment s : u.segments()) {
            if (s.target().isPresent() && (lowest == null || s.state().ordinal() < lowest.ordinal())) lowest = s.state();
        }
        if (lowest == null) return "new";
        return switch (lowest) {
            case INITIAL -> "needs-translation"; // a target not yet confirmed, e.g. a fuzzy match pre-filled
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
            case FINAL -> "final";
        };
    }

    private void writeContent(Content c, Set<String> paired) throws XMLStreamException {
        for (Inline p : c.parts()) {
            if (p instanceof Inline.Text t) {
                w.writeCharacters(t.value());
            } else if (p instanceof Inline.Tag tag) {
                String element = switch (tag.kind()) {
                    case OPEN -> paired.contains(tag.id()) ? "bpt" : "it";
                    case CLOSE -> paired.contains(tag.id()) ? "ept" : "it";
                    case STANDALONE -> "ph";
                };
                w.writeStartElement(element);
                w.writeAttribute("id", tag.id());
                if (element.equals("it")) w.writeAttribute("pos", tag.kind() == Inline.TagKind.OPEN ? "open" : "close");
                if (!element.equals("ept") && !tag.type().isEmpty()) w.writeAttribute("ctype", ctype(tag.type()));
                w.writeCharacters(tag.data());
                w.writeEndElement();
            }
        }
    }

    /** Ids of tags whose opening and closing both occur in the content. */
    static Set<String> pairedTagIds(Content c) {
        Set<String> open = new HashSet<>();
        Set<String> paired = new HashSet<>();
        for (Inline.Tag t : c.tags()) {
            if (t.kind() == Inline.TagKind.OPEN) open.add(t.id());
            else if (t.kind() == Inline.TagKind.CLOSE && open.contains(t.id())) paired.add(t.id());
        }
        return paired;
    }

    private static final List<String> CTYPES = List.of("image", "pb", "lb", "bold", "italic", "underlined", "link");

    /** XLIFF 1.2 ctype: a predefined value or an x- prefixed one. */
    static String ctype(String type) {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (CTYPES.contains(t)) return t;
        return t.startsWith("x-") ? t : "x-" + t.replaceAll("[^a-z0-9_.-]", "-");
    }

    private void nl(int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
