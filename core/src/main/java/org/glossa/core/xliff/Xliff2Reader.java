package org.glossa.core.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.Original;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * Reads XLIFF 2.0, 2.1 and 2.2 into documents, one per {@code <file>}, following decision 0001. The file is checked
 * first ({@link Xliff2Structure}, {@link Xliff2Validator}, {@link Xliff2Modules}); any problem is an
 * {@link InputException} naming the file, line and column.
 */
public final class Xliff2Reader {
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/=\\s]*");

    private final String core;

    private Xliff2Reader(String core) {
        this.core = core;
    }

    public static List<Document> read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (IOException e) {
            throw new InputException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    public static List<Document> read(InputStream in, String fileName) {
        XmlElement root = XmlTree.parse(in, fileName);
        Report report = new Report(fileName);
        Xliff2Structure.check(root, report);
        Xliff2Validator.check(root, report);
        Xliff2Modules.check(root, report);
        return new Xliff2Reader(root.ns()).documents(root, report);
    }

    private List<Document> documents(XmlElement root, Report report) {
        String srcLang = root.attr("srcLang").orElse("");
        Optional<String> trgLang = root.attr("trgLang");
        List<Document> out = new ArrayList<>();
        for (XmlElement file : root.elements(core, "file")) {
            String name = file.attr("original").map(Xliff2Reader::baseName).filter(s -> !s.isEmpty())
                    .orElse(file.attr("id").orElse(""));
            Format format = file.attr(Xliff2Ns.GLOSSA, "format").flatMap(Format::fromId).orElse(Format.UNKNOWN);
            List<Unit> units = new ArrayList<>();
            collect(file, file.attr("translate").orElse("yes").equals("yes"), units);
            out.add(new Document(name, format, srcLang, trgLang, units, original(file, report)));
        }
        return List.copyOf(out);
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
        if (!BASE64.matcher(text).matches()) throw report.at(skeleton.get(), "skeleton is not base64");
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            // base64 characters, but a bad length or padding ("Last unit does not have enough valid bits")
            throw report.at(skeleton.get(), "skeleton is not valid base64: " + e.getMessage());
        }
        return Optional.of(new Original(bytes, file.attr(Xliff2Ns.GLOSSA, "encoding").orElse("UTF-8")));
    }

    private void collect(XmlElement parent, boolean translate, List<Unit> units) {
        for (XmlElement c : parent.elements()) {
            boolean t = c.attr("translate").map("yes"::equals).orElse(translate);
            if (c.is(core, "group")) collect(c, t, units);
            else if (c.is(core, "unit")) units.add(unit(c, t));
        }
    }

    private Unit unit(XmlElement u, boolean translate) {
        String id = u.attr("id").orElse("");
        Role role = u.attr("type").flatMap(Role::fromId).orElse(Role.BODY);
        Map<String, String> data = new java.util.HashMap<>();
        for (XmlElement od : u.elements(core, "originalData")) {
            for (XmlElement d : od.elements(core, "data")) data.put(d.attr("id").orElse(""), text(d));
        }
        Set<String> used = new HashSet<>();
        for (XmlElement p : u.elements()) p.attr("id").ifPresent(used::add);
        List<UnitPart> parts = new ArrayList<>();
        for (XmlElement p : u.elements()) {
            boolean segment = p.is(core, "segment");
            if (!segment && !p.is(core, "ignorable")) continue;
            String partId = p.attr("id").orElseGet(() -> freshId(segment ? "s" : "i", used));
            Content source = content(p.elements().get(0), data);
            Optional<Content> target = p.element(core, "target").map(t -> content(t, data));
            if (segment) {
                SegmentState state = p.attr("state").map(s -> SegmentState.valueOf(s.toUpperCase(java.util.Locale.ROOT)))
                        .orElse(SegmentState.INITIAL);
                parts.add(new Segment(partId, source, target, state));
            } else {
                parts.add(new Ignorable(partId, source, target));
            }
        }
        return new Unit(id, role, translate, u.attr("name").orElse(id), parts);
    }

    private static String freshId(String prefix, Set<String> used) {
        int n = 1;
        while (used.contains(prefix + n)) n++;
        used.add(prefix + n);
        return prefix + n;
    }

    /** Text and cp of a data element. */
    private String text(XmlElement e) {
        StringBuilder sb = new StringBuilder();
        for (XmlNode n : e.children()) {
            if (n instanceof XmlText t) sb.append(t.value());
            else if (n instanceof XmlElement c && c.is(core, "cp")) sb.appendCodePoint(Integer.parseInt(c.attr("hex").orElse("0"), 16));
        }
        return sb.toString();
    }

    private Content content(XmlElement e, Map<String, String> data) {
        List<Inline> out = new ArrayList<>();
        inline(e, data, out);
        return new Content(out);
    }

    private void inline(XmlElement e, Map<String, String> data, List<Inline> out) {
        for (XmlNode n : e.children()) {
            if (n instanceof XmlText t) {
                out.add(new Inline.Text(t.value()));
                continue;
            }
            XmlElement c = (XmlElement) n;
            String type = c.attr("type").orElse("fmt");
            switch (c.local()) {
                case "cp" -> out.add(new Inline.Text(Character.toString(Integer.parseInt(c.attr("hex").orElse("0"), 16))));
                case "ph" -> out.add(new Inline.Tag(TagKind.STANDALONE, c.attr("id").orElse(""), type, data(c, "dataRef", data)));
                case "sc" -> out.add(new Inline.Tag(TagKind.OPEN, c.attr("id").orElse(""), type, data(c, "dataRef", data)));
                case "ec" -> out.add(new Inline.Tag(TagKind.CLOSE, c.attr("startRef").or(() -> c.attr("id")).orElse(""), type,
                        data(c, "dataRef", data)));
                case "pc" -> {
                    String id = c.attr("id").orElse("");
                    out.add(new Inline.Tag(TagKind.OPEN, id, type, data(c, "dataRefStart", data)));
                    inline(c, data, out);
                    out.add(new Inline.Tag(TagKind.CLOSE, id, type, data(c, "dataRefEnd", data)));
                }
                case "mrk" -> inline(c, data, out);
                default -> {
                    // sm, em: annotation markers are dropped
                }
            }
        }
    }

    private static String data(XmlElement code, String attribute, Map<String, String> data) {
        return code.attr(attribute).map(data::get).orElse("");
    }
}
