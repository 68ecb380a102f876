package org.glossa.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

/** The options every command that takes many files shares: which files, how many threads, how much progress. */
final class BatchOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Mixin
    Selection selection = new Selection();

    @Option(names = "--threads", paramLabel = "N",
            description = "Files processed in parallel (default: the number of processors, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (errors are still reported).")
    boolean quiet;

    /** A runner for {@code task} (the progress label) reporting to {@code err}. */
    BatchRunner runner(String task, PrintWriter err) {
        if (threads < 1) {
            throw new ParameterException(command.commandLine(), "--threads: must be at least 1, not " + threads);
        }
        return new BatchRunner(threads, quiet ? Progress.none() : Progress.forStderr(task, err));
    }
}
