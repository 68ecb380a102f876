package org.glossa.core.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The processing requirements of XLIFF 2 core that a schema cannot express: unique ids, matching start and end
 * markers, references into {@code originalData}, languages, target order, editing hints (canCopy, canDelete,
 * canReorder, canOverlap) and fragment identifiers. Runs after {@link Xliff2Structure} on the parts
 * {@link Xliff2Stream} delivers, keeping only the ids of the current file.
 */
final class Xliff2Validator implements Xliff2Stream.Listener {
    private static final Set<String> CODES = Set.of("ph", "pc", "sc", "ec");
    private static final Map<String, String> XLF_SUBTYPES = Map.of(
            "xlf:lb", "fmt", "xlf:pb", "fmt", "xlf:b", "fmt", "xlf:i", "fmt", "xlf:u", "fmt", "xlf:var", "ui");

    private final Report report;
    private String core = "";
    private String srcLang = "";
    private Optional<String> trgLang = Optional.empty();
    /** xml:lang and xml:space of the open containers, innermost first. */
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Set<String> fileIds = new HashSet<>();
    /** Ids in the current file: the check that needs the whole file (subFlows) waits for its end. */
    private final Set<String> groupIds = new HashSet<>();
    private final Set<String> unitIds = new HashSet<>();
    private final List<Pending> subFlows = new ArrayList<>();
    private String fileId = "";

    /** A subFlows reference to a unit not seen yet; {@code at} is the code without its content. */
    private record Pending(String unitId, XmlElement at, String attribute) {
    }

    Xliff2Validator(Report report) {
        this.report = report;
    }

    /** Inherited context: xml:lang and xml:space of the ancestors. */
    private record Scope(Optional<String> lang, String space) {
        Scope enter(XmlElement e) {
            return new Scope(e.attr(Xliff2Ns.XML, "lang").or(() -> lang), e.attr(Xliff2Ns.XML, "space").orElse(space));
        }
    }

    @Override
    public void header(XmlElement e) {
        if (scopes.isEmpty()) {
            core = e.ns();
            srcLang = e.attr("srcLang").orElse("");
            trgLang = e.attr("trgLang");
            scopes.push(new Scope(Optional.empty(), "default").enter(e));
            return;
        }
        scopes.push(scopes.element().enter(e));
        if (e.local().equals("file")) {
            unique(e, fileIds, "file");
            fileId = e.attr("id").orElse("");
            groupIds.clear();
            unitIds.clear();
            subFlows.clear();
            for (XmlElement sk : e.elements(core, "skeleton")) {
                boolean hasContent = sk.hasText() || !sk.elements().isEmpty();
                if (sk.has("href") == hasContent) {
                    throw report.at(sk, hasContent ? "<skeleton> with href must be empty" : "<skeleton> without href must have content");
                }
            }
        } else {
            unique(e, groupIds, "group");
        }
        container(e);
    }

    @Override
    public void end(XmlElement header) {
        scopes.pop();
        if (!header.local().equals("file")) return;
        for (Pending p : subFlows) {
            if (!unitIds.contains(p.unitId())) throw report.at(p.at(), p.attribute() + " '" + p.unitId() + "' is not a unit of the file");
        }
        subFlows.clear();
    }

    @Override
    public void unit(XmlElement u) {
        unique(u, unitIds, "unit");
        unit(u, scopes.element().enter(u));
    }

    /** Checks common to file, group and unit. */
    private void container(XmlElement e) {
        for (XmlElement notes : e.elements(core, "notes")) unique(notes.elements(core, "note"), "note");
        extensionIds(e);
    }

    /** Ids of extension elements are unique within their file, group or unit (per namespace). */
    private void extensionIds(XmlElement e) {
        Map<String, XmlElement> seen = new HashMap<>();
        for (XmlElement c : e.elements()) {
            if (Xliff2Ns.isCore(c.ns()) || Xliff2Ns.MODULE_ELEMENTS.containsKey(c.ns())) continue;
            List<XmlElement> all = new ArrayList<>(c.descendants());
            all.add(0, c);
            for (XmlElement x : all) {
                for (String id : new String[] {x.attr("id").orElse(null), x.attr(Xliff2Ns.XML, "id").orElse(null)}) {
                    if (id == null) continue;
                    if (seen.putIfAbsent(x.ns() + " " + id, x) != null) {
                        throw report.at(x, "duplicate extension element id '" + id + "'");
                    }
                }
            }
        }
    }

