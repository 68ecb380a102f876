package org.glossa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Content;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Finding glossary terms in every segment of the seed: the DW glossary vs the same plus 100,000 generated entries. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TermRecognitionBenchmark {
    @Param({"dw", "dw+100k"})
    public String glossary;

    private TermAnnotator annotator;
    private List<String> texts;

    @Setup
    public void setUp() {
        Glossary dw = GlossaryReader.read(Fixtures.DW);
        List<Glossary> glossaries = new ArrayList<>(List.of(dw));
        if (glossary.equals("dw+100k")) glossaries.add(generated(100_000));
        annotator = new TermAnnotator(glossaries, "en", "de");
        texts = Fixtures.sources().stream().map(Content::plainText).toList();
    }

    @Benchmark
    public void article(Blackhole bh) {
        for (String t : texts) bh.consume(annotator.find(t));
    }

    /** Pseudo-word terms of one to three words (fixed seed). */
    static Glossary generated(int n) {
        String[] syllables = {"ka", "lo", "mi", "ter", "vos", "an", "del", "ri", "sun", "qua", "pel", "tro", "zen", "ba"};
        Random r = new Random(20230110);
        List<Concept> concepts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + r.nextInt(3);
            for (int w = 0; w < words; w++) {
                if (w > 0) sb.append(' ');
                for (int s = 0; s < 2 + r.nextInt(3); s++) sb.append(syllables[r.nextInt(syllables.length)]);
            }
            String en = sb.toString();
            concepts.add(new Concept("g" + i, Optional.empty(), Optional.empty(), false,
                    List.of(new Term(en, "en"), new Term(en + "-de", "de"))));
        }
        return new Glossary("generated", concepts);
    }
}
