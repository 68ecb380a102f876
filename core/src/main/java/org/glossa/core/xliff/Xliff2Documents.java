package org.glossa.core.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Note;
import org.glossa.core.model.Original;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.SizeLimit;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/** Builds the documents from the checked parts {@link Xliff2Stream} delivers: one per {@code <file>}. */
final class Xliff2Documents implements Xliff2Stream.Listener {

    private final Report report;
    private String core = "";
    private String srcLang = "";
    private Optional<String> trgLang = Optional.empty();
    /** The current unit's {@code glossa:codePrefix} ({@link CodeIds}), "" when it has none. */
    private String codePrefix = "";
    /** The current unit's {@code glossa:codeIds}: written id → model id. */
    private Map<String, String> renamedCodes = Map.of();
    /** translate of the open file and groups, innermost first. */
    private final Deque<Boolean> translate = new ArrayDeque<>();
    private List<Unit> units = new ArrayList<>();
    private Profiles profiles = Profiles.DEFAULT;
    private final List<Document> documents = new ArrayList<>();

    Xliff2Documents(Report report) {
        this.report = report;
    }

    /** The documents of the files read so far. */
    List<Document> documents() {
        return List.copyOf(documents);
    }

    @Override
    public void header(XmlElement e) {
        if (e.local().equals("xliff")) {
            core = e.ns();
            srcLang = e.attr("srcLang").orElse("");
            trgLang = e.attr("trgLang");
            return;
        }
        boolean inherited = translate.isEmpty() || translate.peek();
        translate.push(e.attr("translate").map("yes"::equals).orElse(inherited));
        if (e.local().equals("file")) {
            units = new ArrayList<>();
            profiles = Profiles.of(e.element(Xliff2Ns.SLR, "profiles"));
        }
    }

    /**
     * The file's size-restriction profiles ({@code slr:profiles}): the measures its {@code slr:sizeRestriction} and
     * {@code slr:storageRestriction} count in (empty for a profile Glossa cannot count) and their normalizations.
     * Without the element, the spec's own profiles {@code xliff:codepoints} and {@code xliff:utf8}, no normalization.
     */
    private record Profiles(Optional<SizeLimit.Measure> general, Optional<SizeLimit.Measure> storage,
                            SizeLimit.Normalization generalNormalization, SizeLimit.Normalization storageNormalization) {
        static final Profiles DEFAULT = new Profiles(Optional.of(SizeLimit.Measure.CHARACTERS),
                Optional.of(SizeLimit.Measure.UTF8_BYTES), SizeLimit.Normalization.NONE, SizeLimit.Normalization.NONE);

        static Profiles of(Optional<XmlElement> profiles) {
            if (profiles.isEmpty()) return DEFAULT;
            XmlElement p = profiles.get();
            Optional<XmlElement> n = p.element(Xliff2Ns.SLR, "normalization");
            return new Profiles(
                    SizeLimit.Measure.ofProfile(p.attr("generalProfile").orElse("xliff:codepoints")).filter(m -> !m.isStorage()),
                    SizeLimit.Measure.ofProfile(p.attr("storageProfile").orElse("xliff:utf8")).filter(SizeLimit.Measure::isStorage),
                    SizeLimit.Normalization.of(n.flatMap(x -> x.attr("general")).orElse("none")),
                    SizeLimit.Normalization.of(n.flatMap(x -> x.attr("storage")).orElse("none")));
        }
    }

    /** The unit's size and storage restrictions with a maximum, in the file's profiles Glossa can count. */
    private List<SizeLimit> limits(XmlElement u) {
        List<SizeLimit> out = new ArrayList<>();
        maximum(u.attr(Xliff2Ns.SLR, "sizeRestriction")).ifPresent(max -> profiles.general()
                .ifPresent(m -> out.add(new SizeLimit(m, max, profiles.generalNormalization()))));
        maximum(u.attr(Xliff2Ns.SLR, "storageRestriction")).ifPresent(max -> profiles.storage()
                .ifPresent(m -> out.add(new SizeLimit(m, max, profiles.storageNormalization()))));
        return out;
    }

