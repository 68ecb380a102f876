package org.glossa.core.tm.index;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmScorer;

/** A test scorer: token-set Dice coefficient × 100 (at most 99), 100 only for identical content. */
final class DiceScorer implements TmScorer {
    @Override
    public int score(Content segment, Content candidate) {
        if (segment.equals(candidate)) return 100;
        Set<String> a = tokens(segment.plainText());
        Set<String> b = tokens(candidate.plainText());
        if (a.isEmpty() && b.isEmpty()) return 99;
        int common = 0;
        for (String t : a) if (b.contains(t)) common++;
        return Math.min(99, 200 * common / (a.size() + b.size()));
    }

    @Override
    public Content adaptTarget(Content segment, Content candidateSource, Content candidateTarget) {
        return candidateTarget;
    }

    static Set<String> tokens(String text) {
        Set<String> out = new HashSet<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) out.add(t);
        return out;
    }
}
