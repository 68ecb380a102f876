package org.glossa.core.tm;

import java.util.List;
import java.util.Objects;
import org.glossa.core.model.Content;

/**
 * A memory unit whose source or target holds the words searched for (a concordance search), with where they are.
 *
 * @param sourceHits the searched words in the source's plain text, in order
 * @param targetHits the searched words in the target's plain text, in order
 */
public record ConcordanceHit(Content source, Content target, String tuid, String origin, List<Highlight> sourceHits,
                             List<Highlight> targetHits) {
    public ConcordanceHit {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        tuid = tuid == null ? "" : tuid;
        origin = origin == null ? "" : origin;
        sourceHits = List.copyOf(sourceHits);
        targetHits = List.copyOf(targetHits);
    }

    /** A half-open range [start, end) of a searched word in a plain text. */
    public record Highlight(int start, int end) {
        public Highlight {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
