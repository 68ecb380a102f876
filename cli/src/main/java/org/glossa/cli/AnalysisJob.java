package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
import org.glossa.core.analysis.Analysis;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.tm.TmMatch;

/**
 * Opens documents or XLIFF files in parallel and counts their words per match band against the memories (none:
 * everything is "no match" or a repetition): the work of {@code analyze}. ({@code run} counts while it extracts:
 * {@link ExtractJob}.)
 */
final class AnalysisJob {
    /** The counts and how many files could not be read (each already reported on standard error). */
    record Result(Analysis.Result analysis, int failed) {
    }

    private AnalysisJob() {
    }

    /**
     * Scores the files on the runner's threads (memory lookups included) and counts them in input order, one
     * document at a time.
     */
    static Result run(List<InputFiles.Input> files, List<String> memories, String source, String target,
            BatchRunner runner, PrintWriter err, boolean verbose) throws IOException {
        ExtractOptions options = new ExtractOptions(source, target);
        if (memories.isEmpty()) return count(files, Analysis.withoutMemory(source), options, runner, err, verbose);
        try (Resources.Memories tm = Resources.memories(memories, source, target)) {
            return count(files, new Analysis((s, prev) -> best(tm.lookup(s, prev, 50, 1)), source), options, runner, err, verbose);
        }
    }

    private static Result count(List<InputFiles.Input> files, Analysis analysis, ExtractOptions options,
            BatchRunner runner, PrintWriter err, boolean verbose) {
        Analysis.Counter counter = new Analysis.Counter();
        int[] failed = {0};
        BatchRunner.Task<List<Analysis.Scored>> task = in -> new BatchRunner.Done<>(in,
                analysis.score(Documents.open(in.file(), options)));
        runner.run(files, () -> task, List::size, o -> {
            if (o instanceof BatchRunner.Done<List<Analysis.Scored>> d) {
                counter.add(d.input().file().toString(), d.result());
            } else if (o instanceof BatchRunner.Failed<List<Analysis.Scored>> f) {
                failed[0]++;
                BatchRunner.report(f, err, verbose);
            }
        });
        return new Result(counter.result(), failed[0]);
    }

    static OptionalInt best(List<TmMatch> matches) {
        return matches.isEmpty() ? OptionalInt.empty() : OptionalInt.of(matches.get(0).score());
    }
}
