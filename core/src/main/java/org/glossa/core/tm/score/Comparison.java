package org.glossa.core.tm.score;

import java.util.Arrays;

/** The scoring rules over two token sets. */
final class Comparison {
    static final int EXACT = 100;
    static final int SAME_WORDS_MAX = 99;
    static final int SAME_WORDS_MIN = 95;
    static final int FUZZY_MAX = 94;

    private Comparison() {
    }

    /** Bit set of {@link Difference}s; 0 when identical. */
    static int differences(Tokens a, Tokens b) {
        if (identical(a, b)) return 0;
        if (!sameWordsAndNumberPlaces(a, b)) return Difference.WORDS.bit();
        int mask = 0;
        for (int i = 0; i < a.wordKeys.length; i++) {
            if (a.isNumber[i]) {
                if (!a.wordKeys[i].equals(b.wordKeys[i])) mask |= Difference.NUMBERS.bit();
            } else if (!a.wordForms[i].equals(b.wordForms[i])) {
                mask |= Difference.CASE.bit();
            }
        }
        if (!Arrays.equals(a.punct, b.punct) || !Arrays.equals(a.punctAt, b.punctAt)) {
            mask |= Difference.PUNCTUATION.bit();
        }
        if (!Arrays.equals(a.tagKeys, b.tagKeys) || !Arrays.equals(a.tagAt, b.tagAt)) mask |= Difference.TAGS.bit();
        return mask == 0 ? Difference.WHITESPACE.bit() : mask;
    }

    static int score(Tokens a, Tokens b) {
        return score(a, b, differences(a, b));
    }

    static int score(Tokens a, Tokens b, int mask) {
        if (mask == 0) return EXACT;
        if ((mask & Difference.WORDS.bit()) != 0) return Math.min(FUZZY_MAX, wordScore(a, b));
        int score = EXACT;
        for (Difference d : Difference.values()) {
            if ((mask & d.bit()) != 0) score -= d.penalty();
        }
        return Math.max(SAME_WORDS_MIN, Math.min(SAME_WORDS_MAX, score));
    }

    /** round(100 × (1 − d / max(n1, n2))) over the word tokens, numbers by value. */
    static int wordScore(Tokens a, Tokens b) {
        int max = Math.max(a.wordCount(), b.wordCount());
        if (max == 0) return EXACT;
        int d = Levenshtein.distance(a.wordKeys, b.wordKeys);
        return (200 * (max - d) + max) / (2 * max);
    }

    /** Same text and the same tags at the same places; tag ids are not compared (they are local to a segment). */
    static boolean identical(Tokens a, Tokens b) {
        return a.plainText.equals(b.plainText) && Arrays.equals(a.tagKeys, b.tagKeys)
                && Arrays.equals(a.tagOffset, b.tagOffset);
    }

    /** Same words ignoring case, with numbers (of any value) at the same places. */
    static boolean sameWordsAndNumberPlaces(Tokens a, Tokens b) {
        if (a.wordCount() != b.wordCount()) return false;
        for (int i = 0; i < a.wordKeys.length; i++) {
            if (a.isNumber[i] != b.isNumber[i]) return false;
            if (!a.isNumber[i] && !a.wordKeys[i].equals(b.wordKeys[i])) return false;
        }
        return true;
    }
}
