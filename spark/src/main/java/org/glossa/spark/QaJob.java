package org.glossa.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.glossa.core.files.FileKind;
import org.glossa.core.text.TextKey;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.qa.CheckedFile;
import org.glossa.core.qa.Consistency;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.QaInputs;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.report.ReportFormat;
import org.glossa.core.qa.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import scala.Tuple2;

/**
 * {@code glossa spark qa}: {@code glossa qa} over an archive. Tasks read their files and run core's per-segment
 * checks ({@link QaEngine#check(String, List)}); {@code inconsistent-target} and {@code inconsistent-source} are a
 * distributed group-by of the translated pairs by their normalised source (target): first the variants of each
 * text are counted ({@code reduceByKey} on text and rendering), then the texts with more than one variant are
 * joined back to their pairs, so no JVM holds more than a partition; both checks share these shuffles. The findings
 * are those of {@code glossa qa} (the same majority, first-variant and naming rules as core's {@code QaSession}) in
 * the same order: one shuffle sorts them by {@link Rank} within ranges of files ({@link FileRanges}), which the
 * driver reads in partition order and streams into core's report writers. What the shuffles and the cached check
 * results hold are bytes ({@link FindingBytes}, {@link Pair#encode()}) and small records of primitives: Spark's
 * size estimates and Java deserialization of object graphs cost more CPU than the checks (decision 0029).
 */
@Command(name = "qa", mixinStandardHelpOptions = true,
        description = "Check translated XLIFF and TMX files as 'glossa qa' does, consistency across the whole archive included.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage errors or"
                + " unreadable input (the other files are still checked)."})
