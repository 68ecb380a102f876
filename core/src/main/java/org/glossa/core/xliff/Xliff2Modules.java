package org.glossa.core.xliff;

import static org.glossa.core.xliff.Xliff2Ns.CTR;
import static org.glossa.core.xliff.Xliff2Ns.FS;
import static org.glossa.core.xliff.Xliff2Ns.GLS;
import static org.glossa.core.xliff.Xliff2Ns.MDA;
import static org.glossa.core.xliff.Xliff2Ns.MTC;
import static org.glossa.core.xliff.Xliff2Ns.RES;
import static org.glossa.core.xliff.Xliff2Ns.SLR;
import static org.glossa.core.xliff.Xliff2Ns.VAL;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Constraints of the XLIFF 2 modules (format style, glossary, matches, metadata, resource data, change tracking,
 * size restriction, validation). Glossa keeps none of their data, but a file breaking them is not valid XLIFF. Runs on
 * the parts {@link Xliff2Stream} delivers: a change-tracking ref from a file or group to a later unit waits for it.
 */
final class Xliff2Modules implements Xliff2Stream.Listener {
    private static final Pattern RESTRICTION = Pattern.compile("\\*|[0-9]+|[0-9]+,(?:[0-9]+|\\*)");
    private static final Set<String> HTML = Set.of("a", "abbr", "acronym", "address", "applet", "area", "article",
            "aside", "audio", "b", "base", "basefont", "bdi", "bdo", "big", "blink", "blockquote", "body", "br",
            "button", "canvas", "caption", "center", "cite", "code", "col", "colgroup", "command", "datalist", "dd",
            "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption",
            "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
            "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "isindex", "kbd", "keygen",
            "label", "legend", "li", "link", "map", "mark", "menu", "meta", "meter", "nav", "noframes", "noscript",
            "object", "ol", "optgroup", "option", "output", "p", "param", "pre", "progress", "q", "rb", "rp", "rt",
            "ruby", "s", "samp", "script", "section", "select", "small", "source", "span", "strike", "strong",
            "style", "sub", "summary", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "time",
            "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr");
    private static final Pattern NUMBERISH = Pattern.compile("[-+]?[0-9.,eE]*[0-9][0-9.,eE]*");
    private static final Set<String> MATCH_TYPES = Set.of("am", "mt", "icm", "idm", "tb", "tm", "other");
    private static final Set<String> CONTAINERS = Set.of("glossary", "glossEntry", "matches", "metadata", "metaGroup",
            "resourceData", "resourceItem", "changeTrack", "revisions", "revision", "profiles", "validation");

    private final Report report;
    private XmlElement root;
    private String core = "";
    /** The headers of the open containers, innermost first: the ancestors of what comes next. */
    private final Deque<XmlElement> headers = new ArrayDeque<>();
    /** Per open container (innermost first), change-tracking refs to elements not seen yet. */
    private final Deque<List<Revisions>> waiting = new ArrayDeque<>();
    private List<Revisions> found = new ArrayList<>();
    private int waitingCount;

    /** A {@code <ctr:revisions>} whose ref points forward into the units of its file or group. */
    private record Revisions(XmlElement element, String ref) {
    }

    Xliff2Modules(Report report) {
        this.report = report;
    }

    @Override
    public void header(XmlElement header) {
        if (headers.isEmpty()) {
            root = header;
            core = header.ns();
        }
        resolve(header);
        found = new ArrayList<>();
        walk(header, headers);
        headers.push(header);
        waiting.push(found);
        waitingCount += found.size();
    }

    @Override
    public void unit(XmlElement unit) {
        resolve(unit);
        walk(unit, headers);
    }

    @Override
    public void end(XmlElement header) {
        headers.pop();
        for (Revisions r : waiting.pop()) {
            throw report.at(r.element(), "ref '" + r.ref() + "' points to no element of the enclosing " + header.local());
        }
    }

    /** The core elements of a group header or unit, in document order, may be what waiting revisions point to. */
    private void resolve(XmlElement e) {
        if (waitingCount == 0) return;
        List<XmlElement> all = new ArrayList<>(e.descendants());
        all.add(0, e);
        for (XmlElement x : all) {
            if (!Xliff2Ns.isCore(x.ns()) || x.attr("id").isEmpty()) continue;
            for (List<Revisions> list : waiting) {
                for (var it = list.iterator(); it.hasNext(); ) {
                    Revisions r = it.next();
                    if (!r.ref().equals(x.attr("id").get())) continue;
                    it.remove();
                    waitingCount--;
                    properties(r.element(), x);
                }
            }
        }
    }

