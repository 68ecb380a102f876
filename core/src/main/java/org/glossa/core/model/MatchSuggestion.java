package org.glossa.core.model;

import java.util.Objects;

/**
 * A translation-memory match offered for a segment (pre-translation records the best ones so translators and
 * other tools see them): XLIFF 1.2 {@code alt-trans}, XLIFF 2 matches module ({@code mtc:match}).
 *
 * @param segmentId the segment of the unit
 * @param score     101 context, 100 exact, 0–99 fuzzy
 * @param origin    where it comes from (the memory's file name)
 */
public record MatchSuggestion(String segmentId, int score, Content source, Content target, String origin) {
    public MatchSuggestion {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (score < 0 || score > 101) throw new IllegalArgumentException("score " + score);
        origin = origin == null ? "" : origin;
    }
}
