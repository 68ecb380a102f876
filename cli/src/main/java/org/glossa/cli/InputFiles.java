package org.glossa.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.glossa.core.files.InputListing;

/** The command line's files and directories as the files to process: core's {@link InputListing}. */
final class InputFiles {
    /** A file and its path relative to the directory it was found in (or just its name). */
    record Input(Path file, Path relative) {
    }

    private InputFiles() {
    }

    static List<Input> expand(List<Path> args, Set<String> extensions) {
        return expand(args, extensions, Selection.ALL);
    }

    /**
     * Files named on the command line are taken as they are; the files of a directory are found recursively, in
     * name order, without hidden files, by extension and then by {@code selection}'s globs. A directory without
     * any is an input error ("no input files in DIR", exit 2), for every command: never a silent run over nothing.
     */
    static List<Input> expand(List<Path> args, Set<String> extensions, Selection selection) {
        try {
            return InputListing.expand(args, extensions, selection.paths())
                    .stream().map(in -> new Input(in.file(), in.relative())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