    private void walk(XmlElement e, Deque<XmlElement> ancestors) {
        attributes(e, ancestors);
        String ns = e.ns();
        if (Xliff2Ns.MODULE_ELEMENTS.containsKey(ns) && CONTAINERS.contains(e.local()) && e.hasText()) {
            throw report.at(e, "text not allowed in module element <" + e.local() + ">");
        }
        switch (ns) {
            case GLS -> glossary(e);
            case MTC -> matches(e, ancestors);
            case MDA -> metadata(e, ancestors);
            case RES -> resource(e);
            case CTR -> changeTracking(e, ancestors);
            case VAL -> validation(e);
            default -> {
                // core and extensions
            }
        }
        ancestors.push(e);
        for (XmlElement c : e.elements()) walk(c, ancestors);
        ancestors.pop();
    }

    private void attributes(XmlElement e, Deque<XmlElement> ancestors) {
        boolean isolatedEc = e.is(core, "ec") && e.attr("isolated").orElse("no").equals("yes");
        e.attr(FS, "fs").ifPresent(v -> {
            if (!HTML.contains(v)) throw report.at(e, "fs:fs '" + v + "' is not an HTML element name");
        });
        if (e.attr(FS, "subFs").isPresent() && e.attr(FS, "fs").isEmpty()) throw report.at(e, "fs:subFs requires fs:fs");
        if (e.is(core, "ec") && !isolatedEc) {
            for (String[] a : new String[][] {{FS, "fs"}, {FS, "subFs"}, {SLR, "equivStorage"}, {SLR, "sizeInfo"}, {SLR, "sizeInfoRef"}}) {
                if (e.attr(a[0], a[1]).isPresent()) throw report.at(e, a[1] + " is only allowed on an isolated <ec>");
            }
        }
        for (String a : List.of("sizeRestriction", "storageRestriction")) {
            e.attr(SLR, a).ifPresent(v -> {
                if (!RESTRICTION.matcher(v).matches()) throw report.at(e, "slr:" + a + " '" + v + "' is not '*', 'n', 'n,m' or 'n,*'");
            });
        }
        e.attr(SLR, "equivStorage").ifPresent(v -> {
            if (!Xliff2Ns.NON_NEGATIVE_INT.matcher(v).matches()) throw report.at(e, "slr:equivStorage '" + v + "' is not an integer");
        });
        // The suites disagree on sizeInfo: core/valid has sizeInfo="some info", modules/invalid rejects "25.5".
        // A profile may give it any meaning, but a number must be a whole one.
        e.attr(SLR, "sizeInfo").ifPresent(v -> {
            if (NUMBERISH.matcher(v).matches() && !Xliff2Ns.NON_NEGATIVE_INT.matcher(v).matches()) {
                throw report.at(e, "slr:sizeInfo '" + v + "' is not an integer");
            }
        });
        e.attr(SLR, "sizeInfoRef").ifPresent(ref -> {
            if (e.attr(SLR, "sizeInfo").isPresent()) throw report.at(e, "slr:sizeInfo and slr:sizeInfoRef are exclusive");
            boolean found = false;
            List<XmlElement> scopes = new ArrayList<>(ancestors);
            for (XmlElement a : scopes) {
                for (XmlElement data : a.elements(SLR, "data")) {
                    for (XmlElement d : data.descendants()) if (d.attr("id").orElse("").equals(ref)) found = true;
                }
            }
            if (!found) throw report.at(e, "slr:sizeInfoRef '" + ref + "' points to nothing in an <slr:data> in scope");
        });
    }

