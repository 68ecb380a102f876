package org.glossa.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.glossa.core.analysis.Analysis;
import org.glossa.core.text.TextKey;
import org.glossa.core.analysis.AnalysisReport;
import org.glossa.core.analysis.Band;
import org.glossa.core.analysis.BandCounts;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.files.FileKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.index.TranslationMemory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code glossa spark analyze}: {@code glossa analyze} over an archive. Tasks open their documents and score each
 * translatable segment against the shipped memories with core's {@link Analysis} (words by ICU word boundaries, the
 * best match score); repetitions across the archive are a group-by: the first occurrence of each normalised source
 * text ({@code reduceByKey} on its hash, keeping the lowest position) is counted in its band, every later one as a
 * repetition (unless it has a context match), as core's {@code Analysis.Counter} counts them in input order. The
 * driver receives one row of counts per file and writes core's report.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Word counts per match band and repetitions across the archive, as 'glossa analyze' counts them.")
final class AnalyzeJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or XLIFF files, or directories of them (any Hadoop file system).")
    List<String> inputs;

    @Option(names = "--tm", paramLabel = "TMX", description = "TMX memory (repeatable).")
    List<String> tmx = List.of();

    @Option(names = {"-s", "--source"}, paramLabel = "SRC", defaultValue = "en", description = "Source language (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = {"-t", "--target"}, paramLabel = "TGT", defaultValue = "de", description = "Target language (default: ${DEFAULT-VALUE}).")
    String target;

    @picocli.CommandLine.Mixin
    Batch batch = new Batch();

    @ArgGroup(exclusive = true)
    Format format = new Format();

    static final class Format {
        @Option(names = "--json", description = "{\"files\": [...], \"total\": {\"words\", \"segments\", \"bands\": {\"101\": words, …}}}")
        boolean json;

        @Option(names = "--csv", description = "CSV, one row per file and a total row.")
        boolean csv;

        @Option(names = "--html", description = "One self-contained HTML page.")
        boolean html;
    }

    record Job(String source, String target, ArrayList<String> memories, boolean verbose, String id, HadoopConf hadoop) implements Serializable {
    }

    /** One translatable segment: its file, position (file index, segment index in one long), words and band. */
    record Seg(int file, long ordinal, long words, int band) implements Serializable {
    }

    record Scored(int index, String name, ArrayList<Tuple2<Rows.Key, Seg>> segments, String error, String trace)
            implements Serializable {
    }

    @Override
    public Integer call() throws IOException {
        source = org.glossa.core.lang.LanguageTags.parse(source, "--source");
        target = org.glossa.core.lang.LanguageTags.parse(target, "--target");
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        try (SparkRun run = SparkRun.start("analyze", main.master(), err, batch.quiet)) {
            Set<String> extensions = new java.util.HashSet<>(Documents.EXTENSIONS);
            extensions.addAll(FileKind.XLIFF.extensions());
            List<Archive.Entry> files = Archive.list(inputs, extensions, batch.selection(), run.context().hadoopConfiguration());
            Shipped shipped = new Shipped(run.context());
            try {
                Shipped.Names names = shipped.ship(List.of(), tmx, Optional.empty(), source, target);
                Job job = new Job(source, target, new ArrayList<>(names.memories()), main.verbose, java.util.UUID.randomUUID().toString(),
                        HadoopConf.of(run.context().hadoopConfiguration()));
                LongAccumulator done = run.context().sc().longAccumulator("files done");
                JavaRDD<Scored> scored = run.context().parallelize(files, run.partitions(files.size()))
                        .mapPartitions(part -> score(part, job, done)).persist(StorageLevel.MEMORY_AND_DISK_SER());
                int partitions = run.shufflePartitions(files.size());
                Analysis.Result result = run.withProgress("analyze", files.size(), done, () -> count(scored, partitions, err));
                int failed = (int) scored.filter(s -> s.error() != null).count();
                scored.unpersist(false);
                if (format.json) AnalysisReport.json(result, out);
                else if (format.csv) AnalysisReport.csv(result, out);
                else if (format.html) AnalysisReport.html(result, out);
                else AnalysisReport.text(result, out);
                out.flush();
                return failed > 0 ? 2 : 0;
            } finally {
                shipped.close();
            }
        }
    }

    /** Reports the files that failed, then counts the others: first occurrences in their bands, the rest repetitions. */
    private Analysis.Result count(JavaRDD<Scored> scored, int partitions, PrintWriter err) {
        List<Scored> errors = new ArrayList<>(scored.filter(s -> s.error() != null).collect());
        errors.sort(Comparator.comparingInt(Scored::index));
        for (Scored s : errors) {
            err.println("glossa: " + s.error());
            if (main.verbose && s.trace() != null) err.print(s.trace());
        }
        err.flush();
        JavaPairRDD<Rows.Key, Seg> segments = scored.filter(s -> s.error() == null)
                .flatMapToPair(s -> s.segments().iterator());
        JavaPairRDD<Rows.Key, Long> first = segments.mapValues(Seg::ordinal).reduceByKey(Math::min, partitions);
        int repetition = Band.REPETITION.ordinal();
        int context = Band.CONTEXT.ordinal();
        int bands = Band.values().length;
        Map<Integer, long[]> byFile = segments.join(first, partitions).mapToPair(t -> {
            Seg s = t._2()._1();
            boolean repeated = s.ordinal() != t._2()._2();
            long[] counts = new long[2 * bands];
            int band = repeated && s.band() != context ? repetition : s.band();
            counts[2 * band] = s.words();
            counts[2 * band + 1] = 1;
            return new Tuple2<>(s.file(), counts);
        }).reduceByKey((long[] x, long[] y) -> {
            long[] sum = x.clone();
            for (int i = 0; i < sum.length; i++) sum[i] += y[i];
            return sum;
        }, partitions).collectAsMap();
        List<Tuple2<Integer, String>> ok = new ArrayList<>(scored.filter(s -> s.error() == null)
                .map(s -> new Tuple2<>(s.index(), s.name())).collect());
        ok.sort(Comparator.comparing(Tuple2::_1));
        List<Analysis.FileCounts> files = new ArrayList<>();
        BandCounts total = new BandCounts();
        for (Tuple2<Integer, String> f : ok) {
            BandCounts c = new BandCounts();
            long[] counts = byFile.getOrDefault(f._1(), new long[2 * bands]);
            for (Band b : Band.values()) {
                c.add(b, counts[2 * b.ordinal()], counts[2 * b.ordinal() + 1]);
                total.add(b, counts[2 * b.ordinal()], counts[2 * b.ordinal() + 1]);
            }
            files.add(new Analysis.FileCounts(f._2(), c));
        }
        return new Analysis.Result(List.copyOf(files), total);
    }

    /** On an executor: the segments of each file with their words, best score and the hash of their text. */
    private static Iterator<Scored> score(Iterator<Archive.Entry> files, Job job, LongAccumulator done) {
        Analysis analysis = analysis(job);
        Extractor extractor = SparkRun.PerExecutor.perThread(List.of("analyze-extractor", job),
                () -> new Extractor(new ExtractOptions(job.source(), job.target())));
        List<Scored> out = new ArrayList<>();
        while (files.hasNext()) {
            Archive.Entry e = files.next();
            Path scratch = null;
            try {
                if (!Archive.isLocal(e.name())) scratch = TaskFiles.scratch();
                List<Analysis.Scored> segments = analysis.score(Documents.open(TaskFiles.source(e, scratch, job.hadoop()), extractor));
                ArrayList<Tuple2<Rows.Key, Seg>> rows = new ArrayList<>(segments.size());
                for (int i = 0; i < segments.size(); i++) {
                    Analysis.Scored s = segments.get(i);
                    rows.add(new Tuple2<>(Rows.Key.of(TextKey.collapseSpaces(s.text())), new Seg(e.index(),
                            ((long) e.index() << 32) | i, s.words(), Band.ofScore(s.score()).ordinal())));
                }
                out.add(new Scored(e.index(), e.name(), rows, null, null));
            } catch (Exception | OutOfMemoryError ex) {
                out.add(new Scored(e.index(), e.name(), null, SparkRun.describe(ex), job.verbose() ? SparkRun.trace(ex) : null));
            } finally {
                try {
                    TaskFiles.delete(scratch);
                } catch (IOException ex) {
                    System.err.println("glossa: " + scratch + ": " + ex.getMessage());
                }
            }
            done.add(1);
        }
        return out.iterator();
    }

    /** The analysis of {@code glossa analyze}: against the shipped memories (opened once per executor), or none. */
    private static Analysis analysis(Job job) {
        if (job.memories().isEmpty()) return Analysis.withoutMemory(job.source());
        TranslationMemory tm = SparkRun.PerExecutor.get(List.of("analyze", job), () -> {
            try {
                return TranslationMemory.open(Shipped.memories(job.memories()), job.source(), job.target());
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        return new Analysis((s, previous) -> best(tm.lookup(s, previous, 50, 1)), job.source());
    }

    private static OptionalInt best(List<TmMatch> matches) {
        return matches.isEmpty() ? OptionalInt.empty() : OptionalInt.of(matches.get(0).score());
    }
}
