package org.glossa.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.output.BatchSummary;

/**
 * The outcomes of a run that writes files (extract, merge), taken in input order: one text line per output on
 * standard output (or nothing until the end with --json), errors on standard error, then the total or the JSON
 * summary {@code {"files", "ok", "failed", "skipped", "units", "segments", "words", "errors": [{"file", "message"}],
 * "outputs": [{"input", "output", "units", "segments", "words"}]}}.
 */
final class BatchReport {
    /** One file written. */
    record Output(Path input, Path output, long units, long segments, long words) {
    }

    /** What one input gave: its outputs and the text lines that describe them. */
    record Written(List<Output> outputs, List<String> lines) {
        /** The outputs' segments (a loop: a worker asks once per file, and a stream there is code to warm up, 0059). */
        long segments() {
            long n = 0;
            for (Output o : outputs) n += o.segments();
            return n;
        }
    }

    private record Error(String file, String message) {
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean json;
    private final boolean verbose;
    private final List<Output> outputs = new ArrayList<>();
    private final List<Error> errors = new ArrayList<>();
    int files;
    int ok;
    int skipped;
    long units;
    long segments;
    long words;
    /** Files written (a merged XLIFF may hold several documents). */
    int written;

    /** A warning on standard error ("warning: …"), e.g. a memory that also holds other language pairs. */
    void warn(String message) {
        err.println("warning: " + message);
        err.flush();
    }

    BatchReport(PrintWriter out, PrintWriter err, boolean json, boolean verbose) {
        this.out = out;
        this.err = err;
        this.json = json;
        this.verbose = verbose;
    }

    int failed() {
        return errors.size();
    }

    /** The sink of a {@link BatchRunner}: counts and prints one outcome. */
    void accept(BatchRunner.Outcome<Written> outcome) {
        files++;
        if (outcome instanceof BatchRunner.Done<Written> d) {
            ok++;
            for (Output o : d.result().outputs()) {
                written++;
                units += o.units();
                segments += o.segments();
                words += o.words();
                if (json) outputs.add(o);
            }
            if (!json) d.result().lines().forEach(out::println);
        } else if (outcome instanceof BatchRunner.Skipped<Written> s) {
            skipped++;
            if (!json) {
                for (Path o : s.outputs()) out.printf("%s -> %s: skipped (up to date)%n", s.input().file(), o);
            }
        } else if (outcome instanceof BatchRunner.Failed<Written> f) {
            String message = ErrorHandler.describe(f.error());
            errors.add(new Error(f.input().file().toString(), message));
            err.println("glossa: " + message);
            if (verbose) f.error().printStackTrace(err);
        }
        out.flush();
    }

    /** ", N skipped (up to date)" when files were skipped, so the total lines of full runs stay as they were. */
    String skippedSuffix() {
        return skipped == 0 ? "" : ", " + skipped + " skipped (up to date)";
    }

    /** The exit code: 2 when a file failed or there was no file at all. */
    int exitCode() {
        return failed() > 0 || files == 0 ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
    }

    void writeJson() throws IOException {
        new BatchSummary(files, ok, skipped, units, segments, words,
                errors.stream().map(e -> new BatchSummary.Error(e.file(), e.message())).toList(),
                outputs.stream().map(o -> new BatchSummary.Output(o.input().toString(), o.output().toString(), o.units(),
                        o.segments(), o.words())).toList()).writeJson(out);
    }
}