    private void glossary(XmlElement e) {
        switch (e.local()) {
            case "glossary" -> {
                Set<String> ids = new HashSet<>();
                for (XmlElement x : e.descendants()) {
                    if ((x.is(GLS, "glossEntry") || x.is(GLS, "translation")) && x.has("id") && !ids.add(x.attr("id").orElse(""))) {
                        throw report.at(x, "duplicate glossary id '" + x.attr("id").orElse("") + "'");
                    }
                }
            }
            case "glossEntry" -> {
                if (e.elements(GLS, "translation").isEmpty() && e.elements(GLS, "definition").isEmpty()) {
                    throw report.at(e, "<gls:glossEntry> needs a <gls:translation> or a <gls:definition>");
                }
                e.attr("ref").filter(r -> r.startsWith("#")).ifPresent(r -> Xliff2Validator.fragment(report, e, r));
            }
            default -> {
                // term, translation, definition
            }
        }
    }

    private void matches(XmlElement e, Deque<XmlElement> ancestors) {
        if (e.local().equals("matches")) {
            Set<String> ids = new HashSet<>();
            for (XmlElement m : e.elements(MTC, "match")) {
                m.attr("id").ifPresent(id -> {
                    if (!Xliff2Ns.NMTOKEN.matcher(id).matches()) throw report.at(m, "match id '" + id + "' is not an NMTOKEN");
                    if (!ids.add(id)) throw report.at(m, "duplicate match id '" + id + "'");
                });
            }
            return;
        }
        if (e.attr(Xliff2Ns.XML, "lang").isPresent()) throw report.at(e, "xml:lang is not allowed on <mtc:match>");
        if (e.has("subType") && !e.has("type")) throw report.at(e, "subType requires type");
        e.attr("type").ifPresent(t -> {
            if (!MATCH_TYPES.contains(t)) throw report.at(e, "match type '" + t + "' is not one of " + new java.util.TreeSet<>(MATCH_TYPES));
        });
        String ref = e.attr("ref").orElseThrow(() -> report.at(e, "<mtc:match> needs ref"));
        if (!ref.startsWith("#")) throw report.at(e, "match ref '" + ref + "' is not a fragment identifier");
        Fragment f = Xliff2Validator.fragment(report, e, ref);
        Optional<XmlElement> unit = ancestors.stream().filter(a -> a.is(core, "unit")).findFirst();
        Set<String> inUnit = new HashSet<>();
        unit.ifPresent(u -> {
            for (XmlElement x : u.descendants()) {
                if (Xliff2Ns.isCore(x.ns()) && Set.of("segment", "ignorable", "mrk", "sm", "pc", "sc", "ph").contains(x.local())) {
                    x.attr("id").ifPresent(inUnit::add);
                }
            }
        });
        if (!f.leaf().prefix().equals("t") || !inUnit.contains(f.leaf().id())) {
            throw report.at(e, "match ref '" + ref + "' does not point to a span of its unit");
        }
    }

    private void metadata(XmlElement e, Deque<XmlElement> ancestors) {
        e.attr("id").ifPresent(id -> {
            if (!Xliff2Ns.NMTOKEN.matcher(id).matches()) throw report.at(e, "id '" + id + "' is not an NMTOKEN");
        });
        switch (e.local()) {
            case "metadata" -> {
                if (e.elements().isEmpty()) throw report.at(e, "<mda:metadata> needs a <mda:metaGroup>");
                Set<String> ids = new HashSet<>();
                for (XmlElement c : e.elements()) if (!c.is(MDA, "metaGroup")) throw report.at(c, "only <mda:metaGroup> allowed in <mda:metadata>");
                for (XmlElement g : e.descendants()) {
                    if (g.is(MDA, "metaGroup") && g.has("id") && !ids.add(g.attr("id").orElse(""))) {
                        throw report.at(g, "duplicate metaGroup id '" + g.attr("id").orElse("") + "'");
                    }
                }
            }
            case "metaGroup" -> e.attr("appliesTo").ifPresent(v -> {
                if (!Set.of("source", "target", "ignorable").contains(v)) throw report.at(e, "invalid appliesTo '" + v + "'");
            });
            case "meta" -> {
                if (!e.has("type")) throw report.at(e, "<mda:meta> needs type");
                if (e.has("appliesTo")) throw report.at(e, "appliesTo is not allowed on <mda:meta>");
                if (!e.elements().isEmpty()) throw report.at(e, "<mda:meta> holds text only");
            }
            default -> {
                // unknown names are rejected by the structure check
            }
        }
    }

