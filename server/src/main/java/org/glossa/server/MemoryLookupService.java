package org.glossa.server;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.glossa.core.model.Content;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;
import org.glossa.core.tm.index.LiveMemory;
import org.glossa.core.tm.score.MatchScorer;

/**
 * Matches for a segment from a server memory: exact candidates from PostgreSQL's hash index (visible as soon as
 * their transaction committed), fuzzy ones from the memory's {@link LiveMemory} index; both scored by core's
 * {@link MatchScorer}, the same entry kept once with its best score, best first.
 */
final class MemoryLookupService {
    private static final Comparator<TmMatch> ORDER = Comparator.comparingInt(TmMatch::score).reversed()
            .thenComparing(TmMatch::tuid).thenComparing(m -> m.source().plainText());

    private final MemoryStore store;
    private final IndexFeeder feeder;
    private final Map<String, TmScorer> scorers = new ConcurrentHashMap<>();

    MemoryLookupService(MemoryStore store, IndexFeeder feeder) {
        this.store = store;
        this.feeder = feeder;
    }

    List<TmMatch> lookup(long memoryId, String memoryName, String text, String sourceLang, String targetLang, int min,
                         int max) throws SQLException {
        TmScorer scorer = scorers.computeIfAbsent(Languages.primary(sourceLang) + "_" + Languages.primary(targetLang),
                k -> MatchScorer.forLanguages(Languages.primary(sourceLang), Languages.primary(targetLang)));
        Content segment = Content.of(text);
        Map<List<String>, TmMatch> best = new LinkedHashMap<>();
        for (StoredUnit u : store.exact(memoryId, LiveMemory.exactKey(text), sourceLang, targetLang)) {
            int score = scorer.score(segment, u.source());
            if (score < min) continue;
            Content target = score == 100 ? u.target() : scorer.adaptTarget(segment, u.source(), u.target());
            keep(best, new TmMatch(score, score == 100 ? MatchKind.EXACT : MatchKind.FUZZY, u.source(), target, u.tuid(),
                    memoryName));
        }
        Optional<LiveMemory> index = feeder.index(memoryId, sourceLang, targetLang);
        if (index.isPresent() && min < 100) {
            for (TmMatch m : index.get().lookup(segment, Optional.empty(), min, max)) keep(best, m);
        }
        List<TmMatch> all = new ArrayList<>(best.values());
        all.sort(ORDER);
        return all.subList(0, Math.min(max, all.size()));
    }

    private static void keep(Map<List<String>, TmMatch> best, TmMatch m) {
        best.merge(List.of(m.source().plainText(), m.target().plainText()), m,
                (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }
}
