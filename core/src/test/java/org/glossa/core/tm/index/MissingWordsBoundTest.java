package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.text.FuzzyMatchTokenizer;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;
import org.glossa.core.tm.score.MatchScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lookup's first stage with {@link MatchScorer#maxMissingWords} (a minimum-should-match over the segment's words,
 * decision 0026) against the plain disjunction it replaced (the same scorer without the bound): the same matches, or
 * better ones the old candidate cut had left out; and the bound itself against the scorer.
 */
class MissingWordsBoundTest {
    private static final MatchScorer SCORER = MatchScorer.forLanguages("en", "de");

    /** MatchScorer without the bound: the first stage is the plain disjunction of the segment's words, as before. */
    private static final TmScorer UNBOUNDED = new TmScorer() {
        @Override
        public int score(Content segment, Content candidate) {
            return SCORER.score(segment, candidate);
        }

        @Override
        public Content adaptTarget(Content segment, Content candidateSource, Content candidateTarget) {
            return SCORER.adaptTarget(segment, candidateSource, candidateTarget);
        }
    };

    /** MatchRanker's order: score, then tuid and origin (the sample has no change dates). */
    private static final java.util.Comparator<TmMatch> RANK = java.util.Comparator.comparingInt(TmMatch::score)
            .reversed().thenComparing(TmMatch::tuid).thenComparing(TmMatch::origin);

    @Test
    void sameMatchesAsThePlainDisjunctionOnASample(@TempDir Path dir) throws Exception {
        Corpus c = new Corpus(17);
        List<TmxFiles.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String en = i % 3 == 0 || pairs.isEmpty() ? c.sentence() : c.variant(pairs.get(pairs.size() - 1).en());
            if (i % 10 == 0) en = en.replace(".", " in 2,023.");
            if (i % 13 == 0) en = en.toUpperCase(java.util.Locale.ROOT);
            pairs.add(new TmxFiles.Pair("u" + i, en, Corpus.german(en)));
        }
        Path tmx = TmxFiles.write(dir.resolve("sample.tmx"), pairs);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String q = i % 2 == 0 ? c.variant(pairs.get(i * 13).en()) : c.sentence();
            queries.add(i % 7 == 0 ? q.replace(".", " in 2023.") : q);
        }
        queries.add("Signed.");
        queries.add("The council");
        int withMatches = 0;
        int same = 0;
        int asked = 0;
        try (TranslationMemory bounded = TranslationMemory.open(List.of(tmx), "en", "de", SCORER, dir.resolve("c"));
             TranslationMemory plain = TranslationMemory.open(List.of(tmx), "en", "de", UNBOUNDED, dir.resolve("c"))) {
            for (String q : queries) {
                for (int min : new int[] {50, 70, 85}) {
                    List<TmMatch> before = plain.lookup(Content.of(q), Optional.empty(), min, 5);
                    List<TmMatch> after = bounded.lookup(Content.of(q), Optional.empty(), min, 5);
                    // the candidates are the plain disjunction's that can match, plus entries that were beyond its
                    // cut: each result is the same or one ranked before it (a better match the cut had left out)
                    for (int i = 0; i < before.size(); i++) {
                        assertTrue(i < after.size() && RANK.compare(after.get(i), before.get(i)) <= 0,
                                min + ": " + q + "\n" + before + "\n" + after);
                    }
                    if (before.equals(after)) same++;
                    asked++;
                    if (min == 70 && !before.isEmpty()) withMatches++;
                }
            }
        }
        assertTrue(withMatches >= 60, "queries with a match >= 70: " + withMatches);
        assertTrue(same >= 0.95 * asked, same + " of " + asked + " identical");
    }

    /** No candidate that lacks more of the segment's words than the bound allows scores the minimum. */
    @Test
    void theBoundHoldsForTheScorer() {
        Corpus c = new Corpus(5);
        int checked = 0;
        for (int i = 0; i < 3000; i++) {
            String a = c.sentence();
            String b = i % 2 == 0 ? c.variant(a) : c.variant(c.variant(a));
            Set<String> wordsA = words(a);
            Set<String> wordsB = words(b);
            int n = wordsOf(a).size();
            int missing = 0;
            for (String w : wordsA) {
                if (!wordsB.contains(w)) missing++;
            }
            int score = SCORER.score(Content.of(a), Content.of(b));
            for (int min = 1; min <= 100; min++) {
                if (score >= min) {
                    checked++;
                    int allowed = SCORER.maxMissingWords(n, min);
                    assertTrue(missing <= allowed, "score " + score + " >= " + min + " lacks " + missing + " > " + allowed
                            + ": " + a + " / " + b);
                }
            }
        }
        assertTrue(checked > 100_000, "checked " + checked);
        assertEquals(0, SCORER.maxMissingWords(10, 100));
        assertEquals(3, SCORER.maxMissingWords(10, 70));
        assertEquals(10, SCORER.maxMissingWords(10, 0));
    }

    private static List<String> wordsOf(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(FuzzyMatchTokenizer.wordKey(w));
        }
        return out;
    }

    private static Set<String> words(String s) {
        return new HashSet<>(wordsOf(s));
    }
}
