package org.glossa.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKind;

/** Expands the command line's files and directories (recursively) into the files to process. */
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
        List<Input> out = new ArrayList<>();
        for (Path arg : args) {
            if (Files.isDirectory(arg)) {
                int before = out.size();
                try (Stream<Path> walk = Files.walk(arg)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> FileKind.hasExtension(p.getFileName().toString(), extensions))
                            .filter(p -> selection.accepts(arg.relativize(p)))
                            .sorted()
                            .forEach(p -> out.add(new Input(p, arg.relativize(p))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (out.size() == before) {
                    throw new InputException(arg.toString(), "no input files in " + arg + " (looked for "
                            + extensions.stream().sorted().map(x -> "." + x).collect(java.util.stream.Collectors.joining(", "))
                            + ")");
                }
            } else {
                out.add(new Input(arg, arg.getFileName()));
            }
        }
        return out;
    }
}
