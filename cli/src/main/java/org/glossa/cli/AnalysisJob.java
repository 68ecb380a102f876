package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.glossa.core.analysis.Analysis;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Document;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.index.TranslationMemory;

/**
 * Opens documents or XLIFF files in parallel and counts their words per match band against the memories (none:
 * everything is "no match" or a repetition): the work of {@code analyze} and of {@code run}'s last step.
 */
final class AnalysisJob {
    /** The counts and how many files could not be read (each already reported on standard error). */
    record Result(Analysis.Result analysis, int failed) {
    }

    private AnalysisJob() {
    }

    static Result run(List<InputFiles.Input> files, List<Path> memories, String source, String target,
            BatchRunner runner, PrintWriter err, boolean verbose) throws IOException {
        ExtractOptions options = new ExtractOptions(source, target);
        // documents are opened in parallel; the analysis (repetitions across files) runs on them in input order
        BatchRunner.Collected<Document> read = runner.collect(files,
                in -> new BatchRunner.Done<>(in, Documents.open(in.file(), options)),
                d -> d.segments().size(), err, verbose);
        List<Document> docs = read.results();
        List<String> names = read.inputs().stream().map(in -> in.file().toString()).toList();
        if (memories.isEmpty()) return new Result(Analysis.withoutMemory(source).run(docs, names), read.failed());
        try (TranslationMemory tm = Memories.open(memories, source, target)) {
            Analysis analysis = new Analysis((s, prev) -> best(tm.lookup(s, prev, 50, 1)), source);
            return new Result(analysis.run(docs, names), read.failed());
        }
    }

    private static OptionalInt best(List<TmMatch> matches) {
        return matches.isEmpty() ? OptionalInt.empty() : OptionalInt.of(matches.get(0).score());
    }
}
