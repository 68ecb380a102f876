package org.glossa.cli;

import java.util.List;
import org.glossa.core.files.PathSelection;
import picocli.CommandLine.Option;

/** --include / --exclude: which files of a directory argument are processed. */
final class Selection {
    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only the files of a directory matching this glob (repeatable), e.g. '**/*.html'. Matched against"
                    + " the path relative to the directory; a glob without '/' against the file name.")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip the files of a directory matching this glob (repeatable), e.g. 'drafts/**'.")
    List<String> excludes = List.of();

    static final Selection ALL = new Selection();

    /** The globs as core's selection. */
    PathSelection paths() {
        return new PathSelection(includes, excludes);
    }
}
