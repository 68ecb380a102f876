package org.glossa.core.tm.index;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmScorer;

/** A test scorer that sees inside words: Dice over character 3-grams × 100 (at most 99), 100 when identical. */
final class TrigramScorer implements TmScorer {
    @Override
    public int score(Content segment, Content candidate) {
        if (segment.equals(candidate)) return 100;
        Set<String> a = grams(segment.plainText());
        Set<String> b = grams(candidate.plainText());
        if (a.isEmpty() && b.isEmpty()) return 99;
        int common = 0;
        for (String g : a) if (b.contains(g)) common++;
        return Math.min(99, 200 * common / (a.size() + b.size()));
    }

    @Override
    public Content adaptTarget(Content segment, Content candidateSource, Content candidateTarget) {
        return candidateTarget;
    }

    private static Set<String> grams(String text) {
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ") + " ";
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 3 <= t.length(); i++) out.add(t.substring(i, i + 3));
        return out;
    }
}
