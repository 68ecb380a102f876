package org.glossa.core.qa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code inconsistent-target}: the same source translated differently across the files checked;
 * {@code inconsistent-source}: one target for different sources. Texts are compared with whitespace collapsed.
 * Each segment that departs from the most frequent rendering (the first one on a tie) is reported, naming the other.
 */
public final class Consistency {
    public static final String INCONSISTENT_TARGET = "inconsistent-target";
    public static final String INCONSISTENT_SOURCE = "inconsistent-source";

    private Consistency() {
    }

    public static List<Finding> check(List<SegmentPair> pairs, boolean targets, boolean sources) {
        List<SegmentPair> translated = pairs.stream().filter(p -> !p.targetText().isBlank()).toList();
        List<Finding> out = new ArrayList<>();
        if (targets) {
            out.addAll(find(translated, SegmentPair::sourceText, SegmentPair::targetText, INCONSISTENT_TARGET,
                    "the same source is translated differently elsewhere: "));
        }
        if (sources) {
            out.addAll(find(translated, SegmentPair::targetText, SegmentPair::sourceText, INCONSISTENT_SOURCE,
                    "the same translation stands for a different source elsewhere: "));
        }
        return out;
    }

    private static List<Finding> find(List<SegmentPair> pairs, Function<SegmentPair, String> key,
                                      Function<SegmentPair, String> value, String check, String messagePrefix) {
        Map<String, Map<String, List<SegmentPair>>> groups = new LinkedHashMap<>();
        for (SegmentPair p : pairs) {
            groups.computeIfAbsent(norm(key.apply(p)), k -> new LinkedHashMap<>())
                    .computeIfAbsent(norm(value.apply(p)), k -> new ArrayList<>()).add(p);
        }
        List<Finding> out = new ArrayList<>();
        for (Map<String, List<SegmentPair>> variants : groups.values()) {
            if (variants.size() < 2) continue;
            String majority = null;
            for (Map.Entry<String, List<SegmentPair>> v : variants.entrySet()) {
                if (majority == null || v.getValue().size() > variants.get(majority).size()) majority = v.getKey();
            }
            SegmentPair reference = variants.get(majority).get(0);
            for (Map.Entry<String, List<SegmentPair>> v : variants.entrySet()) {
                if (v.getKey().equals(majority)) continue;
                for (SegmentPair p : v.getValue()) {
                    String message = messagePrefix + "\"" + value.apply(reference) + "\" (" + reference.file() + " "
                            + reference.unit() + "/" + reference.segment() + ")";
                    out.add(p.finding(check, Severity.WARNING, message, null, null));
                }
            }
        }
        return out;
    }

    private static String norm(String s) {
        return s.strip().replaceAll("[\\s\\u00A0]+", " ");
    }
}
