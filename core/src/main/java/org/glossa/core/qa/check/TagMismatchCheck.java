package org.glossa.core.qa.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * Inline codes of the source are missing in the target, the target has extra ones, or the target orders them
 * illegally. Tags are compared by kind and id. Moving whole pairs (and standalone codes) is allowed; a closing tag
 * before its opening tag, or two pairs that cross ({1}…{2}…{/1}…{/2}), is illegal unless the source has the same
 * problem (a segment can hold a lone half of a pair). Spans are empty spans at the tag's place in the plain text.
 */
public final class TagMismatchCheck extends AbstractCheck {
    public static final String ID = "tag-mismatch";

    public TagMismatchCheck() {
        super(ID, Severity.ERROR, "markup");
    }

    /** A tag and its offset in the plain text. */
    private record Placed(Inline.Tag tag, int offset) {
        String key() {
            return tag.kind() + ":" + tag.id();
        }

        Span span() {
            return new Span(offset, offset);
        }

        String describe() {
            String kind = switch (tag.kind()) {
                case OPEN -> "opening tag";
                case CLOSE -> "closing tag";
                case STANDALONE -> "inline code";
            };
            return kind + " " + tag.id() + (tag.type().isEmpty() ? "" : " (" + tag.type() + ")");
        }
    }

    /**
     * The inline codes of {@code source} that {@code target} lacks (by kind and id, counted), in source order: what
     * a merge of {@code target} would lose.
     */
    public static List<Inline.Tag> missing(Content source, Content target) {
        Map<String, Integer> targetCount = count(placed(target));
        Map<String, Integer> seen = new HashMap<>();
        List<Inline.Tag> out = new ArrayList<>();
        for (Placed p : placed(source)) {
            if (seen.merge(p.key(), 1, Integer::sum) > targetCount.getOrDefault(p.key(), 0)) out.add(p.tag());
        }
        return out;
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        List<Placed> source = placed(pair.source());
        List<Placed> target = placed(pair.target());
        if (source.isEmpty() && target.isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> targetCount = count(target);
        Map<String, Integer> sourceCount = count(source);
        Map<String, Integer> seen = new HashMap<>();
        for (Placed p : source) {
            if (seen.merge(p.key(), 1, Integer::sum) > targetCount.getOrDefault(p.key(), 0)) {
                out.add(finding(pair, "The target lacks the " + p.describe(), p.span(), null));
            }
        }
        seen.clear();
        for (Placed p : target) {
            if (seen.merge(p.key(), 1, Integer::sum) > sourceCount.getOrDefault(p.key(), 0)) {
                out.add(finding(pair, "The target has an extra " + p.describe(), null, p.span()));
            }
        }
        Map<String, String> sourceErrors = orderErrors(source, new HashMap<>());
        Map<String, Placed> culprits = new HashMap<>();
        orderErrors(target, culprits).forEach((id, message) -> {
            if (!sourceErrors.containsKey(id)) {
                out.add(finding(pair, message, null, culprits.get(id).span()));
            }
        });
        return out;
    }

    /** Order problems by tag id (first problem of each id), with the tag that shows it. */
    private static Map<String, String> orderErrors(List<Placed> tags, Map<String, Placed> culprits) {
        Map<String, String> errors = new LinkedHashMap<>();
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < tags.size(); i++) {
            Placed p = tags.get(i);
            String id = p.tag().id();
            if (p.tag().kind() == TagKind.OPEN) {
                open.push(id);
            } else if (p.tag().kind() == TagKind.CLOSE) {
                if (id.equals(open.peek())) {
                    open.pop();
                } else if (open.contains(id)) {
                    addError(errors, culprits, p, "The " + p.describe() + " crosses the pair " + open.peek());
                    open.remove(id);
                } else if (opensLater(tags, i, id)) {
                    addError(errors, culprits, p, "The " + p.describe() + " comes before its opening tag");
                }
            }
        }
        return errors;
    }

