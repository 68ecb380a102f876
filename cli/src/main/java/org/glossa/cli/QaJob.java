package org.glossa.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.QaInputs;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.report.QaReport;

/**
 * Reads XLIFF and TMX files in parallel and runs the checks on their segments in input order (consistency across
 * files included): the work of {@code qa} and of {@code run}'s QA step.
 */
final class QaJob {
    /**
     * The report, how many segments were read but not checked (not accepted) and how many files could not be read
     * (each already reported on standard error).
     */
    record Result(QaReport report, int unchecked, int failed) {
    }

    private final QaEngine engine;
    private final Optional<String> source;
    private final Optional<String> target;

    /** Checks with the glossaries' term checks; languages default to each file's own. */
    QaJob(List<Path> glossaries, Optional<String> source, Optional<String> target, Set<String> disabled) {
        List<Glossary> glossaryList = Glossaries.read(glossaries, source.orElse("en"), target.orElse("de"));
        this.engine = new QaEngine((src, trg) -> QaCommand.checks(glossaryList, src, trg),
                QaCommand.checks(glossaryList, "en", "de"), disabled);
        this.source = source;
        this.target = target;
    }

    /** Checks the segments of {@code files} that {@code checked} accepts. */
    Result run(List<InputFiles.Input> files, BatchRunner runner, PrintWriter err, boolean verbose,
            Predicate<SegmentPair> checked) {
        BatchRunner.Collected<List<SegmentPair>> read = runner.collect(files,
                in -> new BatchRunner.Done<>(in, QaInputs.read(in.file(), in.file().toString(), source, target)),
                List::size, err, verbose);
        List<SegmentPair> pairs = new ArrayList<>();
        int[] unchecked = {0};
        for (List<SegmentPair> r : read.results()) {
            for (SegmentPair p : r) {
                if (checked.test(p)) pairs.add(p);
                else unchecked[0]++;
            }
        }
        List<String> names = read.inputs().stream().map(in -> in.file().toString()).distinct().toList();
        List<Finding> findings = engine.run(pairs);
        return new Result(new QaReport(findings, pairs.size(), names), unchecked[0], read.failed());
    }
}