    /** The maximum of a restriction: "n" and "n,m" have one (n, m), "*" and "n,*" none. */
    private static Optional<Integer> maximum(Optional<String> restriction) {
        if (restriction.isEmpty()) return Optional.empty();
        String v = restriction.get().trim();
        String max = v.substring(v.indexOf(',') + 1).trim();
        if (max.isEmpty() || max.length() > 9 || !max.chars().allMatch(Character::isDigit)) return Optional.empty();
        return Optional.of(Integer.parseInt(max));
    }

    /** The unit's {@code <notes>}: text, id, category, priority and appliesTo of each note. */
    private List<Note> notes(XmlElement u) {
        List<Note> out = new ArrayList<>();
        for (XmlElement notes : u.elements(core, "notes")) {
            for (XmlElement n : notes.elements(core, "note")) {
                Note.AppliesTo applies = Note.AppliesTo.of(n.attr("appliesTo").orElse(""));
                out.add(new Note(n.attr("id").orElse(""), n.text(), n.attr("category").orElse(""), applies,
                        Note.priorityOf(n.attr("priority").orElse(""))));
            }
        }
        return out;
    }

    @Override
    public void unit(XmlElement u) {
        units.add(unit(u, u.attr("translate").map("yes"::equals).orElse(translate.element())));
    }

    @Override
    public void end(XmlElement e) {
        if (e.local().equals("xliff")) return;
        translate.pop();
        if (!e.local().equals("file")) return;
        String name = e.attr("original").map(Xliff2Documents::baseName).filter(s -> !s.isEmpty()).orElse(e.attr("id").orElse(""));
        Format format = e.attr(Xliff2Ns.GLOSSA, "format").flatMap(Format::fromId).orElse(Format.UNKNOWN);
        documents.add(new Document(name, format, srcLang, trgLang, units, original(e, report)));
        units = new ArrayList<>();
    }

