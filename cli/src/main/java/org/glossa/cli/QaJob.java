package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.qa.Check;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.check.HouseStyle;
import org.glossa.core.qa.check.SpellingCheck;
import org.glossa.core.spelling.WordList;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.QaInputs;
import org.glossa.core.qa.QaSession;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.QaReport;

/**
 * Reads XLIFF and TMX files and runs the per-segment checks in parallel, then the consistency checks across files,
 * in flat memory (a {@link QaSession} spools pairs and findings to temporary files): the work of {@code qa} and of
 * {@code run}'s QA step. Findings come in input order.
 */
final class QaJob {
    /**
     * The report, how many segments were read but not checked (not accepted) and how many files could not be read
     * (each already reported on standard error). The report reads its findings from the session's spool: use it
     * before closing the result.
     */
    record Result(QaReport report, int unchecked, int failed, QaSession session) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            session.close();
        }
    }

    /** One file read, checked and encoded for the session's spool on a worker thread. */
    private record Read(QaSession.Prepared checked, int unchecked, List<String> warnings) {
    }

    private final QaEngine engine;
    private final Optional<String> source;
    private final Optional<String> target;

    /** Checks with the glossaries' term checks; languages default to each file's own. */
    QaJob(Resources.Glossaries glossaries, Optional<String> source, Optional<String> target, Set<String> disabled,
            HouseStyle house) {
        this(glossaries, source, target, disabled, Optional.empty(), house);
    }

    /**
     * As above; {@code project}'s word lists ({@code PROJECT/words-LL.txt}) are known to the spelling check too, and
     * {@code house} is its house style (quotation marks).
     */
    QaJob(Resources.Glossaries glossaries, Optional<String> source, Optional<String> target, Set<String> disabled,
            Optional<Path> project, HouseStyle house) {
        // with -s/-t the glossaries must hold that pair; without, each file's pair picks the terms it has
        List<Glossary> glossaryList = glossaries.read(source, target);
        // one spelling check for every pair (it keeps a checker per target language), and each pair's checks built
        // once: the sample below is the en→de set a run over en→de files then uses
        SpellingCheck spelling = new SpellingCheck(glossaryList, tag -> WordList.known(tag, project));
        Map<String, List<Check>> byPair = new ConcurrentHashMap<>();
        QaEngine.CheckSet checks = (src, trg) -> byPair.computeIfAbsent(src + ">" + trg,
                k -> Checks.withTerms(glossaryList, src, trg, spelling, house));
        this.engine = new QaEngine(checks, checks.forLanguages("en", "de"), disabled);
        engine.prepareInBackground(); // the language model loads while the first files are read
        this.source = source;
        this.target = target;
    }

    /**
     * Starts loading what the checks not in {@code disabled} will need ({@link Checks#prepareInBackground}: the
     * language model; the Hunspell dictionary and ICU's data of the language pair) before the glossaries are read and
     * the checks built: the pair is {@code source}/{@code target} where given, else the one the first XLIFF file
     * declares ({@link QaInputs#languages}); nothing for the pair when neither tells it.
     */
    static void prepareAhead(List<InputFiles.Input> files, Optional<String> source, Optional<String> target,
            Set<String> disabled) {
        Optional<QaInputs.Languages> declared = source.isPresent() && target.isPresent() || files.isEmpty()
                ? Optional.empty() : QaInputs.languages(files.get(0).file());
        Optional<String> src = source.or(() -> declared.map(QaInputs.Languages::source));
        Optional<String> trg = target.or(() -> declared.map(QaInputs.Languages::target));
        if (src.isPresent() && trg.isPresent()) Checks.prepareInBackground(src.get(), trg.get(), disabled);
    }

    /** Checks the segments of {@code files} that {@code checked} accepts. */
    Result run(List<InputFiles.Input> files, BatchRunner runner, PrintWriter err, boolean verbose,
            Predicate<SegmentPair> checked) throws IOException {
        QaSession session = engine.session(null);
        try {
            int[] counts = {0, 0};
            BatchRunner.Task<Read> task = in -> new BatchRunner.Done<>(in, check(in, checked));
            runner.run(files, () -> task, r -> r.checked().pairs(), o -> {
                if (o instanceof BatchRunner.Done<Read> d) {
                    d.result().warnings().forEach(w -> err.println("warning: " + w));
                    counts[0] += d.result().unchecked();
                    try {
                        session.add(d.result().checked());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                } else if (o instanceof BatchRunner.Failed<Read> f) {
                    counts[1]++;
                    BatchRunner.report(f, err, verbose);
                }
            });
            return new Result(session.finish(), counts[0], counts[1], session);
        } catch (UncheckedIOException e) {
            session.close();
            throw e.getCause();
        } catch (IOException | RuntimeException | Error e) {
            session.close();
            throw e;
        }
    }

    private Read check(InputFiles.Input in, Predicate<SegmentPair> checked) throws IOException {
        String name = in.file().toString();
        List<SegmentPair> pairs = new ArrayList<>();
        int unchecked = 0;
        List<String> warnings = new ArrayList<>();
        for (SegmentPair p : QaInputs.read(in.file(), name, source, target, warnings::add)) {
            if (checked.test(p)) pairs.add(p);
            else unchecked++;
        }
        return new Read(QaSession.prepare(engine.check(name, pairs)), unchecked, warnings);
    }
}
