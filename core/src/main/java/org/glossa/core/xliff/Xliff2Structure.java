package org.glossa.core.xliff;

import static org.glossa.core.xliff.Xliff2Ns.XML;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of the XLIFF 2 core schema that the reader relies on: element order and counts
 * ({@link Xliff2ContentModel}), required attributes, which attributes an element may carry and enumerated or
 * patterned attribute values. Runs on the parts {@link Xliff2Stream} delivers.
 */
final class Xliff2Structure implements Xliff2Stream.Listener {
    private enum Foreign { ANY, INLINE, NONE }

    private static final Set<String> YES_NO = Set.of("yes", "no");
    private static final Set<String> DIRS = Set.of("ltr", "rtl", "auto");
    private static final Set<String> CODE_TYPES = Set.of("fmt", "ui", "quote", "link", "image", "other");
    private static final Set<String> STATES = Set.of("initial", "translated", "reviewed", "final");
    private static final Set<String> CODE_ATTRS = Set.of("id", "canCopy", "canDelete", "canReorder", "copyOf", "dataRef",
            "disp", "equiv", "subFlows", "subType", "type", "dir", "canOverlap", "isolated");

    private final Report report;
    private String core = "";
    /** The content-model cursors of the open containers, innermost first. */
    private final Deque<Xliff2ContentModel.Cursor> cursors = new ArrayDeque<>();

    Xliff2Structure(Report report) {
        this.report = report;
    }

    @Override
    public void open(XmlElement e) {
        if (cursors.isEmpty()) {
            if (!Xliff2Ns.isCore(e.ns()) || !e.local().equals("xliff")) {
                throw report.at(e, "not an XLIFF 2 document (root element {" + e.ns() + "}" + e.local() + ")");
            }
            core = e.ns();
        }
        Xliff2ContentModel model = Xliff2ContentModel.of(e);
        attributes(e, model);
        if (cursors.isEmpty()) {
            String version = e.attr("version").orElse("");
            if (!version.matches("2\\.[0-2]")) throw report.at(e, "unsupported XLIFF version '" + version + "'");
        }
        cursors.push(model.cursor(report, core, e));
    }

    @Override
    public void child(XmlElement child) {
        cursors.element().accept(child);
    }

    /** The children before the first unit or group; their order was checked as they came. */
    @Override
    public void header(XmlElement e) {
        noText(e);
        for (XmlElement c : e.elements()) {
            if (c.is(core, "skeleton")) attributes(c, Set.of("href"), Foreign.NONE);
            else if (c.is(core, "notes")) notes(c);
            else foreignElement(c);
        }
    }

    @Override
    public void text(XmlElement container) {
        throw report.at(container, "text not allowed in <" + container.local() + ">");
    }

    @Override
    public void end(XmlElement header) {
        cursors.pop().end();
    }

    @Override
    public void unit(XmlElement e) {
        attributes(e, Xliff2ContentModel.UNIT);
        noText(e);
        Xliff2ContentModel.Cursor cursor = Xliff2ContentModel.UNIT.cursor(report, core, e);
        for (XmlElement c : e.elements()) {
            switch (cursor.accept(c)) {
                case FOREIGN -> foreignElement(c);
                case NOTES -> notes(c);
                case ORIGINAL_DATA -> originalData(c);
                default -> part(c);
            }
        }
        cursor.end();
    }

    private void part(XmlElement e) {
        if (e.local().equals("segment")) {
            attributes(e, Set.of("id", "canResegment", "state", "subState"), Foreign.NONE);
        } else {
            attributes(e, Set.of("id"), Foreign.NONE);
        }
        noText(e);
        List<XmlElement> children = e.elements();
        if (children.isEmpty() || !children.get(0).is(core, "source")) {
            throw report.at(e, "<" + e.local() + "> must start with <source>");
        }
        for (int i = 1; i < children.size(); i++) {
            if (i > 1 || !children.get(i).is(core, "target")) throw unexpected(children.get(i), e);
        }
        for (XmlElement c : children) {
            attributes(c, c.local().equals("target") ? Set.of("order") : Set.of(), Foreign.NONE);
            content(c);
        }
    }

