package org.glossa.core.tm;

import java.util.Objects;
import org.glossa.core.model.Content;

/**
 * A translation-memory match for a segment.
 *
 * @param score    101 context, 100 exact, 0–99 fuzzy
 * @param source   the memory entry's source
 * @param target   the memory entry's target, with numbers substituted when the match differs only in numbers
 * @param tuid     the entry's TMX tuid ("" when none)
 * @param origin   where the entry comes from (the TMX file name)
 */
public record TmMatch(int score, MatchKind kind, Content source, Content target, String tuid, String origin) {
    public TmMatch {
        if (score < 0 || score > 101) throw new IllegalArgumentException("score " + score);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        tuid = tuid == null ? "" : tuid;
        origin = origin == null ? "" : origin;
    }
}
