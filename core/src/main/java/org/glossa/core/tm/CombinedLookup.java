package org.glossa.core.tm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.model.Content;

/**
 * Several memories looked up as one (TMX files and a server's memory, say): each is asked, the matches are merged
 * best first (ties in the order of the memories), and a match whose source and target an earlier, better one
 * already has is left out.
 */
public final class CombinedLookup implements MemoryLookup {
    private final List<MemoryLookup> memories;

    private CombinedLookup(List<MemoryLookup> memories) {
        this.memories = List.copyOf(memories);
    }

    /** One lookup over {@code memories} (the one memory itself when there is only one). */
    public static MemoryLookup of(List<? extends MemoryLookup> memories) {
        if (memories.isEmpty()) throw new IllegalArgumentException("no memory to look up");
        if (memories.size() == 1) return memories.get(0);
        return new CombinedLookup(List.copyOf(memories));
    }

    @Override
    public List<TmMatch> lookup(Content segment, Optional<Content> previous, int minScore, int maxResults) {
        List<TmMatch> all = new ArrayList<>();
        for (MemoryLookup m : memories) all.addAll(m.lookup(segment, previous, minScore, maxResults));
        all.sort(Comparator.comparingInt(TmMatch::score).reversed());
        Set<List<String>> seen = new HashSet<>();
        List<TmMatch> out = new ArrayList<>();
        for (TmMatch m : all) {
            if (out.size() == maxResults) break;
            if (seen.add(List.of(m.source().plainText(), m.target().plainText()))) out.add(m);
        }
        return out;
    }
}
