package org.glossa.core.tm.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.core.model.Content;

/**
 * A rough timing, not a test: one prepared segment scored against 50 candidates (variations of DW sentences),
 * repeated. Run with the core classes, test classes and ICU4J on the class path.
 */
public final class MatchScorerTiming {
    private MatchScorerTiming() {
    }

    public static void main(String[] args) {
        MatchScorer scorer = new MatchScorer(Locale.ENGLISH, Locale.GERMAN);
        String[] base = {DwSentences.ROLES, DwSentences.MEMBERS, DwSentences.DECLARATIONS, DwSentences.RELATIONS,
            DwSentences.BOTH};
        List<Content> candidates = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String s = base[i % base.length];
            candidates.add(Content.of(i % 2 == 0 ? s : s.replace("the", "a").replace("NATO", "Nato")));
        }
        Content segment = Content.of(DwSentences.ROLES.replace("weapons", "arms"));
        int rounds = 20_000;
        long sink = 0;
        for (int warm = 0; warm < 2; warm++) {
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                PreparedQuery q = scorer.prepare(segment);
                for (Content c : candidates) sink += scorer.score(q, c);
            }
            long ns = System.nanoTime() - t0;
            System.out.printf("%s: %.2f µs per score (%d lookups of %d candidates), checksum %d%n",
                    warm == 0 ? "warm-up" : "measured", ns / 1000.0 / rounds / candidates.size(), rounds,
                    candidates.size(), sink);
        }
        List<PreparedQuery> prepared = candidates.stream().map(scorer::prepare).toList();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            PreparedQuery q = scorer.prepare(segment);
            for (PreparedQuery c : prepared) sink += scorer.score(q, c);
        }
        long ns = System.nanoTime() - t0;
        System.out.printf("prepared candidates: %.2f µs per score, checksum %d%n",
                ns / 1000.0 / rounds / candidates.size(), sink);
    }
}