    private static void addError(Map<String, String> errors, Map<String, Placed> culprits, Placed p, String message) {
        if (errors.putIfAbsent(p.tag().id(), message) == null) culprits.put(p.tag().id(), p);
    }

    private static boolean opensLater(List<Placed> tags, int from, String id) {
        for (int i = from + 1; i < tags.size(); i++) {
            Inline.Tag t = tags.get(i).tag();
            if (t.kind() == TagKind.OPEN && t.id().equals(id)) return true;
        }
        return false;
    }

    private static Map<String, Integer> count(List<Placed> tags) {
        Map<String, Integer> out = new HashMap<>();
        for (Placed p : tags) out.merge(p.key(), 1, Integer::sum);
        return out;
    }

    private static List<Placed> placed(Content content) {
        List<Placed> out = new ArrayList<>();
        int offset = 0;
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text t) offset += t.value().length();
            else if (part instanceof Inline.Tag tag) out.add(new Placed(tag, offset));
        }
        return out;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                example("{1}NATO{/1} and the EU have played key roles.", "{1}NATO{/1} und die EU haben Schlüsselrollen gespielt.",
                        0, "same tags"),
                example("{1}Charles Michel{/1} and {2}Ursula von der Leyen{/2} signed.",
                        "{2}Ursula von der Leyen{/2} und {1}Charles Michel{/1} unterzeichneten.", 0,
                        "whole pairs moved"),
                example("{1}{2}Europe{/2} backs stronger partnership{/1}", "{2}{1}Europa{/1}{/2} setzt auf engere Partnerschaft",
                        0, "nesting changed, pairs intact"),
                example("The European Union and NATO issued their third joint declaration{1/}", "{1/}Die EU und die NATO veröffentlichten ihre dritte gemeinsame Erklärung",
                        0, "a standalone image code moved"),
                example("signed in 2016{/1} and 2018.", "2016{/1} und 2018 unterzeichnet.", 0,
                        "a lone closing tag in both (segment inside a pair)"),
                example("The EU and NATO formally signed a {1}joint declaration{/1}.",
                        "Die EU und die NATO unterzeichneten eine {1}gemeinsame Erklärung.", 1, "closing tag missing"),
                example("Stoltenberg said the officials met at {1}NATO headquarters{/1}.",
                        "Stoltenberg sagte, die Vertreter hätten sich im NATO-Hauptquartier getroffen.", 2,
                        "the link was dropped: opening and closing tags missing"),
                example("Image: Johanna Geron/REUTERS", "Foto: Johanna Geron/REUTERS{1/}", 1, "extra inline code"),
                example("{1}Putin wanted less NATO{/1}, {2}he said{/2}.", "{1}Putin wollte weniger NATO, {2}sagte er{/1}{/2}.", 1,
                        "pairs cross"),
                example("in {1}Brussels{/1}, Belgium", "in {/1}Brüssel{1}, Belgien", 1, "closing tag before opening tag"));
    }

    /** An example written with {n}, {/n} and {n/} for tags of type "x". */
    private static Example example(String source, String target, int findings, String note) {
        return new Example(new SegmentPair("example", "u1", "s1", parse(source), parse(target), "en", "de"), findings, note);
    }

    private static Content parse(String text) {
        List<Inline> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(new Inline.Text(text.substring(i)));
                break;
            }
            int close = text.indexOf('}', open);
            parts.add(new Inline.Text(text.substring(i, open)));
            String code = text.substring(open + 1, close);
            if (code.startsWith("/")) parts.add(new Inline.Tag(TagKind.CLOSE, code.substring(1), "x", ""));
            else if (code.endsWith("/")) parts.add(new Inline.Tag(TagKind.STANDALONE, code.substring(0, code.length() - 1), "x", ""));
            else parts.add(new Inline.Tag(TagKind.OPEN, code, "x", ""));
            i = close + 1;
        }
        return new Content(parts);
    }
}