    private void notes(XmlElement e) {
        attributes(e, Set.of(), Foreign.NONE);
        noText(e);
        if (e.elements().isEmpty()) throw report.at(e, "<notes> needs at least one <note>");
        for (XmlElement n : e.elements()) {
            if (!n.is(core, "note")) throw unexpected(n, e);
            attributes(n, Set.of("id", "appliesTo", "category", "priority", "ref"), Foreign.ANY);
            if (!n.elements().isEmpty()) throw unexpected(n.elements().get(0), n);
            n.attr("appliesTo").ifPresent(v -> oneOf(n, "appliesTo", v, Set.of("source", "target")));
            n.attr("priority").ifPresent(v -> {
                if (!v.matches("(10|[1-9])")) throw report.at(n, "priority must be 1 to 10, not '" + v + "'");
            });
        }
    }

    private void originalData(XmlElement e) {
        attributes(e, Set.of(), Foreign.NONE);
        noText(e);
        if (e.elements().isEmpty()) throw report.at(e, "<originalData> needs at least one <data>");
        for (XmlElement d : e.elements()) {
            if (!d.is(core, "data")) throw unexpected(d, e);
            attributes(d, Set.of("id", "dir"), Foreign.NONE, "id");
            for (XmlElement c : d.elements()) {
                if (!c.is(core, "cp")) throw unexpected(c, d);
                cp(c);
            }
        }
    }

    private void cp(XmlElement e) {
        attributes(e, Set.of("hex"), Foreign.NONE, "hex");
        if (!e.children().isEmpty()) throw report.at(e, "<cp> must be empty");
    }

    /** Inline content of source, target, pc and mrk. */
    private void content(XmlElement e) {
        for (XmlElement c : e.elements()) {
            if (!Xliff2Ns.isCore(c.ns())) throw unexpected(c, e);
            switch (c.local()) {
                case "cp" -> cp(c);
                case "ph" -> {
                    attributes(c, Set.of("id", "canCopy", "canDelete", "canReorder", "copyOf", "dataRef", "disp",
                            "equiv", "subFlows", "subType", "type"), Foreign.INLINE, "id");
                    empty(c);
                }
                case "sc" -> {
                    attributes(c, CODE_ATTRS, Foreign.INLINE, "id");
                    empty(c);
                }
                case "ec" -> {
                    Set<String> allowed = new java.util.HashSet<>(CODE_ATTRS);
                    allowed.add("startRef");
                    attributes(c, allowed, Foreign.INLINE);
                    empty(c);
                }
                case "pc" -> {
                    attributes(c, Set.of("id", "canCopy", "canDelete", "canOverlap", "canReorder", "copyOf",
                            "dataRefEnd", "dataRefStart", "dispEnd", "dispStart", "equivEnd", "equivStart",
                            "subFlowsEnd", "subFlowsStart", "subType", "type", "dir"), Foreign.INLINE, "id");
                    content(c);
                }
                case "mrk" -> {
                    attributes(c, Set.of("id", "translate", "type", "ref", "value"), Foreign.ANY, "id");
                    content(c);
                }
                case "sm" -> {
                    attributes(c, Set.of("id", "translate", "type", "ref", "value"), Foreign.ANY, "id");
                    empty(c);
                }
                case "em" -> {
                    attributes(c, Set.of("startRef"), Foreign.NONE, "startRef");
                    empty(c);
                }
                default -> throw unexpected(c, e);
            }
        }
    }

    private void empty(XmlElement e) {
        if (!e.children().isEmpty()) throw report.at(e, "<" + e.local() + "> must be empty");
    }

    /** Elements of modules and extensions: a module namespace only has the names the module defines. */
    private void foreignElement(XmlElement e) {
        if (e.ns().isEmpty()) throw report.at(e, "element <" + e.local() + "> without namespace not allowed here");
        var names = Xliff2Ns.MODULE_ELEMENTS.get(e.ns());
        if (names != null && !names.contains(e.local())) {
            throw report.at(e, "unknown element <" + e.local() + "> in module namespace " + e.ns());
        }
    }

    private void noText(XmlElement e) {
        if (e.hasText()) throw report.at(e, "text not allowed in <" + e.local() + ">");
    }

    private void attributes(XmlElement e, Xliff2ContentModel model) {
        attributes(e, model.attributes(), Foreign.ANY, model.requiredAttributes().toArray(String[]::new));
    }