    // ---- unit ----

    private void unit(XmlElement unit, Scope scope) {
        container(unit);
        List<XmlElement> parts = unit.elements().stream()
                .filter(c -> c.is(core, "segment") || c.is(core, "ignorable")).toList();
        if (parts.stream().noneMatch(p -> p.local().equals("segment"))) {
            throw report.at(unit, "a <unit> needs at least one <segment>");
        }
        Map<String, XmlElement> data = new LinkedHashMap<>();
        for (XmlElement od : unit.elements(core, "originalData")) {
            for (XmlElement d : od.elements(core, "data")) {
                if (data.putIfAbsent(d.attr("id").orElse(""), d) != null) throw report.at(d, "duplicate data id '" + d.attr("id").orElse("") + "'");
                d.elements(core, "cp").forEach(this::cp);
            }
        }
        Set<String> noteIds = new HashSet<>();
        for (XmlElement notes : unit.elements(core, "notes")) {
            for (XmlElement n : notes.elements(core, "note")) n.attr("id").ifPresent(noteIds::add);
        }
        List<XmlElement> sources = new ArrayList<>();
        List<XmlElement> targets = new ArrayList<>();
        Set<String> partIds = new HashSet<>();
        for (XmlElement p : parts) {
            Optional<String> id = p.attr("id");
            if (id.isPresent() && !partIds.add(id.get())) throw report.at(p, "duplicate id '" + id.get() + "' in unit");
            if (p.has("subState") && !p.has("state")) throw report.at(p, "subState requires state");
            XmlElement source = p.elements().get(0);
            sources.add(source);
            Scope srcScope = scope.enter(p).enter(source);
            language(source, srcScope, srcLang, "srcLang");
            p.element(core, "target").ifPresent(t -> {
                if (trgLang.isEmpty()) throw report.at(t, "<target> present but <xliff> has no trgLang");
                Scope trgScope = scope.enter(p).enter(t);
                language(t, trgScope, trgLang.get(), "trgLang");
                if (!srcScope.space().equals(trgScope.space())) {
                    throw report.at(t, "xml:space of <target> ('" + trgScope.space() + "') differs from <source> ('" + srcScope.space() + "')");
                }
                targets.add(t);
            });
        }
        order(parts);
        UnitContext ctx = new UnitContext(unit, data, noteIds, partIds);
        side(ctx, sources, true);
        if (!targets.isEmpty()) side(ctx, targets, false);
        nonRemovable(parts, targets);
        reordering(parts);
    }

    private record UnitContext(XmlElement unit, Map<String, XmlElement> data, Set<String> noteIds, Set<String> partIds) {
    }

    private void language(XmlElement e, Scope scope, String expected, String what) {
        scope.lang().ifPresent(lang -> {
            if (!lang.toLowerCase(Locale.ROOT).equals(expected.toLowerCase(Locale.ROOT))) {
                throw report.at(e, "language '" + lang + "' differs from " + what + " '" + expected + "'");
            }
        });
    }

