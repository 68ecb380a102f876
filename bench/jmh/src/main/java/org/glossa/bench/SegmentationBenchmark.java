package org.glossa.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.core.model.Content;
import org.glossa.core.segment.Segmenter;
import org.glossa.core.segment.SrxSegmenter;
import org.glossa.core.segment.news.NewsSegmenter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Segmenting the seed article's paragraphs (~640 words): Glossa's news segmenter vs Okapi's default SRX. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SegmentationBenchmark {
    @Param({"news", "okapi-srx"})
    public String engine;

    private Segmenter segmenter;
    private List<Content> paragraphs;

    @Setup
    public void setUp() {
        segmenter = engine.equals("news") ? NewsSegmenter.forLanguage("en") : SrxSegmenter.forLanguage("en");
        paragraphs = Fixtures.seed().units().stream().map(u -> u.source()).toList();
    }

    @Benchmark
    public void article(Blackhole bh) {
        for (Content p : paragraphs) bh.consume(segmenter.split(p));
    }
}
