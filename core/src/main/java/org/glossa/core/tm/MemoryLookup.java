package org.glossa.core.tm;

import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;

/** Looks a segment up in translation memories. */
public interface MemoryLookup {
    /**
     * Matches at or above {@code minScore}, best first, at most {@code maxResults}.
     *
     * @param previous the source of the segment before, for context (101) matches
     */
    List<TmMatch> lookup(Content segment, Optional<Content> previous, int minScore, int maxResults);
}