    private void order(List<XmlElement> parts) {
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            Optional<XmlElement> t = parts.get(i).element(core, "target");
            int pos = i + 1;
            if (t.isPresent() && t.get().has("order")) {
                String v = t.get().attr("order").orElse("");
                pos = v.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(v);
                if (pos > parts.size()) throw report.at(t.get(), "order " + v + " beyond the " + parts.size() + " parts of the unit");
            }
            if (!used.add(pos)) throw report.at(t.orElse(parts.get(i)), "order " + pos + " used twice");
        }
    }

    /** Inline checks on all sources (in order) or all targets of a unit. */
    private void side(UnitContext ctx, List<XmlElement> contents, boolean source) {
        List<XmlElement> inline = new ArrayList<>();
        for (XmlElement c : contents) inline.addAll(c.descendants());
        Set<String> ids = new HashSet<>(ctx.partIds());
        Map<String, XmlElement> codesById = new HashMap<>();
        for (XmlElement e : inline) {
            String name = e.local();
            boolean hasId = switch (name) {
                case "ph", "pc", "sc", "mrk", "sm" -> true;
                case "ec" -> e.has("id");
                default -> false;
            };
            if (hasId) {
                String id = e.attr("id").orElse("");
                if (!ids.add(id)) throw report.at(e, "duplicate id '" + id + "' in unit");
                if (CODES.contains(name)) codesById.put(id, e);
            }
        }
        Map<String, XmlElement> openSc = new HashMap<>();
        Map<String, XmlElement> allSc = new HashMap<>();
        Map<String, XmlElement> endedSc = new HashMap<>();
        Set<String> openSm = new HashSet<>();
        Set<String> allSm = new HashSet<>();
        for (XmlElement e : inline) {
            if (e.local().equals("sc")) allSc.put(e.attr("id").orElse(""), e);
            if (e.local().equals("sm")) allSm.add(e.attr("id").orElse(""));
        }
        Map<String, XmlElement> ecByRef = new HashMap<>();
        for (XmlElement e : inline) if (e.local().equals("ec") && e.has("startRef")) ecByRef.put(e.attr("startRef").orElse(""), e);
        for (XmlElement e : inline) {
            switch (e.local()) {
                case "cp" -> cp(e);
                case "sc" -> {
                    String id = e.attr("id").orElse("");
                    openSc.put(id, e);
                    boolean isolated = e.attr("isolated").orElse("no").equals("yes");
                    if (isolated && ecByRef.containsKey(id)) throw report.at(e, "isolated <sc> '" + id + "' has an <ec> in the unit");
                    if (!isolated && !ecByRef.containsKey(id)) throw report.at(e, "<sc> '" + id + "' has no <ec> in the unit and is not isolated");
                }
                case "ec" -> ec(e, openSc, allSc, endedSc, source);
                case "sm" -> openSm.add(e.attr("id").orElse(""));
                case "em" -> {
                    String ref = e.attr("startRef").orElse("");
                    if (source ? !openSm.remove(ref) : !allSm.contains(ref)) throw report.at(e, "<em> without matching <sm> '" + ref + "'");
                }
                case "mrk" -> mrk(ctx, e);
                default -> {
                    // ph, pc: checked below
                }
            }
            if (CODES.contains(e.local())) code(ctx, e, codesById);
            if (e.local().equals("sm") || e.local().equals("mrk")) {
                e.attr("ref").filter(r -> r.startsWith("#")).ifPresent(r -> fragment(e, r));
            }
        }
        if (source && !openSm.isEmpty()) {
            throw report.at(contents.get(contents.size() - 1), "<sm> '" + openSm.iterator().next() + "' without <em>");
        }
        if (!source) {
            Set<String> ended = new HashSet<>();
            for (XmlElement e : inline) if (e.local().equals("em")) ended.add(e.attr("startRef").orElse(""));
            for (String sm : allSm) if (!ended.contains(sm)) throw report.at(contents.get(0), "<sm> '" + sm + "' without <em>");
        }
    }

    private void ec(XmlElement e, Map<String, XmlElement> openSc, Map<String, XmlElement> allSc, Map<String, XmlElement> endedSc,
                    boolean source) {
        boolean isolated = e.attr("isolated").orElse("no").equals("yes");
        if (isolated) {
            if (e.has("startRef")) throw report.at(e, "isolated <ec> must use id, not startRef");
            if (!e.has("id")) throw report.at(e, "isolated <ec> needs an id");
            if (allSc.containsKey(e.attr("id").orElse(""))) throw report.at(e, "isolated <ec> has its <sc> in the unit");
            return;
        }
        if (e.has("id")) throw report.at(e, "<ec> that is not isolated must use startRef, not id");
        String ref = e.attr("startRef").orElseThrow(() -> report.at(e, "<ec> needs startRef (or isolated=\"yes\" and id)"));
        XmlElement sc = source ? openSc.remove(ref) : allSc.get(ref);
        if (sc == null) throw report.at(e, "<ec> without matching <sc> '" + ref + "'");
        endedSc.put(ref, sc);
        for (String a : List.of("canCopy", "canDelete", "canOverlap")) {
            if (!sc.attr(a).orElse("yes").equals(e.attr(a).orElse("yes"))) {
                throw report.at(e, a + " of <ec> differs from its <sc> '" + ref + "'");
            }
        }
        String scReorder = sc.attr("canReorder").orElse("yes");
        String ecReorder = e.attr("canReorder").orElse("yes");
        boolean ok = scReorder.equals("firstNo") ? ecReorder.equals("no") : scReorder.equals(ecReorder);
        if (!ok) throw report.at(e, "canReorder '" + ecReorder + "' of <ec> does not fit its <sc> ('" + scReorder + "')");
    }

    private void code(UnitContext ctx, XmlElement e, Map<String, XmlElement> codesById) {
        for (String a : List.of("dataRef", "dataRefStart", "dataRefEnd")) {
            e.attr(a).ifPresent(ref -> {
                if (!ctx.data().containsKey(ref)) throw report.at(e, a + " '" + ref + "' points to no <data> of the unit");
            });
        }
        e.attr("copyOf").ifPresent(ref -> {
            if (e.has("dataRef") || e.has("dataRefStart") || e.has("dataRefEnd")) {
                throw report.at(e, "a code with copyOf must not have original data");
            }
            XmlElement base = codesById.get(ref);
            if (base == null) throw report.at(e, "copyOf '" + ref + "' points to no code of the unit");
            if (base.attr("canCopy").orElse("yes").equals("no")) throw report.at(e, "copyOf '" + ref + "' points to a code with canCopy=\"no\"");
        });
        String reorder = e.attr("canReorder").orElse("yes");
        if (!reorder.equals("yes") && e.has("canReorder")) {
            if (!e.attr("canCopy").orElse("yes").equals("no") || !e.attr("canDelete").orElse("yes").equals("no")) {
                throw report.at(e, "canReorder=\"" + reorder + "\" requires canCopy=\"no\" and canDelete=\"no\"");
            }
        }
        e.attr("subType").ifPresent(st -> {
            String type = e.attr("type").orElseThrow(() -> report.at(e, "subType requires type"));
            if (st.startsWith("xlf:")) {
                String needed = XLF_SUBTYPES.get(st);
                if (needed == null) throw report.at(e, "unknown subType '" + st + "'");
                if (!needed.equals(type)) throw report.at(e, "subType '" + st + "' requires type '" + needed + "'");
            }
        });
        for (String a : List.of("subFlows", "subFlowsStart", "subFlowsEnd")) {
            e.attr(a).ifPresent(v -> {
                for (String id : v.split(" ")) {
                    if (!unitIds.contains(id)) subFlows.add(new Pending(id, new XmlElement(e.ns(), e.local(), Map.of(), List.of(), e.line(), e.column()), a));
                }
            });
        }
    }

    private void mrk(UnitContext ctx, XmlElement e) {
        if (!e.attr("type").orElse("").equals("comment")) return;
        boolean value = e.has("value");
        boolean ref = e.has("ref");
        if (value == ref) throw report.at(e, "a comment annotation needs either value or ref");
        if (ref) {
            String r = e.attr("ref").orElse("");
            if (!r.startsWith("#")) throw report.at(e, "comment ref must point to a note of the unit: '" + r + "'");
            Fragment f = fragment(e, r);
            boolean local = f.get("g").isEmpty()
                    && f.get("u").map(u -> u.equals(ctx.unit().attr("id").orElse(""))).orElse(f.get("f").isEmpty())
                    && f.get("f").map(x -> x.equals(fileId)).orElse(true);
            if (!local || !f.leaf().prefix().equals("n") || !ctx.noteIds().contains(f.leaf().id())) {
                throw report.at(e, "comment ref '" + r + "' does not point to a note of the unit");
            }
        }
    }

    Fragment fragment(XmlElement e, String ref) {
        return fragment(report, e, ref);
    }

    static Fragment fragment(Report report, XmlElement e, String ref) {
        try {
            return Fragment.parse(ref);
        } catch (IllegalArgumentException x) {
            throw report.at(e, "invalid fragment identifier '" + ref + "': " + x.getMessage());
        }
    }

    private void cp(XmlElement e) {
        String hex = e.attr("hex").orElse("");
        int cp = hex.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(hex, 16);
        boolean xmlChar = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (xmlChar) throw report.at(e, "<cp hex=\"" + hex + "\"> codes a character allowed in XML; write it as text");
        if (cp > 0x10FFFF) throw report.at(e, "<cp hex=\"" + hex + "\"> is not a Unicode code point");
    }

    // ---- editing hints across source and target ----

    /** A code marker in order: ph, pc start/end, sc, ec. */
    private record Marker(String key, String canReorder) {
    }

    private List<Marker> markers(XmlElement content) {
        List<Marker> out = new ArrayList<>();
        markers(content, out);
        return out;
    }

    private void markers(XmlElement e, List<Marker> out) {
        for (XmlElement c : e.elements()) {
            String reorder = c.attr("canReorder").orElse("yes");
            switch (c.local()) {
                case "ph", "sc" -> out.add(new Marker(c.local() + ":" + c.attr("id").orElse(""), reorder));
                case "ec" -> out.add(new Marker("ec:" + c.attr("startRef").or(() -> c.attr("id")).orElse(""), reorder));
                case "pc" -> {
                    out.add(new Marker("pc:" + c.attr("id").orElse(""), reorder));
                    markers(c, out);
                    out.add(new Marker("/pc:" + c.attr("id").orElse(""), reorder.equals("firstNo") ? "no" : reorder));
                }
                case "mrk" -> markers(c, out);
                default -> {
                    // cp, sm, em: not codes
                }
            }
        }
    }

    /** Codes with canDelete="no" in a segment that has a target must be in a target of the unit. */
    private void nonRemovable(List<XmlElement> parts, List<XmlElement> targets) {
        Set<String> inTargets = new HashSet<>();
        for (XmlElement t : targets) for (XmlElement c : t.descendants()) if (CODES.contains(c.local())) inTargets.add(codeKey(c));
        for (XmlElement p : parts) {
            Optional<XmlElement> t = p.element(core, "target");
            if (t.isEmpty()) continue;
            for (XmlElement c : p.elements().get(0).descendants()) {
                if (CODES.contains(c.local()) && c.attr("canDelete").orElse("yes").equals("no") && !inTargets.contains(codeKey(c))) {
                    throw report.at(t.get(), "code '" + codeKey(c) + "' has canDelete=\"no\" but is missing from the target");
                }
            }
        }
    }

    private static String codeKey(XmlElement c) {
        return c.local() + ":" + (c.local().equals("ec") ? c.attr("startRef").or(() -> c.attr("id")).orElse("") : c.attr("id").orElse(""));
    }

    /** A canReorder="no" code must follow a firstNo/no code; such a sequence keeps its order in the target. */
    private void reordering(List<XmlElement> parts) {
        for (XmlElement p : parts) {
            XmlElement source = p.elements().get(0);
            List<Marker> src = markers(source);
            List<List<String>> runs = new ArrayList<>();
            for (int i = 0; i < src.size(); i++) {
                Marker m = src.get(i);
                if (m.canReorder().equals("no")) {
                    if (i == 0 || src.get(i - 1).canReorder().equals("yes")) {
                        throw report.at(source, "code '" + m.key() + "' has canReorder=\"no\" without a preceding firstNo code");
                    }
                    runs.get(runs.size() - 1).add(m.key());
                } else if (m.canReorder().equals("firstNo")) {
                    runs.add(new ArrayList<>(List.of(m.key())));
                }
            }
            Optional<XmlElement> target = p.element(core, "target");
            if (target.isEmpty() || runs.isEmpty()) continue;
            List<String> trg = markers(target.get()).stream().map(Marker::key).toList();
            for (List<String> run : runs) {
                int start = trg.indexOf(run.get(0));
                if (start < 0 || !trg.containsAll(run)) continue;
                if (start + run.size() > trg.size() || !trg.subList(start, start + run.size()).equals(run)) {
                    throw report.at(target.get(), "codes " + run + " must not be reordered");
                }
            }
        }
    }

    private void unique(XmlElement e, Set<String> seen, String what) {
        Optional<String> id = e.attr("id");
        if (id.isPresent() && !seen.add(id.get())) throw report.at(e, "duplicate " + what + " id '" + id.get() + "'");
    }

    private void unique(List<XmlElement> elements, String what) {
        Set<String> seen = new HashSet<>();
        for (XmlElement e : elements) {
            Optional<String> id = e.attr("id");
            if (id.isPresent() && !seen.add(id.get())) throw report.at(e, "duplicate " + what + " id '" + id.get() + "'");
        }
    }
}
