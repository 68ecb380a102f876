package org.glossa.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.glossa.core.model.Content;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.tm.score.MatchScorer;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Looking up one seed sentence (with one word changed, so it is a fuzzy match) in a memory of N generated units
 * built from seed sentences with random word changes. The million-unit figures are in docs/benchmarks.md (bench/tm.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TmLookupBenchmark {
    @Param({"10000", "100000"})
    public int units;

    private Path dir;
    private TranslationMemory tm;
    private List<Content> queries;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("glossa-jmh-tm");
        Path tmx = dir.resolve("memory.tmx");
        List<String> sentences = Fixtures.sources().stream().map(Content::plainText).filter(s -> s.split(" ").length > 5).toList();
        Random r = new Random(7);
        try (TmxWriter w = TmxWriter.open(tmx, TmxHeader.glossa("en", "plaintext"))) {
            for (int i = 0; i < units; i++) {
                String s = mutate(sentences.get(r.nextInt(sentences.size())), r, 1 + r.nextInt(4));
                w.write(TranslationUnit.of("t" + i, List.of(Variant.of("en", Content.of(s)), Variant.of("de", Content.of("DE " + s)))));
            }
        }
        tm = TranslationMemory.open(List.of(tmx), "en", "de", new MatchScorer(Locale.ENGLISH, Locale.GERMAN));
        queries = new ArrayList<>();
        for (String s : sentences) queries.add(Content.of(mutate(s, r, 1)));
    }

    @Benchmark
    public Object lookup() {
        Content q = queries.get(next++ % queries.size());
        return tm.lookup(q, Optional.empty(), 70, 5);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        tm.close();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static String mutate(String sentence, Random r, int edits) {
        String[] words = sentence.split(" ");
        for (int e = 0; e < edits; e++) words[r.nextInt(words.length)] = "w" + r.nextInt(5000);
        return String.join(" ", words);
    }
}
