package org.glossa.core.tm.index;

import org.glossa.core.text.TextKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;
import org.glossa.core.tmx.TranslationUnit;

/**
 * Units added to a memory file during a session (the editor's confirmed segments), looked up in RAM and ranked by
 * the same {@link MatchRanker} as {@link TranslationMemory}, from the same entry a reopened index would hold: an
 * entry scores the same before and after the memory is reopened. A unit put again with the same tuid replaces the
 * earlier one. Safe for concurrent use.
 */
public final class AddedUnits implements TmLookup {
    private final String sourceLang;
    private final String targetLang;
    private final TmScorer scorer;
    private final String origin;
    private final List<MemoryEntry> entries = new ArrayList<>();

    /** @param origin the memory file's name, as matches from its index carry it */
    public AddedUnits(String sourceLang, String targetLang, TmScorer scorer, String origin) {
        this.sourceLang = Objects.requireNonNull(sourceLang, "sourceLang");
        this.targetLang = Objects.requireNonNull(targetLang, "targetLang");
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** Adds a unit (one without a source and target of the pair adds nothing); the same tuid replaces. */
    public synchronized void put(TranslationUnit unit) {
        entries.removeIf(e -> e.tuid().equals(unit.tuid()));
        PairedUnits.entry(unit, sourceLang, targetLang, origin, TextKey.NO_MATCH_HASH).ifPresent(entries::add);
    }

    public synchronized boolean has(String tuid) {
        return entries.stream().anyMatch(e -> e.tuid().equals(tuid));
    }

    @Override
    public List<TmMatch> lookup(Content segment, Optional<Content> previousSegment, int minScore, int maxResults) {
        MatchRanker ranker = new MatchRanker(segment, previousSegment, scorer, minScore);
        List<MemoryEntry> now;
        synchronized (this) {
            now = List.copyOf(entries);
        }
        for (MemoryEntry e : now) ranker.offer(e);
        return ranker.top(maxResults);
    }

    @Override
    public void close() {
        // nothing held but memory
    }
}
