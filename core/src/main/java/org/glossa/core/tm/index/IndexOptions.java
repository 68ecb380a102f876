package org.glossa.core.tm.index;

/**
 * How memories are indexed and searched.
 *
 * @param charNgrams also index character 3-grams of the source words in a second field and search both fields
 *                   (better recall for matches that differ inside words; bigger index, slower build)
 * @param candidates how many BM25 candidates per lookup the scorer rescores
 */
public record IndexOptions(boolean charNgrams, int candidates) {
    /** Word tokens only, 50 candidates (see docs/benchmarks.md and OracleAgreementTest for the measurements behind the choice). */
    public static final IndexOptions DEFAULT = new IndexOptions(false, 50);

    public IndexOptions {
        if (candidates < 1) throw new IllegalArgumentException("candidates < 1: " + candidates);
    }

    /** What of the options changes the index on disk (a change makes cached indexes stale). */
    String layout() {
        return charNgrams ? "words+3grams" : "words";
    }
}