    private void resource(XmlElement e) {
        switch (e.local()) {
            case "resourceData" -> {
                Set<String> ids = new HashSet<>();
                for (XmlElement c : e.elements()) {
                    if (c.has("id") && !ids.add(c.attr("id").orElse(""))) throw report.at(c, "duplicate resource id '" + c.attr("id").orElse("") + "'");
                }
            }
            case "source", "target", "reference" -> {
                boolean empty = !e.hasText() && e.elements().isEmpty();
                if (!e.local().equals("reference") && e.has("href") != empty) {
                    throw report.at(e, "href is required exactly when <res:" + e.local() + "> is empty");
                }
                Optional<String> lang = e.attr(Xliff2Ns.XML, "lang");
                // only the source language is constrained (a resource target may be in another locale variant)
                Optional<String> expected = e.local().equals("source") ? root.attr("srcLang") : Optional.empty();
                if (lang.isPresent() && expected.isPresent()
                        && !lang.get().toLowerCase(Locale.ROOT).equals(expected.get().toLowerCase(Locale.ROOT))) {
                    throw report.at(e, "xml:lang '" + lang.get() + "' differs from the document's '" + expected.get() + "'");
                }
            }
            default -> {
                // resourceItem, resourceItemRef
            }
        }
    }

    private void changeTracking(XmlElement e, Deque<XmlElement> ancestors) {
        if (!e.local().equals("revisions")) {
            if (e.local().equals("revision")) {
                Set<String> props = new HashSet<>();
                for (XmlElement item : e.elements(CTR, "item")) {
                    String p = item.attr("property").orElse("");
                    if (!props.add(p)) throw report.at(item, "property '" + p + "' repeated in one revision");
                }
            }
            return;
        }
        XmlElement scope = ancestors.stream().filter(a -> Xliff2Ns.isCore(a.ns())).findFirst().orElse(root);
        Optional<String> ref = e.attr("ref");
        if (ref.isEmpty()) return;
        Optional<XmlElement> target = scope.descendants().stream().filter(x -> Xliff2Ns.isCore(x.ns()) && x.attr("id").equals(ref)).findFirst();
        if (target.isPresent()) {
            properties(e, target.get());
        } else if (scope.is(core, "file") || scope.is(core, "group")) {
            // the units of the file or group come after this header
            found.add(new Revisions(e, ref.get()));
        } else {
            throw report.at(e, "ref '" + ref.get() + "' points to no element of the enclosing " + scope.local());
        }
    }

    /** The items of revisions that apply to their target name content or one of its attributes. */
    private void properties(XmlElement revisions, XmlElement target) {
        if (!target.local().equals(revisions.attr("appliesTo").orElse(""))) return;
        for (XmlElement item : revisions.descendants()) {
            if (!item.is(CTR, "item")) continue;
            String p = item.attr("property").orElse("");
            if (!p.equals("content") && !target.has(p)) {
                throw report.at(item, "property '" + p + "' is neither content nor an attribute of the <" + target.local() + ">");
            }
        }
    }

    private void validation(XmlElement e) {
        if (!e.local().equals("rule")) return;
        int kinds = 0;
        for (String a : List.of("isPresent", "isNotPresent", "startsWith", "endsWith")) if (e.has(a)) kinds++;
        boolean custom = e.attributes().keySet().stream().anyMatch(k -> k.startsWith("{") && !k.startsWith("{" + Xliff2Ns.XML + "}"));
        if (custom) kinds++;
        if (kinds != 1) throw report.at(e, "a rule needs exactly one of isPresent, isNotPresent, startsWith, endsWith or a custom rule");
        if (e.has("existsInSource") && !(e.has("isPresent") || e.has("startsWith") || e.has("endsWith"))) {
            throw report.at(e, "existsInSource needs isPresent, startsWith or endsWith");
        }
        check(e, "existsInSource", Set.of("yes", "no"));
        check(e, "caseSensitive", Set.of("yes", "no"));
        check(e, "disabled", Set.of("yes", "no"));
        check(e, "normalization", Set.of("none", "nfc", "nfd"));
        e.attr("occurs").ifPresent(v -> {
            if (!Xliff2Ns.POSITIVE_INT.matcher(v).matches()) throw report.at(e, "occurs '" + v + "' is not a positive integer");
        });
    }

    private void check(XmlElement e, String name, Set<String> values) {
        e.attr(name).ifPresent(v -> {
            if (!values.contains(v)) throw report.at(e, "invalid value '" + v + "' for " + name);
        });
    }
}
