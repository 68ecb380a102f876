package org.glossa.core.tm.index;

import org.glossa.core.text.TextKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;

/**
 * Scores candidate entries against a segment and ranks them, the same way for the index and the linear scan: 101
 * (context) when the scorer says 100 and the entry followed the same previous segment, 100 exact, else fuzzy;
 * entries with identical source and target are kept once (the best); best first by score, then newer change date,
 * then tuid, then origin.
 */
final class MatchRanker {
    private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::score).reversed()
            .thenComparing(s -> s.entry().changed().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(s -> s.entry().tuid())
            .thenComparing(s -> s.entry().origin());

    private final Content segment;
    private final long previousHash;
    private final TmScorer scorer;
    private final int minScore;
    private final Map<List<Content>, Scored> best = new HashMap<>();

    MatchRanker(Content segment, Optional<Content> previousSegment, TmScorer scorer, int minScore) {
        this.segment = segment;
        this.previousHash = previousSegment.map(c -> TextKey.matchHash(c.plainText())).orElse(TextKey.NO_MATCH_HASH);
        this.scorer = scorer;
        this.minScore = minScore;
    }

    private record Scored(int score, MatchKind kind, MemoryEntry entry) {
    }

    /** Scores one candidate; the same entry may be offered twice (it is kept once). */
    void offer(MemoryEntry entry) {
        int s = scorer.score(segment, entry.source());
        if (s < 0 || s > 100) throw new IllegalStateException("scorer returned " + s);
        MatchKind kind = s < 100 ? MatchKind.FUZZY : entry.follows(previousHash) ? MatchKind.CONTEXT : MatchKind.EXACT;
        int score = kind == MatchKind.CONTEXT ? 101 : s;
        if (score < minScore) return;
        Scored candidate = new Scored(score, kind, entry);
        best.merge(List.of(entry.source(), entry.target()), candidate,
                (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }

    /** How many distinct entries (source and target) kept so far score {@code score} or more. */
    int atLeast(int score) {
        int n = 0;
        for (Scored s : best.values()) {
            if (s.score() >= score) n++;
        }
        return n;
    }

        List<TmMatch> top(int maxResults) {
        List<Scored> all = new ArrayList<>(best.values());
        all.sort(ORDER);
        List<TmMatch> out = new ArrayList<>(Math.min(maxResults, all.size()));
        for (Scored s : all.subList(0, Math.min(maxResults, all.size()))) {
            MemoryEntry e = s.entry();
            Content target = scorer.adaptTarget(segment, e.source(), e.target());
            out.add(new TmMatch(s.score(), s.kind(), e.source(), target, e.tuid(), e.origin()));
        }
        return out;
    }
}
