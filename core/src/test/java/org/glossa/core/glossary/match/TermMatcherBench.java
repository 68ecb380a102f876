package org.glossa.core.glossary.match;

import java.util.Locale;
import org.glossa.core.glossary.Glossary;

/**
 * Times {@link TermMatcher#find(String)} over the whole DW seed with the DW glossary and with a 100,000-concept
 * glossary. Not a test: run {@code main} by hand.
 */
public final class TermMatcherBench {
    private static final int RUNS = 1_000;

    private TermMatcherBench() {
    }

    public static void main(String[] args) {
        String seed = DwGlossary.seed();
        Glossary small = DwGlossary.glossary();
        long t0 = System.nanoTime();
        Glossary large = GeneratedGlossary.generate(100_000, 20230110L, seed);
        long t1 = System.nanoTime();
        TermMatcher smallMatcher = TermMatcher.forSource(small, "en", "de");
        long t2 = System.nanoTime();
        TermMatcher largeMatcher = TermMatcher.forSource(large, "en", "de");
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "seed: %,d chars; generating 100k glossary %.0f ms; building matchers:"
                + " %d terms %.1f ms, %,d terms %.0f ms%n", seed.length(), ms(t1 - t0), smallMatcher.size(),
                ms(t2 - t1), largeMatcher.size(), ms(t3 - t2));
        for (int round = 1; round <= 2; round++) {
            report("round " + round + ", " + smallMatcher.size() + " terms", smallMatcher, seed);
            report("round " + round + ", " + largeMatcher.size() + " terms", largeMatcher, seed);
        }
    }

    private static void report(String label, TermMatcher matcher, String text) {
        int hits = 0;
        for (int i = 0; i < RUNS / 5; i++) hits += matcher.find(text).size(); // warm-up
        long start = System.nanoTime();
        for (int i = 0; i < RUNS; i++) hits += matcher.find(text).size();
        long elapsed = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "%-28s %d x find(seed): %.0f ms, %.1f µs per find (%d hits per find)%n",
                label, RUNS, ms(elapsed), elapsed / 1_000.0 / RUNS, hits / (RUNS + RUNS / 5));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
