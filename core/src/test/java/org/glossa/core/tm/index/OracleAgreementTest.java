package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmMatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The index against the linear scan on 3,000 synthetic units full of near-duplicates. */
class OracleAgreementTest {
    @TempDir
    static Path dir;
    static Path tmx;
    static LinearScanMemory oracle;
    static LinearScanMemory trigramOracle;
    static List<String> exact = new ArrayList<>();
    static List<String> fuzzy = new ArrayList<>();
    /** The linear scan's answers to the fuzzy queries, per scorer name, computed once. */
    static java.util.Map<String, List<List<TmMatch>>> expectedByScorer = new java.util.concurrent.ConcurrentHashMap<>();

    @BeforeAll
    static void corpus() throws Exception {
        Corpus c = new Corpus(42);
        List<TmxFiles.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String en = i % 3 == 0 || pairs.isEmpty() ? c.sentence() : c.variant(pairs.get(pairs.size() - 1).en());
            pairs.add(new TmxFiles.Pair("u" + i, en, Corpus.german(en)));
        }
        tmx = TmxFiles.write(dir.resolve("oracle.tmx"), pairs);
        oracle = LinearScanMemory.load(List.of(tmx), "en", "de", new DiceScorer());
        trigramOracle = LinearScanMemory.load(List.of(tmx), "en", "de", new TrigramScorer());
        for (int i = 0; i < 100; i++) exact.add(pairs.get(i * 29).en());
        for (int i = 0; i < 400; i++) fuzzy.add(i % 2 == 0 ? c.variant(pairs.get(i * 7).en()) : c.sentence());
    }

    private static String top(List<TmMatch> m) {
        return m.isEmpty() ? "-" : m.get(0).score() + " " + m.get(0).origin() + ":" + m.get(0).tuid();
    }

    @Test
    void exactQueriesAgreeAlways() throws Exception {
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer(), dir.resolve("c"))) {
            assertEquals(3000, oracle.size());
            for (String q : exact) {
                List<TmMatch> expected = oracle.lookup(Content.of(q), Optional.empty(), 100, 5);
                assertEquals(expected, tm.lookup(Content.of(q), Optional.empty(), 100, 5), q);
                assertEquals(top(oracle.lookup(Content.of(q), Optional.empty(), 70, 5)),
                        top(tm.lookup(Content.of(q), Optional.empty(), 70, 5)), q);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"dice, false, 50", "dice, true, 50", "dice, false, 10", "trigram, false, 50", "trigram, true, 50",
        "trigram, false, 10", "trigram, true, 10", "trigram, false, 200"})
    void fuzzyTopMatchesAgreeAtLeast95Percent(String scorerName, boolean ngrams, int candidates) throws Exception {
        IndexOptions options = new IndexOptions(ngrams, candidates);
        boolean dice = scorerName.equals("dice");
        LinearScanMemory oracle = dice ? OracleAgreementTest.oracle : trigramOracle;
        int asked = 0;
        int agreed = 0;
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de",
                dice ? new DiceScorer() : new TrigramScorer(), Optional.of(dir.resolve("c")), options)) {
            List<List<TmMatch>> answers = expectedByScorer.computeIfAbsent(scorerName, k -> fuzzy.stream()
                    .map(q -> oracle.lookup(Content.of(q), Optional.empty(), 70, 1)).toList());
            for (int i = 0; i < fuzzy.size(); i++) {
                String q = fuzzy.get(i);
                List<TmMatch> expected = answers.get(i);
                if (expected.isEmpty() || expected.get(0).score() >= 100) continue;
                asked++;
                if (top(expected).equals(top(tm.lookup(Content.of(q), Optional.empty(), 70, 1)))) agreed++;
            }
        }
        System.out.printf("oracle agreement (" + scorerName + " scorer, %s, %d candidates): %d of %d fuzzy queries >= 70 (%.1f%%)%n",
                options.layout(), candidates, agreed, asked, 100.0 * agreed / asked);
        assertTrue(asked >= 150, "fuzzy queries with a match >= 70: " + asked);
        if (candidates >= 50) assertTrue(agreed >= 0.95 * asked, agreed + " of " + asked);
    }
}
