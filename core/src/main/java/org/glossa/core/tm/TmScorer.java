package org.glossa.core.tm;

import org.glossa.core.model.Content;

/** Scores how well a memory entry's source matches a segment: 100 identical, 0–99 fuzzy. */
public interface TmScorer {
    /** 100 only when the texts and inline codes are identical; otherwise 0–99. */
    int score(Content segment, Content candidate);

    /**
     * The candidate's target adapted to the segment: when the two sources differ only in numbers, the numbers of
     * the segment put into the target in place of the candidate's; otherwise the target unchanged.
     */
    Content adaptTarget(Content segment, Content candidateSource, Content candidateTarget);

    /**
     * At most how many of a segment's {@code words} word tokens a candidate may lack altogether (hold no token equal
     * to them) and still score {@code minScore} or more: an index uses it to pass over entries that cannot match. The
     * default bounds nothing ({@code words}); a scorer that answers less must never score a candidate lacking more
     * of the segment's words {@code minScore} or more.
     */
    default int maxMissingWords(int words, int minScore) {
        return words;
    }
}
