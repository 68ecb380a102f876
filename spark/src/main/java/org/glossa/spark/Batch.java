package org.glossa.spark;

import java.util.List;
import org.glossa.core.files.PathSelection;
import picocli.CommandLine.Option;

/** The batch options of the command line that mean something on Spark: which files, how much progress. */
final class Batch {
    @Option(names = "--include", paramLabel = "GLOB", description = "Only the files of a directory matching this glob (repeatable).")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip the files of a directory matching this glob (repeatable).")
    List<String> excludes = List.of();

    @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (errors are still reported).")
    boolean quiet;

    PathSelection selection() {
        return new PathSelection(includes, excludes);
    }
}