    private void attributes(XmlElement e, Set<String> allowed, Foreign foreign, String... required) {
        for (String r : required) {
            if (!e.has(r)) throw report.at(e, "attribute '" + r + "' is required");
        }
        for (var a : e.attributes().entrySet()) {
            String key = a.getKey();
            String value = a.getValue();
            if (!key.startsWith("{")) {
                if (!allowed.contains(key)) throw report.at(e, "attribute '" + key + "' not allowed");
                value(e, key, value);
                continue;
            }
            String ns = key.substring(1, key.indexOf('}'));
            String local = key.substring(key.indexOf('}') + 1);
            if (ns.equals(XML)) {
                xmlAttribute(e, local, value);
                continue;
            }
            Set<String> moduleAttrs = Xliff2Ns.MODULE_ATTRIBUTES.get(ns);
            if (moduleAttrs != null && !moduleAttrs.contains(local)) {
                throw report.at(e, "unknown module attribute '" + local + "' of " + ns);
            }
            boolean ok = switch (foreign) {
                case ANY -> true;
                case INLINE -> moduleAttrs != null || ns.equals(Xliff2Ns.ITS) || ns.equals(Xliff2Ns.ITSM);
                case NONE -> false;
            };
            if (!ok) throw report.at(e, "attribute {" + ns + "}" + local + " not allowed");
        }
    }

    private void xmlAttribute(XmlElement e, String local, String value) {
        switch (local) {
            case "lang" -> {
                if (!value.isEmpty() && !Xliff2Ns.BCP47.matcher(value).matches()) {
                    throw report.at(e, "xml:lang '" + value + "' is not a well-formed language tag");
                }
            }
            case "space" -> oneOf(e, "xml:space", value, Set.of("default", "preserve"));
            default -> {
                // xml:id, xml:base: no constraint here
            }
        }
    }

    private void value(XmlElement e, String name, String v) {
        switch (name) {
            case "id", "startRef", "copyOf", "dataRef", "dataRefStart", "dataRefEnd" -> nmtoken(e, name, v);
            case "srcLang", "trgLang" -> {
                if (!Xliff2Ns.BCP47.matcher(v).matches()) {
                    throw report.at(e, name + " '" + v + "' is not a well-formed language tag");
                }
            }
            case "canResegment", "canCopy", "canDelete", "canOverlap", "isolated" -> oneOf(e, name, v, YES_NO);
            case "translate" -> oneOf(e, name, v, YES_NO);
            case "canReorder" -> oneOf(e, name, v, Set.of("yes", "no", "firstNo"));
            case "srcDir", "trgDir", "dir" -> oneOf(e, name, v, DIRS);
            case "state" -> oneOf(e, name, v, STATES);
            case "order" -> pattern(e, name, v, Xliff2Ns.POSITIVE_INT);
            case "hex" -> pattern(e, name, v, Xliff2Ns.HEX);
            case "subState", "subType" -> pattern(e, name, v, Xliff2Ns.PREFIXED_VALUE);
            case "subFlows", "subFlowsStart", "subFlowsEnd" -> {
                for (String token : v.split(" ", -1)) nmtoken(e, name, token);
            }
            case "type" -> type(e, v);
            default -> {
                // free text: name, original, href, ref, value, disp, equiv, category
            }
        }
    }

    private void type(XmlElement e, String v) {
        switch (e.local()) {
            case "ph", "pc", "sc", "ec" -> oneOf(e, "type", v, CODE_TYPES);
            case "mrk", "sm" -> {
                if (!Set.of("generic", "comment", "term").contains(v)) pattern(e, "type", v, Xliff2Ns.PREFIXED_VALUE);
            }
            default -> pattern(e, "type", v, Xliff2Ns.PREFIXED_VALUE);
        }
    }

    private void nmtoken(XmlElement e, String name, String v) {
        pattern(e, name, v, Xliff2Ns.NMTOKEN);
    }

    private void pattern(XmlElement e, String name, String v, Pattern p) {
        if (!p.matcher(v).matches()) throw report.at(e, "invalid value '" + v + "' for " + name);
    }

    private void oneOf(XmlElement e, String name, String v, Set<String> values) {
        if (!values.contains(v)) throw report.at(e, "invalid value '" + v + "' for " + name + " (allowed: " + new java.util.TreeSet<>(values) + ")");
    }

    private org.glossa.core.InputException unexpected(XmlElement c, XmlElement parent) {
        return report.at(c, "element <" + c.local() + "> not expected here in <" + parent.local() + ">");
    }
}