    /**
     * Whether {@code text} holds only base64's characters and white space, as {@code [A-Za-z0-9+/=\\s]*} matches
     * (white space as regular expressions' {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage
     * return): a loop, as every file's skeleton is checked (a regular expression took two thirds of QA's time on it).
     */
    static boolean base64Characters(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=' || c == ' ' || c >= '\t' && c <= '\r';
            if (!ok) return false;
        }
        return true;
    }

    private static String baseName(String original) {
        return original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    }

    /** The embedded original: base64 text of a skeleton without href in a file Glossa wrote. */
    private Optional<Original> original(XmlElement file, Report report) {
        Optional<XmlElement> skeleton = file.element(core, "skeleton");
        if (skeleton.isEmpty() || skeleton.get().has("href") || !skeleton.get().elements().isEmpty()) return Optional.empty();
        boolean ours = file.attributes().keySet().stream().anyMatch(k -> k.startsWith("{" + Xliff2Ns.GLOSSA + "}"));
        if (!ours) return Optional.empty();
        String text = skeleton.get().text();
        if (!base64Characters(text)) throw report.at(skeleton.get(), "skeleton is not base64");
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            // base64 characters, but a bad length or padding ("Last unit does not have enough valid bits")
            throw report.at(skeleton.get(), "skeleton is not valid base64: " + e.getMessage());
        }
        return Optional.of(new Original(bytes, file.attr(Xliff2Ns.GLOSSA, "encoding").orElse("UTF-8")));
    }

    private Unit unit(XmlElement u, boolean translate) {
        String id = u.attr("id").orElse("");
        codePrefix = u.attr(Xliff2Ns.GLOSSA, CodeIds.PREFIX_ATTRIBUTE).orElse("");
        renamedCodes = CodeIds.renamed(u.attr(Xliff2Ns.GLOSSA, CodeIds.RENAMED_ATTRIBUTE));
        Role role = u.attr("type").flatMap(Role::fromId).orElse(Role.BODY);
        Map<String, String> data = new java.util.HashMap<>();
        for (XmlElement od : u.elements(core, "originalData")) {
            for (XmlElement d : od.elements(core, "data")) data.put(d.attr("id").orElse(""), dataText(d));
        }
        Set<String> used = new HashSet<>();
        for (XmlElement p : u.elements()) p.attr("id").ifPresent(used::add);
        List<UnitPart> parts = new ArrayList<>();
        Map<String, TermSpan> spans = new java.util.LinkedHashMap<>();
        for (XmlElement p : u.elements()) {
            boolean segment = p.is(core, "segment");
            if (!segment && !p.is(core, "ignorable")) continue;
            String partId = p.attr("id").orElseGet(() -> freshId(segment ? "s" : "i", used));
            Content source = content(p.elements().get(0), data, segment ? partId : null, spans);
            Optional<Content> target = p.element(core, "target").map(t -> content(t, data));
            if (segment) {
                SegmentState state = p.attr("state").map(s -> SegmentState.valueOf(s.toUpperCase(java.util.Locale.ROOT)))
                        .orElse(SegmentState.INITIAL);
                parts.add(new Segment(partId, source, target, state));
            } else {
                parts.add(new Ignorable(partId, source, target));
            }
        }
        return new Unit(id, role, translate, u.attr("name").orElse(id), parts, terms(u, spans), matches(u, parts, data),
                notes(u), limits(u));
    }

    /** A {@code <mrk type="term">} of a segment's source: its coded offsets and text. */
    private record TermSpan(String segmentId, int start, int end, String text) {
    }

    /**
     * Term marks: one per glossary-module entry whose {@code ref} names a term marker (term and translations from the
     * entry), in the glossary's order, then the term markers no entry names (the marked text, no targets).
     */
    private List<TermMark> terms(XmlElement u, Map<String, TermSpan> spans) {
        List<TermMark> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (XmlElement glossary : u.elements(Xliff2Ns.GLS, "glossary")) {
            for (XmlElement entry : glossary.elements(Xliff2Ns.GLS, "glossEntry")) {
                String ref = entry.attr("ref").map(r -> r.startsWith("#") ? r.substring(1) : r).orElse("");
                TermSpan span = spans.get(ref);
                if (span == null || !named.add(ref)) continue;
                Optional<XmlElement> term = entry.element(Xliff2Ns.GLS, "term");
                List<TermMark.Target> targets = new ArrayList<>();
                for (XmlElement t : entry.elements(Xliff2Ns.GLS, "translation")) targets.add(new TermMark.Target(t.text(), ""));
                out.add(new TermMark(span.segmentId(), span.start(), span.end(), term.map(XmlElement::text).orElse(span.text()),
                        targets, term.flatMap(t -> t.attr("source")).orElse("")));
            }
        }
        for (Map.Entry<String, TermSpan> e : spans.entrySet()) {
            if (named.contains(e.getKey())) continue;
            TermSpan span = e.getValue();
            out.add(new TermMark(span.segmentId(), span.start(), span.end(), span.text(), List.of(), ""));
        }
        return out;
    }

    /**
     * The matches module: each {@code mtc:match} whose {@code ref} names a segment of the unit, scored by its
     * {@code matchQuality} (rounded; 101 for an in-context match of quality 100, 0 without quality).
     */
    private List<MatchSuggestion> matches(XmlElement u, List<UnitPart> parts, Map<String, String> data) {
        Set<String> segments = new HashSet<>();
        for (UnitPart p : parts) if (p instanceof Segment) segments.add(p.id());
        List<MatchSuggestion> out = new ArrayList<>();
        for (XmlElement list : u.elements(Xliff2Ns.MTC, "matches")) {
            for (XmlElement m : list.elements(Xliff2Ns.MTC, "match")) {
                String ref = m.attr("ref").map(r -> r.startsWith("#") ? r.substring(1) : r).orElse("");
                Optional<XmlElement> source = m.element(core, "source");
                Optional<XmlElement> target = m.element(core, "target");
                if (!segments.contains(ref) || source.isEmpty() || target.isEmpty()) continue;
                double quality = m.attr("matchQuality").map(Xliff2Documents::number).orElse(0.0);
                int score = (int) Math.round(Math.max(0, Math.min(100, quality)));
                if (score == 100 && "icm".equals(m.attr("type").orElse(""))) score = 101;
                out.add(new MatchSuggestion(ref, score, content(source.get(), data), content(target.get(), data),
                        m.attr("origin").orElse("")));
            }
        }
        return out;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0; // the validator has reported a bad matchQuality already
        }
    }

    private static String freshId(String prefix, Set<String> used) {
        int n = 1;
        while (used.contains(prefix + n)) n++;
        used.add(prefix + n);
        return prefix + n;
    }

    /** Text and cp of a data element. */
    private String dataText(XmlElement e) {
        StringBuilder sb = new StringBuilder();
        for (XmlNode n : e.children()) {
            if (n instanceof XmlText t) sb.append(t.value());
            else if (n instanceof XmlElement c && c.is(core, "cp")) sb.appendCodePoint(Integer.parseInt(c.attr("hex").orElse("0"), 16));
        }
        return sb.toString();
    }

    /** A code's id as the model has it ({@link CodeIds}). */
    private String codeId(XmlElement code, Optional<String> written) {
        return CodeIds.read(written.orElse(""), renamedCodes, codePrefix);
    }

    private Content content(XmlElement e, Map<String, String> data) {
        return content(e, data, null, new java.util.HashMap<>());
    }

    /** The content of e; with a segment id, its term markers are added to {@code spans} by marker id. */
    private Content content(XmlElement e, Map<String, String> data, String segmentId, Map<String, TermSpan> spans) {
        List<Inline> out = new ArrayList<>();
        inline(e, data, out, segmentId, spans);
        return new Content(out);
    }

    private void inline(XmlElement e, Map<String, String> data, List<Inline> out, String segmentId, Map<String, TermSpan> spans) {
        for (XmlNode n : e.children()) {
            if (n instanceof XmlText t) {
                out.add(new Inline.Text(t.value()));
                continue;
            }
            XmlElement c = (XmlElement) n;
            String type = codeType(c);
            switch (c.local()) {
                case "cp" -> out.add(new Inline.Text(Character.toString(Integer.parseInt(c.attr("hex").orElse("0"), 16))));
                case "ph" -> out.add(new Inline.Tag(TagKind.STANDALONE, codeId(c, c.attr("id")), type, data(c, "dataRef", data)));
                case "sc" -> out.add(new Inline.Tag(TagKind.OPEN, codeId(c, c.attr("id")), type, data(c, "dataRef", data)));
                case "ec" -> out.add(new Inline.Tag(TagKind.CLOSE, codeId(c, c.attr("startRef").or(() -> c.attr("id"))), type,
                        data(c, "dataRef", data)));
                case "pc" -> {
                    String id = codeId(c, c.attr("id"));
                    out.add(new Inline.Tag(TagKind.OPEN, id, type, data(c, "dataRefStart", data)));
                    inline(c, data, out, segmentId, spans);
                    out.add(new Inline.Tag(TagKind.CLOSE, id, type, data(c, "dataRefEnd", data)));
                }
                case "mrk" -> {
                    int start = new Content(out).codedLength();
                    inline(c, data, out, segmentId, spans);
                    Content all = new Content(out);
                    int end = all.codedLength();
                    boolean term = "term".equals(c.attr("type").orElse("")) && segmentId != null && end > start;
                    if (term) spans.putIfAbsent(c.attr("id").orElse(""), new TermSpan(segmentId, start, end, all.slice(start, end).plainText()));
                }
                default -> {
                    // sm, em: annotation markers are dropped
                }
            }
        }
    }

    /**
     * The model's tag type of a code: bold, italic, underlined for {@code fmt} with subType xlf:b, xlf:i, xlf:u (as
     * {@link Xliff21Writer} writes them), else the {@code type} value, empty without one.
     */
    private static String codeType(XmlElement c) {
        String type = c.attr("type").orElse("");
        if (type.equals("fmt")) {
            switch (c.attr("subType").orElse("")) {
                case "xlf:b" -> {
                    return "bold";
                }
                case "xlf:i" -> {
                    return "italic";
                }
                case "xlf:u" -> {
                    return "underlined";
                }
                default -> {
                    return type;
                }
            }
        }
        return type;
    }

    private static String data(XmlElement code, String attribute, Map<String, String> data) {
        return code.attr(attribute).map(data::get).orElse("");
    }
}
