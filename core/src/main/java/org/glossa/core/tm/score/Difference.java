package org.glossa.core.tm.score;

/** A kind of difference between a segment and a memory entry's source, with its score penalty. */
public enum Difference {
    /** Only white space or the written form differs (NFKC-equivalent text, "1000" vs "1,000"): score 99. */
    WHITESPACE(1),
    /** Words differ only in case: −1. */
    CASE(1),
    /** Punctuation differs (added, removed, replaced or moved): −2. */
    PUNCTUATION(2),
    /** Inline tags differ (added, removed, another kind, type or data, or moved): −2. */
    TAGS(2),
    /** Numbers differ in value, at the same places: −3; the target can be adapted. */
    NUMBERS(3),
    /** Words differ: the score is the word-level edit distance score, at most 94. */
    WORDS(0);

    private final int penalty;

    Difference(int penalty) {
        this.penalty = penalty;
    }

    /** Points subtracted from 100 for this difference when the words are the same. */
    public int penalty() {
        return penalty;
    }

    int bit() {
        return 1 << ordinal();
    }
}
