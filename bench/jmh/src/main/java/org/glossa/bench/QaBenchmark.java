package org.glossa.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.qa.Check;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.term.TermChecks;
import org.glossa.core.qa.term.TermForbiddenCheck;
import org.glossa.core.qa.term.TermMissingCheck;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** QA of the seed's 35 translated segments with the DW glossary: all checks, and all but language detection. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QaBenchmark {
    @Param({"all", "no-wrong-language"})
    public String checks;

    private QaEngine engine;
    private List<SegmentPair> pairs;

    @Setup
    public void setUp() {
        TermChecks terms = new TermChecks(List.of(GlossaryReader.read(Fixtures.DW)), "en", "de");
        List<Check> all = new ArrayList<>(Checks.standard());
        all.add(new TermMissingCheck(terms));
        all.add(new TermForbiddenCheck(terms));
        engine = new QaEngine(all, checks.equals("all") ? Set.of() : Set.of("wrong-language"));
        pairs = Fixtures.translatedPairs();
    }

    @Benchmark
    public Object article() {
        return engine.run(pairs);
    }
}
