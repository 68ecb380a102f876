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
}
