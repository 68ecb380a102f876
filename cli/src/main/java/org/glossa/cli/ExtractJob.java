package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.analysis.Analysis;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.SourcePreparation;
import org.glossa.core.extract.TranslationCarryOver;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.text.WordCount;
import org.glossa.core.tm.PreTranslator;

/**
 * Prepares documents with the {@link SourcePreparation} pipeline on a {@link BatchRunner}, one XLIFF per input (its
 * translations carried over from the previous one, glossary terms marked, targets pre-translated from the
 * memories): the work of {@code extract} and of {@code run}'s first step. This class adds the batch around it: the
 * per-file lines, the counts and the analysis scores.
 */
final class ExtractJob {
    /** Where the outputs go, whether to prepare even up-to-date ones, memories and glossaries of a server. */
    record Settings(SourcePreparation.Settings preparation, Output output, boolean force, SourcePreparation.Shared shared) {
        Settings(SourcePreparation.Settings preparation, Output output, boolean force) {
            this(preparation, output, force, SourcePreparation.Shared.NONE);
        }
    }

    /** Where an input's XLIFF goes. */
    @FunctionalInterface
    interface Output {
        Path of(InputFiles.Input in);

        /** OUTDIR/&lt;the input's relative path&gt;.xlf. */
        static Output under(Path outDir) {
            return in -> SourcePreparation.outputFor(outDir, in.relative());
        }
    }

    /** Counts over all files written: targets pre-translation filled, translations carried over and not. */
    static final class Filled {
        long exact;
        long fuzzy;
        long carried;
        long notCarried;
        /** One line per file whose previous translations were looked at, in input order. */
        final List<String> carryLines = new ArrayList<>();

        synchronized void add(PreTranslator.Stats s) {
            exact += s.exact();
            fuzzy += s.fuzzy();
        }

        void add(String file, TranslationCarryOver.Report r, Optional<Path> kept) {
            carried += r.carried();
            notCarried += r.notCarried();
            carryLines.add(file + ": " + r.describe() + kept.map(k -> "; the previous XLIFF is kept as " + k).orElse(""));
        }

        /** ", carried over N translations, M not" when any were looked at. */
        String carrySuffix() {
            return carryLines.isEmpty() ? "" : ", carried over " + carried + " translations, " + notCarried + " not";
        }
    }

    private final Settings settings;
    private final Filled filled = new Filled();
    private Optional<org.glossa.core.mt.MachineTranslator> machine = Optional.empty();
    private int machineTranslated;

    ExtractJob(Settings settings) {
        this.settings = settings;
    }

    /** Machine-translates what the memories leave empty ({@code extract --mt}). */
    ExtractJob machineTranslating(org.glossa.core.mt.MachineTranslator mt) {
        machine = Optional.of(mt);
        return this;
    }

    /** How many segments machine translation filled in the last run. */
    int machineTranslated() {
        return machineTranslated;
    }

    Filled filled() {
        return filled;
    }

    /** Extracts {@code files} with {@code runner}, giving each outcome to {@code report} in input order. */
    void run(List<InputFiles.Input> files, BatchRunner runner, BatchReport report) throws IOException {
        run(files, runner, report, Optional.empty());
    }

