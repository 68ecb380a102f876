package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.tm.CombinedLookup;
import org.glossa.core.tm.MemoryLookup;
import org.glossa.core.tm.TmMatch;

/** Finds translation-memory matches for a segment (a {@code TranslationMemory} in the application). */
@FunctionalInterface
public interface MatchLookup {

    /** Most matches a panel shows (Ctrl+Shift+1…9). */
    int MAX_MATCHES = 9;
    /** Lowest score shown. */
    int MIN_SCORE = 50;

    List<TmMatch> lookup(Content source, Optional<Content> previousSource);

    MatchLookup NONE = (source, previous) -> List.of();

    /**
     * The matches of {@code first} and {@code second} as one lookup (core's {@link CombinedLookup}: best first, a
     * match with the source and target of a better one left out), at most {@link #MAX_MATCHES}.
     */
    static MatchLookup together(MatchLookup first, MatchLookup second) {
        MemoryLookup both = CombinedLookup.of(List.of(first.asMemoryLookup(), second.asMemoryLookup()));
        return (source, previous) -> both.lookup(source, previous, MIN_SCORE, MAX_MATCHES);
    }

    /** This lookup as core's {@link MemoryLookup} (its own minimum score and number of matches apply). */
    default MemoryLookup asMemoryLookup() {
        return (segment, previous, minScore, maxResults) -> lookup(segment, previous);
    }
}
