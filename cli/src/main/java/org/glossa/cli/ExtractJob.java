package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.glossa.core.analysis.Analysis;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.glossary.TermAnnotator;
import org.glossa.core.model.Document;
import org.glossa.core.text.WordCount;
import org.glossa.core.tm.PreTranslator;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * Extracts documents into XLIFF, one OUTDIR/&lt;relative path&gt;.xlf per input, with the glossaries' terms marked and
 * targets pre-translated from the memories: the work of {@code extract} and of {@code run}'s first step.
 */
final class ExtractJob {
    /** What to extract with (the options' SRX rules, memories and glossaries also decide whether an output is up to date). */
    record Settings(ExtractOptions options, List<Path> glossaries, List<Path> memories, int threshold,
            XliffVersion version, Path outDir, boolean force) {
    }

    /** Counts of the targets pre-translation filled, over all files written. */
    static final class Filled {
        long exact;
        long fuzzy;

        synchronized void add(PreTranslator.Stats s) {
            exact += s.exact();
            fuzzy += s.fuzzy();
        }
    }

    private final Settings settings;
    private final Filled filled = new Filled();

    ExtractJob(Settings settings) {
        this.settings = settings;
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
        String source = settings.options().sourceLanguage();
        String target = settings.options().targetLanguage();
        Optional<TermAnnotator> terms = settings.glossaries().isEmpty() ? Optional.empty()
                : Optional.of(new TermAnnotator(Glossaries.read(settings.glossaries(), source, target), source, target));
        List<Path> dependencies = new ArrayList<>(settings.glossaries());
        dependencies.addAll(settings.memories());
        settings.options().srx().ifPresent(dependencies::add);
        // a null resource is skipped by try-with-resources: no memory, no pre-translation
        try (TranslationMemory tm = settings.memories().isEmpty() ? null : TranslationMemory.open(settings.memories(), source, target)) {
            Optional<PreTranslator> pre = Optional.ofNullable(tm).map(m -> new PreTranslator(m, settings.threshold(), 3));
            Analysis lookups = tm == null ? Analysis.withoutMemory(source)
                    : new Analysis((s, previous) -> AnalysisJob.best(tm.lookup(s, previous, 50, 1)), source);
            // each file's scores, from its task until the sink counts them in input order
            Map<InputFiles.Input, List<Analysis.Scored>> scored = Collections.synchronizedMap(new IdentityHashMap<>());
            Optional<Map<InputFiles.Input, List<Analysis.Scored>>> scores = analysis.map(a -> scored);
            runner.run(files, () -> {
                Extractor extractor = new Extractor(settings.options()); // holds a segmenter: one per thread
                return in -> extractOne(in, extractor, terms, pre, dependencies, scores, lookups);
            }, BatchReport.Written::segments, o -> {
                report.accept(o);
                List<Analysis.Scored> s = scored.remove(o.input());
                if (s != null) analysis.get().add(o.input().file().toString(), s); // opened, even if writing failed
            });
        }
    }

    /** The XLIFF file {@code in} is extracted to: OUTDIR/&lt;its relative path&gt;.xlf. */
    Path outputFor(InputFiles.Input in) {
        return settings.outDir().resolve(in.relative().resolveSibling(in.relative().getFileName() + ".xlf"));
    }

    private BatchRunner.Outcome<BatchReport.Written> extractOne(InputFiles.Input in, Extractor extractor,
            Optional<TermAnnotator> terms, Optional<PreTranslator> pre, List<Path> dependencies,
            Optional<Map<InputFiles.Input, List<Analysis.Scored>>> scores, Analysis lookups) throws IOException {
        Path xlf = outputFor(in);
        List<Path> sources = new ArrayList<>(dependencies);
        sources.add(in.file());
        boolean xliffSource = FileKindDetector.isXliff(in.file());
        if (!settings.force() && BatchRunner.upToDate(xlf, sources)) {
            if (scores.isPresent()) scores.get().put(in, lookups.score(Documents.open(in.file(), settings.options())));
            return new BatchRunner.Skipped<>(in, List.of(xlf));
        }
        Document doc = extractor.extract(in.file());
        if (terms.isPresent()) doc = terms.get().annotate(doc);
        PreTranslator.Stats[] stats = new PreTranslator.Stats[1];
        IntStream.Builder best = IntStream.builder();
        if (pre.isPresent()) doc = pre.get().apply(doc, st -> stats[0] = st, best);
        if (scores.isPresent()) {
            String source = settings.options().sourceLanguage();
            List<Analysis.Scored> scored = xliffSource ? lookups.score(Documents.open(in.file(), settings.options()))
                    : pre.isPresent() ? Analysis.scored(doc, source, best.build().toArray())
                    : lookups.score(doc);
            scores.get().put(in, scored);
        }
        XliffWriter.write(doc, settings.version(), xlf);
        if (stats[0] != null) filled.add(stats[0]);
        WordCount words = new WordCount(settings.options().sourceLanguage());
        long w = doc.units().stream().filter(u -> u.translate())
                .flatMap(u -> u.segments().stream()).mapToLong(s -> words.count(s.source().plainText())).sum();
        long hits = doc.units().stream().mapToLong(u -> u.terms().size()).sum();
        String line = String.format("%s -> %s: %d units, %d segments, %d words%s%s", in.file(), xlf, doc.units().size(),
                doc.segments().size(), w, terms.isPresent() ? ", " + hits + " term hits" : "",
                stats[0] == null ? "" : ", pre-translated " + stats[0].exact() + " exact + " + stats[0].fuzzy() + " fuzzy");
        var output = new BatchReport.Output(in.file(), xlf, doc.units().size(), doc.segments().size(), w);
        return new BatchRunner.Done<>(in, new BatchReport.Written(List.of(output), List.of(line)));
    }
}