    /**
     * Extracts {@code files} and, when {@code analysis} is given, counts each file that worked into it (in input
     * order) with the best scores the pre-translation found: the analysis of {@code run} without extracting and
     * looking up everything again. A file not extracted (up to date) or an XLIFF source is opened and looked up as
     * {@code analyze} would.
     */
    void run(List<InputFiles.Input> files, BatchRunner runner, BatchReport report, Optional<Analysis.Counter> analysis)
            throws IOException {
        String source = settings.preparation().options().sourceLanguage();
        // the outputs are forced to disk in the background and their folders once at the end (AtomicFiles.Batch)
        try (SourcePreparation preparation = SourcePreparation.open(settings.preparation(), settings.shared())) {
            preparation.warnings().forEach(report::warn);
            machine.ifPresent(preparation::machineTranslating);
            Analysis lookups = preparation.memory()
                    .map(tm -> new Analysis((s, previous) -> AnalysisJob.best(tm.lookup(s, previous, 50, 1)), source))
                    .orElseGet(() -> Analysis.withoutMemory(source));
            // each file's scores and carry-over, from its task until the sink takes them in input order
            Map<InputFiles.Input, List<Analysis.Scored>> scored = Collections.synchronizedMap(new IdentityHashMap<>());
            Map<InputFiles.Input, SourcePreparation.Written> written = Collections.synchronizedMap(new IdentityHashMap<>());
            ExtractWarmUp.stop(); // the workers take over the cores
            runner.run(files, () -> {
                SourcePreparation.Preparer preparer = preparation.batchPreparer(); // holds a segmenter: one per thread
                WordCount words = new WordCount(source); // holds a break iterator: one per thread
                return in -> prepareOne(in, preparer, words, analysis.isPresent(), lookups, scored, written);
            }, BatchReport.Written::segments, o -> {
                SourcePreparation.Written w = written.remove(o.input());
                if (w != null && w.carried().any()) filled.add(o.input().relative().toString().replace('\\', '/'), w.carried(), w.kept());
                report.accept(o);
                List<Analysis.Scored> s = scored.remove(o.input());
                if (s != null) analysis.get().add(o.input().file().toString(), s); // opened, even if writing failed
            });
            machineTranslated = preparation.machineTranslated();
            preparation.finishWrites(); // every output and folder on disk before the totals are reported
        }
    }

    /** The XLIFF file {@code in} is extracted to. */
    Path outputFor(InputFiles.Input in) {
        return settings.output().of(in);
    }

    private BatchRunner.Outcome<BatchReport.Written> prepareOne(InputFiles.Input in, SourcePreparation.Preparer preparer,
            WordCount words, boolean score, Analysis lookups, Map<InputFiles.Input, List<Analysis.Scored>> scores,
            Map<InputFiles.Input, SourcePreparation.Written> written) throws IOException {
        Path xlf = outputFor(in);
        var options = settings.preparation().options();
        SourcePreparation.Outcome outcome = preparer.prepare(in.file(), xlf, settings.force());
        if (outcome instanceof SourcePreparation.UpToDate) {
            if (score) scores.put(in, lookups.score(Documents.open(in.file(), options)));
            return new BatchRunner.Skipped<>(in, List.of(xlf));
        }
        SourcePreparation.Written w = (SourcePreparation.Written) outcome;
        written.put(in, w);
        Document doc = w.document();
        if (score) {
            List<Analysis.Scored> scored = FileKindDetector.isXliff(in.file()) ? lookups.score(Documents.open(in.file(), options))
                    : w.filled().isPresent() ? Analysis.scored(doc, options.sourceLanguage(), w.bestScores())
                    : lookups.score(doc);
            scores.put(in, scored);
        }
        w.filled().ifPresent(filled::add);
        long wc = 0;
        for (Unit u : doc.units()) {
            if (!u.translate()) continue;
            for (Segment s : u.segments()) wc += words.count(s.source().plainText());
        }
        String line = String.format("%s -> %s: %d units, %d segments, %d words%s%s%s", in.file(), xlf, doc.units().size(),
                doc.segments().size(), wc, settings.preparation().glossaries().isEmpty() ? "" : ", " + w.termHits() + " term hits",
                w.filled().map(s -> ", pre-translated " + s.exact() + " exact + " + s.fuzzy() + " fuzzy").orElse(""),
                w.carried().any() ? ", " + w.carried().describe() + w.kept().map(k -> " (previous XLIFF kept as " + k + ")").orElse("") : "");
        var output = new BatchReport.Output(in.file(), xlf, doc.units().size(), doc.segments().size(), wc);
        return new BatchRunner.Done<>(in, new BatchReport.Written(List.of(output), List.of(line)));
    }
}
