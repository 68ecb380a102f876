package org.glossa.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.SourcePreparation;
import org.glossa.core.model.Document;
import org.glossa.core.output.BatchSummary;
import org.glossa.core.text.WordCount;
import org.glossa.core.xliff.XliffVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code glossa spark extract}: {@code glossa extract} over an archive. Each task prepares its files with core's
 * {@link SourcePreparation} (one per executor, opened on the shipped glossaries, memories and SRX rules) into
 * OUTDIR/&lt;relative path&gt;.xlf; the driver prints the lines of {@code glossa extract} in input order, the total
 * or the JSON summary.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract documents into XLIFF as 'glossa extract' does, one OUTDIR/<relative path>.xlf per input.")
final class ExtractJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories (any Hadoop file system).")
    List<String> inputs;

    @Mixin
    Languages languages = new Languages();

    @Option(names = "--xliff", defaultValue = "2.1", paramLabel = "VERSION", description = "1.2 or 2.1 (default: ${DEFAULT-VALUE}).")
    String version;

    @Option(names = "--srx", paramLabel = "FILE", description = "SRX 2.0 rules instead of the default rules.")
    String srx;

    @Option(names = {"-g", "--glossary"}, paramLabel = "GLOSSARY", description = "Mark this glossary's terms (repeatable).")
    List<String> glossaries = List.of();

    @Option(names = "--tm", paramLabel = "TMX", description = "Pre-translate from this memory (repeatable).")
    List<String> memories = List.of();

    @Option(names = "--tm-threshold", defaultValue = "75", paramLabel = "SCORE", description = "Lowest score that fills a target (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Option(names = "--copy-source", description = "Copy the source into the targets left empty, still to translate.")
    boolean copySource;

    @Option(names = "--its-terms", description = "XLIFF 1.2: ITS 2.0 term info on the term marks.")
    boolean itsTerms;

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "OUTDIR", description = "Output folder (any Hadoop file system; default: current folder).")
    String outDir;

    @Option(names = "--force", description = "Extract even when the output is newer than the input and the glossaries, memories and SRX rules.")
    boolean force;

    @Option(names = "--json", description = "A JSON summary instead of the text lines (as glossa extract --json).")
    boolean json;

    @Mixin
    Batch batch = new Batch();

    /** What the tasks need: serializable settings, the names of the shipped files. */
    record Job(String source, String target, String version, int threshold, boolean copySource, boolean itsTerms,
               String outDir, boolean force, Shipped.Names shipped, boolean verbose, String id, HadoopConf hadoop) implements Serializable {
    }

    /** What one file gave. */
    record Result(int index, String input, String kind, String output, long units, long segments, long words,
                  String line, String error, String trace, long carried, long notCarried, boolean carriedAny)
            implements Serializable {
    }

    @Override
    public Integer call() throws Exception {
        if (languages.source == null || languages.target == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required options: '--source=SRC', '--target=TGT'");
        }
        languages.check();
        XliffVersion.fromLabel(version).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                "'" + version + "' is not an XLIFF version Glossa writes (1.2 or 2.1)"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SparkRun run = SparkRun.start("extract", main.master(), err, batch.quiet)) {
            List<Archive.Entry> files = Archive.list(inputs, Documents.EXTENSIONS, batch.selection(),
                    run.context().hadoopConfiguration());
            Shipped shipped = new Shipped(run.context());
            try {
                Job job = new Job(languages.source, languages.target, version, threshold, copySource, itsTerms, outDir,
                        force, shipped.ship(glossaries, memories, Optional.ofNullable(srx), languages.source, languages.target),
                        main.verbose, java.util.UUID.randomUUID().toString(),
                        HadoopConf.of(run.context().hadoopConfiguration()));
                LongAccumulator done = run.context().sc().longAccumulator("files done");
                JavaRDD<Result> results = run.context().parallelize(files, run.partitions(files.size()))
                        .mapPartitions(part -> extract(part, job, done));
                Report report = new Report(out, err, json, main.verbose);
                run.withProgress("extract", files.size(), done, () -> {
                    run.inOrder(results).forEachRemaining(report::accept);
                    return null;
                });
                report.finish();
                return report.failed > 0 || report.files == 0 ? 2 : 0;
            } finally {
                shipped.close();
            }
        }
    }

    /** On an executor: extracts the files of one partition. */
    private static Iterator<Result> extract(Iterator<Archive.Entry> files, Job job, LongAccumulator done) {
        Prepared prepared = SparkRun.PerExecutor.get(List.of("extract", job), () -> Prepared.open(job));
        SourcePreparation.Preparer preparer = SparkRun.PerExecutor.perThread(List.of("extract-preparer", job),
                () -> prepared.preparation().preparer());
        WordCount words = SparkRun.PerExecutor.perThread(List.of("extract-words", job), () -> new WordCount(job.source()));
        List<Result> out = new ArrayList<>();
        while (files.hasNext()) {
            Archive.Entry e = files.next();
            out.add(extractOne(e, job, prepared, preparer, words));
            done.add(1);
        }
        return out.iterator();
    }

    /** The preparation of one job on one executor, opened once. */
    private record Prepared(SourcePreparation preparation) {
        static Prepared open(Job job) {
            ExtractOptions options = new ExtractOptions(job.source(), job.target(), job.shipped().srxFile());
            try {
                return new Prepared(SourcePreparation.open(new SourcePreparation.Settings(options,
                        Shipped.local(job.shipped().glossaries()), Shipped.memories(job.shipped().memories()),
                        Optional.empty(), job.threshold(), XliffVersion.fromLabel(job.version()).orElseThrow(),
                        job.copySource(), job.itsTerms())));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
    }

    private static Result extractOne(Archive.Entry e, Job job, Prepared prepared, SourcePreparation.Preparer preparer,
                                     WordCount words) {
        boolean localOut = Archive.isLocal(job.outDir());
        String output = localOut
                ? SourcePreparation.outputFor(Path.of(Archive.localPath(job.outDir())), Path.of(e.relative())).toString()
                : job.outDir().replaceFirst("/+$", "") + "/" + e.relative() + ".xlf";
        Path scratch = null;
        try {
            long written = TaskFiles.modified(output, job.hadoop());
            if (!job.force() && written > 0 && written > Math.max(job.shipped().newest(), TaskFiles.modified(e.uri(), job.hadoop()))) {
                return new Result(e.index(), e.name(), "skipped", output, 0, 0, 0, null, null, null, 0, 0, false);
            }
            if (!Archive.isLocal(e.uri()) || !localOut) scratch = TaskFiles.scratch();
            Path source = TaskFiles.source(e, scratch, job.hadoop());
            Path xlf = localOut ? Path.of(output) : scratch.resolve("out").resolve(e.relative() + ".xlf");
            if (!localOut) {
                Files.createDirectories(xlf.getParent());
                if (written > 0) { // the previous output, for its translations to be carried over
                    Files.copy(TaskFiles.local(output, Files.createDirectories(scratch.resolve("previous")), job.hadoop()), xlf);
                    Files.setLastModifiedTime(xlf, FileTime.fromMillis(written));
                }
            } else {
                Files.createDirectories(xlf.getParent());
            }
            SourcePreparation.Written w = (SourcePreparation.Written) preparer.prepare(source, xlf, true);
            if (!localOut) {
                TaskFiles.upload(xlf, output, job.hadoop());
                if (w.kept().isPresent()) TaskFiles.upload(w.kept().get(), output + ".bak", job.hadoop());
            }
            Document doc = w.document();
            long wc = doc.units().stream().filter(u -> u.translate())
                    .flatMap(u -> u.segments().stream()).mapToLong(s -> words.count(s.source().plainText())).sum();
            String kept = w.kept().map(k -> localOut ? k.toString() : output + ".bak").orElse(null);
            String line = String.format("%s -> %s: %d units, %d segments, %d words%s%s%s", e.name(), output,
                    doc.units().size(), doc.segments().size(), wc,
                    job.shipped().glossaries().isEmpty() ? "" : ", " + w.termHits() + " term hits",
                    w.filled().map(s -> ", pre-translated " + s.exact() + " exact + " + s.fuzzy() + " fuzzy").orElse(""),
                    w.carried().any() ? ", " + w.carried().describe() + (kept == null ? "" : " (previous XLIFF kept as " + kept + ")") : "");
            return new Result(e.index(), e.name(), "done", output, doc.units().size(), doc.segments().size(), wc, line,
                    null, null, w.carried().carried(), w.carried().notCarried(), w.carried().any());
        } catch (Exception | OutOfMemoryError ex) {
            return new Result(e.index(), e.name(), "failed", output, 0, 0, 0, null, SparkRun.describe(ex),
                    job.verbose() ? SparkRun.trace(ex) : null, 0, 0, false);
        } finally {
            try {
                TaskFiles.delete(scratch);
            } catch (IOException ex) {
                // a temporary folder left behind is not the file's failure; the OS cleans its temp folder
                System.err.println("glossa: " + scratch + ": " + ex.getMessage());
            }
        }
    }

    /** The driver's side: the lines of glossa extract in input order, the total or the JSON summary. */
    private static final class Report {
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean json;
        private final boolean verbose;
        private final List<Result> outputs = new ArrayList<>();
        private final List<Result> errors = new ArrayList<>();
        int files;
        int ok;
        int skipped;
        int failed;
        long units;
        long segments;
        long words;
        long carried;
        long notCarried;
        boolean anyCarried;

        Report(PrintWriter out, PrintWriter err, boolean json, boolean verbose) {
            this.out = out;
            this.err = err;
            this.json = json;
            this.verbose = verbose;
        }

        void accept(Result r) {
            files++;
            switch (r.kind()) {
                case "done" -> {
                    ok++;
                    units += r.units();
                    segments += r.segments();
                    words += r.words();
                    if (r.carriedAny()) {
                        anyCarried = true;
                        carried += r.carried();
                        notCarried += r.notCarried();
                    }
                    if (json) outputs.add(r);
                    else out.println(r.line());
                }
                case "skipped" -> {
                    skipped++;
                    if (!json) out.printf("%s -> %s: skipped (up to date)%n", r.input(), r.output());
                }
                default -> {
                    failed++;
                    errors.add(r);
                    err.println("glossa: " + r.error());
                    if (verbose && r.trace() != null) err.print(r.trace());
                    err.flush();
                }
            }
            out.flush();
        }

        void finish() throws IOException {
            if (!json) {
                out.printf("total: %d files extracted, %d failed, %d units, %d segments, %d words%s%s%n", ok, failed,
                        units, segments, words, skipped == 0 ? "" : ", " + skipped + " skipped (up to date)",
                        anyCarried ? ", carried over " + carried + " translations, " + notCarried + " not" : "");
                out.flush();
                return;
            }
            new BatchSummary(files, ok, skipped, units, segments, words,
                    errors.stream().map(e -> new BatchSummary.Error(e.input(), e.error())).toList(),
                    outputs.stream().map(o -> new BatchSummary.Output(o.input(), o.output(), o.units(), o.segments(),
                            o.words())).toList()).writeJson(out);
        }
    }
}
