package org.glossa.core.xliff;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * XLIFF 2.1 core: one {@code file}, {@code unit}s with {@code segment}s and {@code ignorable}s, inline codes as
 * {@code sc/ec/ph} whose original markup is in {@code originalData}. Segment, ignorable and code ids share the
 * unit's id space and never clash (s1, i1, c1); data ids are d1, d2….
 */
final class Xliff21Writer {
    static final String GLS_NS = "urn:oasis:names:tc:xliff:glossary:2.0";
    static final String GLS_PREFIX = "gls";
    static final String MTC_NS = "urn:oasis:names:tc:xliff:matches:2.0";
    static final String MTC_PREFIX = "mtc";
    private final XMLStreamWriter w;

    Xliff21Writer(XMLStreamWriter w) {
        this.w = w;
    }

    void write(Document doc) throws XMLStreamException {
        w.writeStartElement("xliff");
        w.writeDefaultNamespace(GlossaXliff.XLIFF2_NS);
        w.writeNamespace(GlossaXliff.PREFIX, GlossaXliff.NS);
        w.writeAttribute("version", "2.1");
        w.writeAttribute("srcLang", doc.sourceLanguage());
        if (doc.targetLanguage().isPresent()) w.writeAttribute("trgLang", doc.targetLanguage().get());
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
        for (Unit u : doc.units()) writeUnit(u);
        nl(1);
        w.writeEndElement();
        nl(0);
        w.writeEndElement();
    }

    private void writeUnit(Unit u) throws XMLStreamException {
        nl(2);
        w.writeStartElement("unit");
        w.writeAttribute("id", u.id());
        w.writeAttribute("name", u.origin());
        w.writeAttribute("type", GlossaXliff.PREFIX + ":" + u.role().id());
        if (!u.translate()) w.writeAttribute("translate", "no");
        if (!u.matches().isEmpty()) writeMatches(u);
        if (!u.terms().isEmpty()) writeGlossary(u);
        Map<String, String> dataIds = new LinkedHashMap<>();
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
        Set<String> srcPaired = Xliff12Writer.pairedTagIds(u.source());
        Content targets = Content.EMPTY;
        for (UnitPart p : u.parts()) targets = targets.append(p.target().orElse(Content.EMPTY));
        Set<String> trgPaired = Xliff12Writer.pairedTagIds(targets);
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
            boolean preserve = needsPreserve(p.source()) || p.target().map(Xliff21Writer::needsPreserve).orElse(false);
            w.writeStartElement("source");
            if (preserve) preserveSpace();
            List<TermMark> marks = p instanceof Segment s ? u.termsOf(s.id()) : List.of();
            for (TermSpans.Piece piece : TermSpans.split(p.source(), marks)) {
                if (piece.mark().isPresent()) {
                    w.writeStartElement("mrk");
                    w.writeAttribute("id", termMarkId(u, piece.mark().get()));
                    w.writeAttribute("type", "term");
                    writeContent(piece.content(), dataIds, srcPaired);
                    w.writeEndElement();
                } else {
                    writeContent(piece.content(), dataIds, srcPaired);
                }
            }
            w.writeEndElement();
            if (p.target().isPresent()) {
                w.writeStartElement("target");
                if (preserve) preserveSpace();
                writeContent(p.target().get(), dataIds, trgPaired);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        nl(2);
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
            writeContent(m.source(), Map.of(), Xliff12Writer.pairedTagIds(m.source()));
            w.writeEndElement();
            w.writeStartElement("target");
            writeContent(m.target(), Map.of(), Xliff12Writer.pairedTagIds(m.target()));
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

    /** t1, t2… in the order of the unit's term marks: unique in the unit, never clashing with s/i/c ids. */
    private static String termMarkId(Unit u, TermMark m) {
        return "t" + (u.terms().indexOf(m) + 1);
    }

    private static boolean needsPreserve(Content c) {
        String text = c.plainText();
        return !text.equals(text.strip()) || text.contains("  ") || text.contains("\n") || text.contains("\t");
    }

    private void preserveSpace() throws XMLStreamException {
        w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
    }

    private void writeContent(Content c, Map<String, String> dataIds, Set<String> paired) throws XMLStreamException {
        for (Inline p : c.parts()) {
            if (p instanceof Inline.Text t) {
                writeText(t.value());
            } else if (p instanceof Inline.Tag tag) {
                String dataRef = dataIds.get(tag.data());
                switch (tag.kind()) {
                    case OPEN -> {
                        w.writeEmptyElement("sc");
                        w.writeAttribute("id", tag.id());
                        if (!paired.contains(tag.id())) w.writeAttribute("isolated", "yes");
                        if (dataRef != null) w.writeAttribute("dataRef", dataRef);
                        typeAttributes(tag.type());
                    }
                    case CLOSE -> {
                        w.writeEmptyElement("ec");
                        if (paired.contains(tag.id())) {
                            w.writeAttribute("startRef", tag.id());
                        } else {
                            w.writeAttribute("id", tag.id());
                            w.writeAttribute("isolated", "yes");
                        }
                        if (dataRef != null) w.writeAttribute("dataRef", dataRef);
                        if (!paired.contains(tag.id())) typeAttributes(tag.type());
                    }
                    case STANDALONE -> {
                        w.writeEmptyElement("ph");
                        w.writeAttribute("id", tag.id());
                        if (dataRef != null) w.writeAttribute("dataRef", dataRef);
                        typeAttributes(tag.type());
                    }
                }
            }
        }
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
        if (allXmlChars(s)) {
            w.writeCharacters(s);
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

    private static boolean allXmlChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
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
