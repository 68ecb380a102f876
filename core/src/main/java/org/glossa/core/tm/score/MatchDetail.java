package org.glossa.core.tm.score;

import java.util.Set;

/**
 * A score with the kinds of difference behind it (empty for an exact match).
 *
 * @param score        0–100
 * @param differences  what differs between the segment and the candidate
 */
public record MatchDetail(int score, Set<Difference> differences) {
    public MatchDetail {
        differences = Set.copyOf(differences);
    }
}