final class QaJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "XLIFF or TMX files, or directories of them (any Hadoop file system).")
    List<String> inputs;

    @Option(names = {"-g", "--glossary"}, paramLabel = "GLOSSARY", description = "TBX, CSV or TSV glossary (repeatable).")
    List<String> glossaries = List.of();

    @Mixin
    Languages languages = new Languages();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text, json, html or csv (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT", description = "Write the report to this file (any Hadoop file system; default: standard output).")
    String output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL", description = "error, warning or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--disable", split = ",", paramLabel = "CHECK", description = "Checks to turn off, e.g. length-ratio,wrong-language.")
    Set<String> disabled = Set.of();

    @Mixin
    Batch batch = new Batch();

    /** What the tasks need. Languages empty: each file's own. */
    record Job(String source, String target, ArrayList<String> glossaries, ArrayList<String> disabled, boolean verbose,
               String id, HadoopConf hadoop) implements Serializable {
    }

    /** The phases of a finding in its file's order: its own, then inconsistent-target, then inconsistent-source. */
    static final int OWN = 0;
    static final int TARGETS = 1;
    static final int SOURCES = 2;

    /**
     * A translated pair as the consistency group-by sees it; ordinals are (file index, pair index) in one long, the
     * key ordinal that of the first pair with its unit and segment id in a file of its name; the texts' keys
     * ({@link TextKey}s of the space-collapsed source and target) are four longs, not nested records.
     */
    record Pair(long ordinal, long keyOrdinal, String name, String unit, String segment, String source,
                String target, long sourceHi, long sourceLo, long targetHi, long targetLo) implements Serializable {
        /** The text it is grouped by in {@code phase}: its source for {@link #TARGETS}, its target for {@link #SOURCES}. */
        Text text(int phase) {
            return phase == TARGETS ? new Text(phase, sourceHi, sourceLo) : new Text(phase, targetHi, targetLo);
        }

        /** Its rendering of that text: the target for {@link #TARGETS}, the source for {@link #SOURCES}. */
        Rows.Key rendering(int phase) {
            return phase == TARGETS ? new Rows.Key(targetHi, targetLo) : new Rows.Key(sourceHi, sourceLo);
        }

        /** As the cached check results and the consistency join hold it (see {@link FindingBytes} for why bytes). */
        byte[] encode() {
            return FindingBytes.encode(128 + 2 * (source.length() + target.length()), "a pair", out -> {
                out.writeLong(ordinal);
                out.writeLong(keyOrdinal);
                out.writeString(name);
                out.writeString(unit);
                out.writeString(segment);
                out.writeString(source);
                out.writeString(target);
                out.writeLong(sourceHi);
                out.writeLong(sourceLo);
                out.writeLong(targetHi);
                out.writeLong(targetLo);
            });
        }

        static Pair decode(byte[] bytes) {
            return FindingBytes.decode(bytes, "a pair", in -> new Pair(in.readLong(), in.readLong(), in.readString(),
                    in.readString(), in.readString(), in.readString(), in.readString(), in.readLong(), in.readLong(),
                    in.readLong(), in.readLong()));
        }
    }

    /** A text's key in one phase's group-by (both consistency checks share the shuffles). */
    record Text(int phase, long hi, long lo) implements Serializable {
    }

    /** A text's key and one rendering's: the key of the variant counts. */
    record Rendering(int phase, long hi, long lo, long valueHi, long valueLo) implements Serializable {
        static Rendering of(Pair p, int phase) {
            Text t = p.text(phase);
            Rows.Key v = p.rendering(phase);
            return new Rendering(phase, t.hi(), t.lo(), v.hi(), v.lo());
        }

        Text text() {
            return new Text(phase, hi, lo);
        }

        Rows.Key value() {
            return new Rows.Key(valueHi, valueLo);
        }
    }

    /**
     * A finding's place in the report (core's QaSession order), the sort key of the findings' one shuffle: the ordinal
     * of the first pair with its unit and segment id in a file of its name, whose file's findings it joins
     * ({@link #holder()}); the phase ({@link #OWN}, then {@code a} the file's finding sequence; {@link #TARGETS} or
     * {@link #SOURCES}, then {@code a, b, c}: the ordinals of the group's first pair, the variant's, the pair's).
     */
    record Rank(long keyOrdinal, int phase, long a, long b, long c) implements Comparable<Rank>, Serializable {
        /** The index of the file whose findings this one is reported with. */
        int holder() {
            return (int) (keyOrdinal >>> 32);
        }

        @Override
        public int compareTo(Rank o) {
            int d = Long.compare(keyOrdinal, o.keyOrdinal);
            if (d == 0) d = Integer.compare(phase, o.phase);
            if (d == 0) d = Long.compare(a, o.a);
            if (d == 0) d = Long.compare(b, o.b);
            if (d == 0) d = Long.compare(c, o.c);
            return d;
        }
    }

    /**
     * What one file gave: its findings ({@link #own()}, through {@link FindingBytes}' spool stream: their number,
     * then for each the key ordinal and sequence of its {@link Rank} and its {@link FindingBytes} with their length)
     * and its translated pairs ({@link Pair#encode()}), as bytes: cached serialized, the check results are read by
     * several jobs, each of which decodes only what it uses.
     */
    record Checked(int index, String name, int segments, byte[] own, ArrayList<byte[]> translated,
                   String error, String trace) implements Serializable {
        /** Without the findings and pairs: what the driver needs of every file. */
        Checked summary() {
            return new Checked(index, name, segments, null, null, error, trace);
        }

        static byte[] own(List<Tuple2<Rank, byte[]>> findings) {
            int size = 4;
            for (Tuple2<Rank, byte[]> f : findings) size += 20 + f._2().length;
            return FindingBytes.encode(size, "a file's findings", out -> {
                out.writeInt(findings.size());
                for (Tuple2<Rank, byte[]> f : findings) {
                    out.writeLong(f._1().keyOrdinal());
                    out.writeLong(f._1().a());
                    out.writeBytes(f._2());
                }
            });
        }

        /** The file's own findings (phase {@link #OWN}) with their ranks. */
        Iterator<Tuple2<Rank, byte[]>> ownFindings() {
            return FindingBytes.decode(own, "a file's findings", in -> {
                int n = in.readInt();
                List<Tuple2<Rank, byte[]>> findings = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    long keyOrdinal = in.readLong();
                    long sequence = in.readLong();
                    findings.add(new Tuple2<>(new Rank(keyOrdinal, OWN, sequence, 0, 0), in.readBytes()));
                }
                return findings;
            }).iterator();
        }
    }

    /** One rendering of a text: how many pairs have it, and its first pair (ordinal, "file unit/segment", texts). */
    record Variant(long count, long first, String location, String source, String target) implements Serializable {
        static Variant of(Pair p) {
            return new Variant(1, p.ordinal(), p.name() + " " + p.unit() + "/" + p.segment(), p.source(), p.target());
        }

        static Variant merge(Variant x, Variant y) {
            Variant earlier = x.first() <= y.first() ? x : y;
            return new Variant(x.count() + y.count(), earlier.first(), earlier.location(), earlier.source(), earlier.target());
        }
    }

    /** The renderings of one text, to be merged; inconsistent when there is more than one. */
    record Group(ArrayList<Rows.Key> values, ArrayList<Variant> variants) implements Serializable {
        static Group of(Rows.Key value, Variant v) {
            return new Group(new ArrayList<>(List.of(value)), new ArrayList<>(List.of(v)));
        }

        static Group merge(Group x, Group y) {
            ArrayList<Rows.Key> values = new ArrayList<>(x.values());
            values.addAll(y.values());
            ArrayList<Variant> variants = new ArrayList<>(x.variants());
            variants.addAll(y.variants());
            return new Group(values, variants);
        }

        long first() {
            return variants.stream().mapToLong(Variant::first).min().orElseThrow();
        }

        /** The most frequent rendering, the first one on a tie. */
        int majority() {
            int m = 0;
            for (int i = 1; i < variants.size(); i++) {
                Variant v = variants.get(i);
                Variant best = variants.get(m);
                if (v.count() > best.count() || v.count() == best.count() && v.first() < best.first()) m = i;
            }
            return m;
        }
    }

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = ReportFormat.fromId(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Invalid value for option '--format': '" + format + "' is not a report format (text, json, html, csv)"));
        Optional<Severity> threshold = failOn.equals("never") ? Optional.empty() : Optional.of(Severity.fromId(failOn)
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "--fail-on: '" + failOn + "' is not one of error, warning, never")));
        languages.check();
        PrintWriter err = spec.commandLine().getErr();
        try (SparkRun run = SparkRun.start("qa", main.master(), err, batch.quiet)) {
            Shipped shipped = new Shipped(run.context());
            try {
                Shipped.Names names = shipped.ship(glossaries, List.of(), Optional.empty(), "en", "de");
                Job job = new Job(languages.source == null ? "" : languages.source,
                        languages.target == null ? "" : languages.target, new ArrayList<>(names.glossaries()),
                        new ArrayList<>(disabled), main.verbose, java.util.UUID.randomUUID().toString(),
                        HadoopConf.of(run.context().hadoopConfiguration()));
                engine(job); // an unknown --disable check is an input error before any file is looked at
                List<Archive.Entry> files = Archive.list(inputs, FileKind.extensionsOf(FileKind.XLIFF, FileKind.TMX),
                        batch.selection(), run.context().hadoopConfiguration());
                LongAccumulator done = run.context().sc().longAccumulator("files done");
                List<ArrayList<Archive.Entry>> named = byName(files);
                JavaRDD<Checked> checked = run.context().parallelize(named, run.partitions(named.size()))
                        .mapPartitions(part -> check(part, job, done)).persist(StorageLevel.MEMORY_AND_DISK_SER());
                List<Checked> summaries = new ArrayList<>();
                JavaPairRDD<Rank, byte[]> findings = run.withProgress("qa", files.size(), done, () -> {
                    summaries.addAll(checked.map(Checked::summary).collect());
                    summaries.sort(Comparator.comparingInt(Checked::index));
                    for (Checked c : summaries) {
                        if (c.error() == null) continue;
                        err.println("glossa: " + c.error());
                        if (main.verbose && c.trace() != null) err.print(c.trace());
                    }
                    err.flush();
                    int indices = files.stream().mapToInt(Archive.Entry::index).max().orElse(0) + 1;
                    return ranked(checked, indices, run.shufflePartitions(files.size()),
                            !disabled.contains(Consistency.INCONSISTENT_TARGET), !disabled.contains(Consistency.INCONSISTENT_SOURCE));
                });
                List<Checked> read = summaries.stream().filter(c -> c.error() == null).toList();
                long failed = summaries.size() - read.size();
                int segments = read.stream().mapToInt(Checked::segments).sum();
                QaReport report = new QaReport(streamed(run, findings), segments,
                        read.stream().map(Checked::name).distinct().toList());
                write(report, reportFormat, err, job.hadoop());
                findings.unpersist(false);
                checked.unpersist(false);
                if (failed > 0) return 2;
                return threshold.isPresent() && report.anyAtLeast(threshold.get()) ? 1 : 0;
            } finally {
                shipped.close();
            }
        }
    }

    private void write(QaReport report, ReportFormat reportFormat, PrintWriter err, HadoopConf hadoop) throws IOException {
        if (output == null) {
            ReportWriter.write(report, reportFormat, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            return;
        }
        if (Archive.isLocal(output)) {
            ReportWriter.write(report, reportFormat, Path.of(Archive.localPath(output)));
        } else {
            Path scratch = TaskFiles.scratch();
            try {
                Path local = scratch.resolve("report");
                ReportWriter.write(report, reportFormat, local);
                TaskFiles.upload(local, output, hadoop);
            } finally {
                TaskFiles.delete(scratch);
            }
        }
        err.printf("%s: %d issues in %d segments%n", output, report.issues(), report.segments());
        err.flush();
    }

    /** The findings in report order, decoded; each iteration reads them again from the (persisted) partitions. */
    private static Iterable<Finding> streamed(SparkRun run, JavaPairRDD<Rank, byte[]> findings) {
        return () -> {
            Iterator<Tuple2<Rank, byte[]>> rows = run.inOrder(findings.rdd().toJavaRDD());
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Finding next() {
                    return FindingBytes.decode(rows.next()._2());
                }
            };
        };
    }

    /**
     * Every finding keyed by its {@link Rank}, in report order: one shuffle into ranges of file indices
     * ({@link FileRanges}), each partition sorted by rank; {@code files} is one more than the highest file index.
     */
    static JavaPairRDD<Rank, byte[]> ranked(JavaRDD<Checked> checked, int files, int partitions, boolean targets,
                                            boolean sources) {
        JavaRDD<Checked> ok = checked.filter(c -> c.error() == null);
        JavaPairRDD<Rank, byte[]> all = ok.flatMapToPair(Checked::ownFindings);
        int[] phases = java.util.stream.IntStream.of(targets ? TARGETS : -1, sources ? SOURCES : -1).filter(p -> p > 0).toArray();
        if (phases.length > 0) all = all.union(consistency(ok.flatMap(c -> c.translated().iterator()), phases, partitions));
        return all.repartitionAndSortWithinPartitions(new FileRanges(partitions, files))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
    }

    /**
     * {@code inconsistent-target} (phase {@link #TARGETS}: pairs grouped by source, renderings their targets) and
     * {@code inconsistent-source} ({@link #SOURCES}: grouped by target), the phases asked for in the same shuffles:
     * the findings of the pairs that depart from their group's majority.
     */
    static JavaPairRDD<Rank, byte[]> consistency(JavaRDD<byte[]> pairs, int[] phases, int partitions) {
        JavaPairRDD<Text, Group> groups = pairs.map(Pair::decode)
                .flatMapToPair(p -> java.util.Arrays.stream(phases).mapToObj(phase ->
                        new Tuple2<>(Rendering.of(p, phase), Variant.of(p))).iterator())
                .reduceByKey(Variant::merge, partitions)
                .mapToPair(t -> new Tuple2<>(t._1().text(), Group.of(t._1().value(), t._2())))
                .reduceByKey(Group::merge, partitions)
                .filter(t -> t._2().values().size() > 1);
        return pairs.flatMapToPair(bytes -> {
            Pair p = Pair.decode(bytes);
            return java.util.Arrays.stream(phases).mapToObj(phase -> new Tuple2<>(p.text(phase), bytes)).iterator();
        }).join(groups, partitions).flatMapToPair(t -> {
            int phase = t._1().phase();
            Pair p = Pair.decode(t._2()._1());
            Group g = t._2()._2();
            int m = g.majority();
            int v = g.values().indexOf(p.rendering(phase));
            if (v == m) return java.util.Collections.emptyIterator();
            Variant majority = g.variants().get(m);
            boolean targetCheck = phase == TARGETS;
            Finding f = Consistency.finding(p.name(), p.unit(), p.segment(), p.source(), p.target(),
                    targetCheck ? Consistency.INCONSISTENT_TARGET : Consistency.INCONSISTENT_SOURCE,
                    targetCheck ? majority.target() : majority.source(), majority.location());
            Rank r = new Rank(p.keyOrdinal(), phase, g.first(), g.variants().get(v).first(), p.ordinal());
            return List.of(new Tuple2<>(r, FindingBytes.encode(f))).iterator();
        });
    }

    /** The engine of {@code glossa qa}: the standard checks and the glossaries' term checks; built once per executor. */
    static QaEngine engine(Job job) {
        return SparkRun.PerExecutor.get(List.of("qa", job), () -> {
            List<Glossary> glossaries = GlossaryReader.readAll(Shipped.local(job.glossaries()),
                    job.source().isEmpty() ? "en" : job.source(), job.target().isEmpty() ? "de" : job.target());
            return new QaEngine((s, t) -> Checks.withTerms(glossaries, s, t), Checks.withTerms(glossaries, "en", "de"),
                    Set.copyOf(job.disabled()));
        });
    }

    /**
     * The files by name, in input order of their first: a name given more than once is one file of the report, as in
     * core's QaSession (a segment's findings are reported with the first file of its name that has its ids), so its
     * occurrences are checked together, in order, by one task.
     */
    static List<ArrayList<Archive.Entry>> byName(List<Archive.Entry> files) {
        Map<String, ArrayList<Archive.Entry>> named = new java.util.LinkedHashMap<>();
        for (Archive.Entry e : files) named.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
        return new ArrayList<>(named.values());
    }

    private static Iterator<Checked> check(Iterator<ArrayList<Archive.Entry>> names, Job job, LongAccumulator done) {
        QaEngine engine = engine(job);
        List<Checked> out = new ArrayList<>();
        while (names.hasNext()) {
            Map<String, Long> firstByKey = new HashMap<>();
            long[] sequence = {0};
            for (Archive.Entry e : names.next()) {
                out.add(checkOne(e, job, engine, firstByKey, sequence));
                done.add(1);
            }
        }
        return out.iterator();
    }

    /** Checks one file; {@code firstByKey} and {@code sequence} run on over the files of its name. */
    private static Checked checkOne(Archive.Entry e, Job job, QaEngine engine, Map<String, Long> firstByKey,
                                    long[] sequence) {
        Path scratch = null;
        try {
            if (!Archive.isLocal(e.name())) scratch = TaskFiles.scratch();
            Path file = TaskFiles.source(e, scratch, job.hadoop());
            Optional<String> source = job.source().isEmpty() ? Optional.empty() : Optional.of(job.source());
            Optional<String> target = job.target().isEmpty() ? Optional.empty() : Optional.of(job.target());
            List<SegmentPair> pairs = QaInputs.read(file, e.name(), source, target);
            CheckedFile checked = engine.check(e.name(), pairs);
            ArrayList<Tuple2<Rank, byte[]>> own = new ArrayList<>();
            ArrayList<byte[]> translated = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                SegmentPair p = pairs.get(i);
                long ordinal = ((long) e.index() << 32) | i;
                long keyOrdinal = firstByKey.computeIfAbsent(p.unit() + '\u0000' + p.segment(), k -> ordinal);
                for (Finding f : checked.findings().get(i)) {
                    own.add(new Tuple2<>(new Rank(keyOrdinal, OWN, sequence[0]++, 0, 0), FindingBytes.encode(f)));
                }
                if (!p.targetText().isBlank()) {
                    TextKey s = TextKey.of(TextKey.collapseSpaces(p.sourceText()));
                    TextKey t = TextKey.of(TextKey.collapseSpaces(p.targetText()));
                    translated.add(new Pair(ordinal, keyOrdinal, e.name(), p.unit(), p.segment(), p.sourceText(),
                            p.targetText(), s.hi(), s.lo(), t.hi(), t.lo()).encode());
                }
            }
            return new Checked(e.index(), e.name(), pairs.size(), Checked.own(own), translated, null, null);
        } catch (Exception | OutOfMemoryError ex) {
            return new Checked(e.index(), e.name(), 0, null, null, SparkRun.describe(ex),
                    job.verbose() ? SparkRun.trace(ex) : null);
        } finally {
            try {
                TaskFiles.delete(scratch);
            } catch (IOException ex) {
                System.err.println("glossa: " + scratch + ": " + ex.getMessage());
            }
        }
    }
}
