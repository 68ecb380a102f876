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
import org.glossa.core.text.TextKey;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmImport;
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

    /**
     * Matches for {@code segment}, best first: 101 (context) when an exact unit was confirmed after a segment whose
     * source is {@code previous} (its {@value TmImport#CONTEXT_PROP} property, compared the way core's memories
     * compare it), 100 exact, then fuzzy down to {@code min}.
     */
    List<TmMatch> lookup(long memoryId, String memoryName, Content segment, Optional<Content> previous,
                         String sourceLang, String targetLang, int min, int max) throws SQLException {
        TmScorer scorer = scorers.computeIfAbsent(Languages.primary(sourceLang) + "_" + Languages.primary(targetLang),
                k -> MatchScorer.forLanguages(Languages.primary(sourceLang), Languages.primary(targetLang)));
        long previousHash = previous.map(p -> TextKey.matchHash(p.plainText())).orElse(TextKey.NO_MATCH_HASH);
        Map<List<String>, TmMatch> best = new LinkedHashMap<>();
        for (StoredUnit u : store.exact(memoryId, LiveMemory.exactKey(segment.plainText()), sourceLang, targetLang)) {
            int score = scorer.score(segment, u.source());
            if (score == 100 && follows(u, previousHash)) score = 101;
            if (score < min) continue;
            Content target = score >= 100 ? u.target() : scorer.adaptTarget(segment, u.source(), u.target());
            MatchKind kind = score == 101 ? MatchKind.CONTEXT : score == 100 ? MatchKind.EXACT : MatchKind.FUZZY;
            keep(best, new TmMatch(score, kind, u.source(), target, u.tuid(), memoryName));
        }
        Optional<LiveMemory> index = feeder.index(memoryId, sourceLang, targetLang);
        if (index.isPresent() && min < 100) {
            for (TmMatch m : index.get().lookup(segment, previous, min, max)) keep(best, m);
        }
        List<TmMatch> all = new ArrayList<>(best.values());
        all.sort(ORDER);
        return all.subList(0, Math.min(max, all.size()));
    }

    private static boolean follows(StoredUnit u, long previousHash) {
        return previousHash != TextKey.NO_MATCH_HASH && u.properties().stream()
                .anyMatch(p -> p.type().equals(TmImport.CONTEXT_PROP) && TextKey.matchHash(p.value()) == previousHash);
    }

    private static void keep(Map<List<String>, TmMatch> best, TmMatch m) {
        best.merge(List.of(m.source().plainText(), m.target().plainText()), m,
                (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }
}
