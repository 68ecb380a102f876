package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
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
     * The matches of {@code first} and {@code second}, best first ({@code first}'s before {@code second}'s on a tie),
     * a match of {@code second} with the same source and target as one of {@code first} left out, at most
     * {@link #MAX_MATCHES}.
     */
    static MatchLookup together(MatchLookup first, MatchLookup second) {
        return (source, previous) -> {
            List<TmMatch> all = new ArrayList<>(first.lookup(source, previous));
            for (TmMatch m : second.lookup(source, previous)) {
                boolean same = all.stream().anyMatch(n -> n.source().equals(m.source()) && n.target().equals(m.target()));
                if (!same) all.add(m);
            }
            all.sort((a, b) -> Integer.compare(b.score(), a.score())); // stable
            return List.copyOf(all.subList(0, Math.min(MAX_MATCHES, all.size())));
        };
    }
}
