package org.glossa.core.tm.index;

import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.MemoryLookup;
import org.glossa.core.tm.TmMatch;

/** Looks up translation-memory matches for a segment. Implementations are safe for concurrent lookups. */
public interface TmLookup extends MemoryLookup, AutoCloseable {
    /**
     * The best matches for {@code segment}, best first: 101 context (exact, and the entry followed
     * {@code previousSegment} in its memory), 100 exact, then fuzzy matches down to {@code minScore}; at most
     * {@code maxResults}; entries with identical source and target once. Targets go through the scorer's
     * {@link org.glossa.core.tm.TmScorer#adaptTarget}.
     */
    @Override
    List<TmMatch> lookup(Content segment, Optional<Content> previousSegment, int minScore, int maxResults);

    @Override
    void close();
}
