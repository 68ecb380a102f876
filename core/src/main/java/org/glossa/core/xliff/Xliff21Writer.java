package org.glossa.core.xliff;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.glossa.core.model.SizeLimit;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * XLIFF 2.1 core: one {@code file}, {@code unit}s with {@code segment}s and {@code ignorable}s, inline codes as
 * {@code sc/ec/ph} whose original markup is in {@code originalData}. Segment, ignorable, code and term-mark ids share
 * the unit's id space and never clash ({@link CodeIds}): Glossa's own ids are s1, i1, c1, t1 as they are; content
 * read from another tool's XLIFF 1.2 keeps its segment ids (the keys {@link XliffUpdater} maps by), and when its
 * code ids collide with them ("1" and "1") the codes are written with a prefix the unit names in
 * {@code glossa:codePrefix}, which the readers take off again. Data ids are d1, d2….
 */
final class Xliff21Writer {
    static final String GLS_NS = "urn:oasis:names:tc:xliff:glossary:2.0";
    static final String GLS_PREFIX = "gls";
    static final String MTC_NS = "urn:oasis:names:tc:xliff:matches:2.0";
    static final String MTC_PREFIX = "mtc";
    private final XMLStreamWriter w;
    /** The current unit's code and term-mark ids. */
    private CodeIds ids;
    /** The document's size-restriction profiles. */
    private Profiles profiles;
    static final String SLR_PREFIX = "slr";
    /**
     * The chars of the text read last ({@link #scratchOf}), reused from text to text: a segment's text is scanned for
     * xml:space, for characters XML cannot hold and escaped from one copy, not three times through
     * {@code String.charAt}, which on a UTF-16 string calls a method the client compiler does not inline (decision
     * 0059).
     */
    private char[] scratch = new char[512];
    private String scratchOf;

    Xliff21Writer(XMLStreamWriter w) {
        this.w = w;
    }

    void write(Document doc) throws XMLStreamException {
        w.writeStartElement("xliff");
        w.writeDefaultNamespace(GlossaXliff.XLIFF2_NS);
        w.writeNamespace(GlossaXliff.PREFIX, GlossaXliff.NS);
        profiles = Profiles.of(doc);
        if (profiles.any()) w.writeNamespace(SLR_PREFIX, Xliff2Ns.SLR);
        w.writeAttribute("version", "2.1");
        w.writeAttribute("srcLang", doc.sourceLanguage());
        if (doc.targetLanguage().isPresent()) {
            w.writeAttribute("trgLang", doc.targetLanguage().get());
        } else if (doc.units().stream().flatMap(u -> u.parts().stream()).anyMatch(p -> p.target().isPresent())) {
            w.writeAttribute("trgLang", "und"); // targets need a trgLang; another tool's file may not say which
        }
        nl(1);
        w.writeStartElement("file");
        w.writeAttribute("id", "f1");
        w.writeAttribute("original", doc.name());
        w.writeAttribute(GlossaXliff.PREFIX, GlossaXliff.NS, "format", doc.format().id());
        if (doc.original().isPresent()) {
            w.writeAttribute(GlossaXliff.PREFIX, GlossaXliff.NS, "encoding", doc.original().get().encoding());
            nl(2);
            w.writeStartElement("skeleton");
            w.writeCharacters(Base64.getEncoder().encodeToString(doc.original().get().bytes()));
            w.writeEndElement();
        }
        if (profiles.any()) writeProfiles();
        Set<String> unitIds = new java.util.HashSet<>();
        for (Unit u : doc.units()) {
            String id = u.id();
            for (int n = 2; !unitIds.add(id); n++) id = u.id() + "_" + n; // unique in the file; saves map units by position
            writeUnit(u, id);
        }
        if (doc.units().isEmpty()) {
            nl(2);
            w.writeEmptyElement("group"); // a <file> needs a unit or a group: an empty document has none
            w.writeAttribute("id", "g1");
        }
        nl(1);
        w.writeEndElement();
        nl(0);
        w.writeEndElement();
    }

    private void writeUnit(Unit u, String id) throws XMLStreamException {
        nl(2);
        w.writeStartElement("unit");
        w.writeAttribute("id", id);
        w.writeAttribute("name", u.origin());
        w.writeAttribute("type", GlossaXliff.PREFIX + ":" + u.role().id());
        if (!u.translate()) w.writeAttribute("translate", "no");
        // most units of an article are text without inline codes or terms: none of the code bookkeeping below applies
        boolean codes = hasCodes(u);
        ids = codes || !u.terms().isEmpty() ? CodeIds.of(u) : CodeIds.NONE;
        if (!ids.prefix().isEmpty()) {
            w.writeAttribute(GlossaXliff.PREFIX, GlossaXliff.NS, CodeIds.PREFIX_ATTRIBUTE, ids.prefix());
        }
        Optional<String> renamed = ids.renamedAttribute();
        if (renamed.isPresent()) w.writeAttribute(GlossaXliff.PREFIX, GlossaXliff.NS, CodeIds.RENAMED_ATTRIBUTE, renamed.get());
        if (!u.limits().isEmpty()) writeLimits(u);
        if (!u.matches().isEmpty()) writeMatches(u);
        if (!u.terms().isEmpty() && u.terms().stream().anyMatch(Xliff21Writer::hasTranslation)) writeGlossary(u);
        if (!u.notes().isEmpty()) writeNotes(u);
        Map<String, String> dataIds = codes ? new LinkedHashMap<>() : Map.of();
        if (codes) {
            List<Content> all = new ArrayList<>();
            for (UnitPart p : u.parts()) {
                all.add(p.source());
                p.target().ifPresent(all::add);
            }
            for (Content c : all) {
                for (Inline.Tag t : c.tags()) {
                    if (!t.data().isEmpty()) dataIds.putIfAbsent(t.data(), "d" + (dataIds.size() + 1));
                }
            }
        }
        if (!dataIds.isEmpty()) {
            nl(3);
            w.writeStartElement("originalData");
            for (Map.Entry<String, String> d : dataIds.entrySet()) {
                nl(4);
                w.writeStartElement("data");
                w.writeAttribute("id", d.getValue());
                writeDataText(d.getKey());
                w.writeEndElement();
            }
            nl(3);
            w.writeEndElement();
        }
        Set<String> srcPaired = Set.of();
        Set<String> trgPaired = Set.of();
        if (codes) {
            srcPaired = Xliff12Writer.pairedTagIds(u.source());
            Content targets = Content.EMPTY;
            for (UnitPart p : u.parts()) targets = targets.append(p.target().orElse(Content.EMPTY));
            trgPaired = Xliff12Writer.pairedTagIds(targets);
        }
        CodeIds.Side srcSide = ids.side();
        CodeIds.Side trgSide = ids.side();
        for (UnitPart p : u.parts()) {
            nl(3);
            if (p instanceof Segment s) {
                w.writeStartElement("segment");
                w.writeAttribute("id", s.id());
                if (s.target().isPresent()) w.writeAttribute("state", s.state().id());
            } else {
                w.writeStartElement("ignorable");
                w.writeAttribute("id", ((Ignorable) p).id());
            }
            // source and target must agree on xml:space (XLIFF 2 processing requirement)
            boolean preserve = needsPreserve(p.source()) || p.target().isPresent() && needsPreserve(p.target().get());
            w.writeStartElement("source");
            if (preserve) preserveSpace();
            List<TermMark> marks = p instanceof Segment s ? u.termsOf(s.id()) : List.of();
            if (marks.isEmpty()) {
                writeContent(p.source(), dataIds, srcPaired, srcSide); // the one piece TermSpans.split gives
            } else {
                for (TermSpans.Piece piece : TermSpans.split(p.source(), marks)) {
                    if (piece.mark().isPresent()) {
                        w.writeStartElement("mrk");
                        w.writeAttribute("id", termMarkId(u, piece.mark().get()));
                        w.writeAttribute("type", "term");
                        writeContent(piece.content(), dataIds, srcPaired, srcSide);
                        w.writeEndElement();
                    } else {
                        writeContent(piece.content(), dataIds, srcPaired, srcSide);
                    }
                }
            }
            w.writeEndElement();
            if (p.target().isPresent()) {
                w.writeStartElement("target");
                if (preserve) preserveSpace();
                writeContent(p.target().get(), dataIds, trgPaired, trgSide);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        nl(2);
        w.writeEndElement();
    }

    private void writeLimits(Unit u) throws XMLStreamException {
        Optional<SizeLimit> size = u.limits().stream().filter(l -> profiles.general().filter(g -> sameProfile(g, l)).isPresent()).findFirst();
        Optional<SizeLimit> storage = u.limits().stream().filter(l -> profiles.storage().filter(g -> sameProfile(g, l)).isPresent()).findFirst();
        if (size.isPresent()) w.writeAttribute(SLR_PREFIX, Xliff2Ns.SLR, "sizeRestriction", String.valueOf(size.get().max()));
        if (storage.isPresent()) w.writeAttribute(SLR_PREFIX, Xliff2Ns.SLR, "storageRestriction", String.valueOf(storage.get().max()));
    }

    /**
     * The size-restriction profiles of the document: those of the first character limit and the first byte limit
     * of its units (a file has one of each; a unit's limit in another profile is not written).
     */
    private record Profiles(Optional<SizeLimit> general, Optional<SizeLimit> storage) {
        static Profiles of(Document doc) {
            // loops, not streams: every document comes here and most units have no limits (decision 0059)
            SizeLimit general = null;
            SizeLimit storage = null;
            for (Unit u : doc.units()) {
                for (SizeLimit l : u.limits()) {
                    if (!l.measure().isStorage()) {
                        if (general == null) general = l;
                    } else if (storage == null) {
                        storage = l;
                    }
                }
            }
            return new Profiles(Optional.ofNullable(general), Optional.ofNullable(storage));
        }

        boolean any() {
            return general.isPresent() || storage.isPresent();
        }
    }

    private static boolean sameProfile(SizeLimit a, SizeLimit b) {
        return a.measure() == b.measure() && a.normalization() == b.normalization();
    }

    /** {@code slr:profiles} with the normalization when it is not "none". */
    private void writeProfiles() throws XMLStreamException {
        nl(2);
        SizeLimit.Normalization general = profiles.general().map(SizeLimit::normalization).orElse(SizeLimit.Normalization.NONE);
        SizeLimit.Normalization storage = profiles.storage().map(SizeLimit::normalization).orElse(SizeLimit.Normalization.NONE);
        boolean normalized = general != SizeLimit.Normalization.NONE || storage != SizeLimit.Normalization.NONE;
        if (normalized) w.writeStartElement(SLR_PREFIX, "profiles", Xliff2Ns.SLR);
        else w.writeEmptyElement(SLR_PREFIX, "profiles", Xliff2Ns.SLR);
        w.writeAttribute("generalProfile", SizeLimit.Measure.CHARACTERS.profile());
        w.writeAttribute("storageProfile", profiles.storage().map(l -> l.measure().profile())
                .orElse(SizeLimit.Measure.UTF8_BYTES.profile()));
        if (normalized) {
            w.writeEmptyElement(SLR_PREFIX, "normalization", Xliff2Ns.SLR);
            w.writeAttribute("general", general.id());
            w.writeAttribute("storage", storage.id());
            w.writeEndElement();
        }
    }

    /** The unit's {@code <notes>}: id, category, priority and appliesTo when the note has them. */
    private void writeNotes(Unit u) throws XMLStreamException {
        nl(3);
        w.writeStartElement("notes");
        for (Note n : u.notes()) {
            nl(4);
            w.writeStartElement("note");
            if (!n.id().isEmpty()) w.writeAttribute("id", n.id());
            if (!n.author().isEmpty()) w.writeAttribute("category", n.author());
            if (n.priority() != 1) w.writeAttribute("priority", String.valueOf(n.priority()));
            if (n.appliesTo() != Note.AppliesTo.GENERAL) w.writeAttribute("appliesTo", n.appliesTo().id());
            w.writeCharacters(n.text());
            w.writeEndElement();
        }
        nl(3);
        w.writeEndElement();
    }

    /**
     * The matches module: one {@code mtc:match} per translation-memory match, pointing at its segment; a context
     * match (101) is an in-context match ({@code type="icm"}) of quality 100.
     */
    private void writeMatches(Unit u) throws XMLStreamException {
        nl(3);
        w.writeStartElement(MTC_PREFIX, "matches", MTC_NS);
        w.writeNamespace(MTC_PREFIX, MTC_NS);
        for (MatchSuggestion m : u.matches()) {
            nl(4);
            w.writeStartElement(MTC_PREFIX, "match", MTC_NS);
            w.writeAttribute("ref", "#" + m.segmentId());
            w.writeAttribute("type", m.score() > 100 ? "icm" : "tm");
            w.writeAttribute("matchQuality", Math.min(m.score(), 100) + ".0");
            w.writeAttribute("similarity", Math.min(m.score(), 100) + ".0");
            if (!m.origin().isEmpty()) w.writeAttribute("origin", m.origin());
            w.writeStartElement("source");
            writeContent(m.source(), Map.of(), Xliff12Writer.pairedTagIds(m.source()), ids.side());
            w.writeEndElement();
            w.writeStartElement("target");
            writeContent(m.target(), Map.of(), Xliff12Writer.pairedTagIds(m.target()), ids.side());
            w.writeEndElement();
            w.writeEndElement();
        }
        nl(3);
        w.writeEndElement();
    }

    /** The glossary module: one entry per marked term, pointing at its {@code mrk}, with the target terms. */
    private void writeGlossary(Unit u) throws XMLStreamException {
        nl(3);
        w.writeStartElement(GLS_PREFIX, "glossary", GLS_NS);
        w.writeNamespace(GLS_PREFIX, GLS_NS);
        for (TermMark m : u.terms()) {
            // an entry needs a translation (or definition): a term without targets stays a bare term marker
            if (!hasTranslation(m)) continue;
            nl(4);
            w.writeStartElement(GLS_PREFIX, "glossEntry", GLS_NS);
            w.writeAttribute("ref", "#" + termMarkId(u, m));
            w.writeStartElement(GLS_PREFIX, "term", GLS_NS);
            if (!m.source().isEmpty()) w.writeAttribute("source", m.source());
            w.writeCharacters(m.term());
            w.writeEndElement();
            for (TermMark.Target t : m.targets()) {
                if (t.status().equals("deprecated") || t.status().equals("superseded")) continue;
                w.writeStartElement(GLS_PREFIX, "translation", GLS_NS);
                if (!m.source().isEmpty()) w.writeAttribute("source", m.source());
                w.writeCharacters(t.text());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        nl(3);
        w.writeEndElement();
    }

    private static boolean hasTranslation(TermMark m) {
        return m.targets().stream().anyMatch(t -> !t.status().equals("deprecated") && !t.status().equals("superseded"));
    }

    /** The id of a term mark ({@link CodeIds}), in the order of the unit's term marks. */
    private String termMarkId(Unit u, TermMark m) {
        return ids.termMarkId(u.terms().indexOf(m));
    }

    /** Whether a source or target of the unit holds an inline code. */
    private static boolean hasCodes(Unit u) {
        for (UnitPart p : u.parts()) {
            if (p.source().hasTags() || p.target().filter(Content::hasTags).isPresent()) return true;
        }
        return false;
    }

    /**
     * White space at either end (what {@link String#strip} takes off: surrogates are never white space, so the end
     * chars tell), two spaces in a row, a line feed or a tab: one pass over the text instead of a strip and three
     * searches (decision 0059).
     */
    boolean needsPreserve(Content c) {
        String text = c.plainText();
        int n = text.length();
        if (n == 0) return false;
        char[] cs = chars(text);
        if (Character.isWhitespace(cs[0]) || Character.isWhitespace(cs[n - 1])) return true;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char ch = cs[i];
            if (ch == '\n' || ch == '\t' || ch == ' ' && previous == ' ') return true;
            previous = ch;
        }
        return false;
    }

    private void preserveSpace() throws XMLStreamException {
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
    }

    private void writeContent(Content c, Map<String, String> dataIds, Set<String> paired, CodeIds.Side side)
            throws XMLStreamException {
        for (Inline p : c.parts()) {
            if (p instanceof Inline.Text t) {
                writeText(t.value());
            } else if (p instanceof Inline.Tag tag) {
                String dataRef = dataIds.get(tag.data());
                switch (tag.kind()) {
                    case OPEN -> {
                        w.writeEmptyElement("sc");
                        String id = side.start(tag, paired.contains(tag.id()));
                        w.writeAttribute("id", id);
                        if (!paired.contains(tag.id())) w.writeAttribute("isolated", "yes");
                        if (dataRef != null) w.writeAttribute("dataRef", dataRef);
                        typeAttributes(tag.type());
                    }
                    case CLOSE -> {
                        w.writeEmptyElement("ec");
                        Optional<String> start = paired.contains(tag.id()) ? side.end(tag) : Optional.empty();
                        if (start.isPresent()) {
                            w.writeAttribute("startRef", start.get());
                        } else {
                            String id = side.start(tag, false);
                            w.writeAttribute("id", id);
                                w.writeAttribute("isolated", "yes");
                        }
                        if (dataRef != null) w.writeAttribute("dataRef", dataRef);
                        if (start.isEmpty()) typeAttributes(tag.type());
                    }
                    case STANDALONE -> {
                        w.writeEmptyElement("ph");
                        String id = side.start(tag, false);
                        w.writeAttribute("id", id);
                        if (dataRef != null) w.writeAttribute("dataRef", dataRef);
                        typeAttributes(tag.type());
                    }
                }
            }
        }
    }

    /** {@code s}'s chars, the first {@code s.length()} of the array returned (valid until the next call). */
    private char[] chars(String s) {
        if (s != scratchOf) {
            int n = s.length();
            if (scratch.length < n) scratch = new char[Math.max(n, 2 * scratch.length)];
            s.getChars(0, n, scratch, 0);
            scratchOf = s;
        }
        return scratch;
    }

    /** XLIFF 2 type values: fmt, ui, quote, link, image, other; bold/italic/underline as fmt with an xlf: subType. */
    private void typeAttributes(String type) throws XMLStreamException {
        String t = type.toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "bold", "b", "strong" -> fmt("xlf:b");
            case "italic", "i", "em" -> fmt("xlf:i");
            case "underlined", "u" -> fmt("xlf:u");
            case "link", "a" -> w.writeAttribute("type", "link");
            case "image", "img" -> w.writeAttribute("type", "image");
            case "fmt", "ui", "quote", "other" -> w.writeAttribute("type", t);
            case "" -> { }
            default -> w.writeAttribute("type", "other");
        }
    }

    private void fmt(String subType) throws XMLStreamException {
        w.writeAttribute("type", "fmt");
        w.writeAttribute("subType", subType);
    }

    /** Characters XML 1.0 cannot hold go out as {@code <cp hex="…"/>}. */
    private void writeText(String s) throws XMLStreamException {
        char[] cs = chars(s);
        if (allXmlChars(cs, s.length())) {
            w.writeCharacters(cs, 0, s.length()); // the same characters as s, as XMLStreamWriter defines it
            return;
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isXmlChar(cp)) {
                run.appendCodePoint(cp);
            } else {
                w.writeCharacters(run.toString());
                run.setLength(0);
                w.writeEmptyElement("cp");
                w.writeAttribute("hex", String.format("%04X", cp));
            }
            i += Character.charCount(cp);
        }
        w.writeCharacters(run.toString());
    }

    private void writeDataText(String s) throws XMLStreamException {
        writeText(s);
    }

    /** Whether the first {@code n} chars of {@code cs} are all characters of XML 1.0 (surrogates taken for none). */
    private static boolean allXmlChars(char[] cs, int n) {
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x20 ? c != 0x9 && c != 0xA && c != 0xD : c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) return false;
        }
        return true;
    }

    private static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    private static final String[] INDENT = {"\n", "\n  ", "\n    ", "\n      ", "\n        "};

    private void nl(int depth) throws XMLStreamException {
        w.writeCharacters(depth < INDENT.length ? INDENT[depth] : "\n" + "  ".repeat(depth));
    }
}
