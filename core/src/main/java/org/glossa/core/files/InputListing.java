package org.glossa.core.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.glossa.core.InputException;

/**
 * The input files of a batch, listed the same way by every batch command and by the Spark jobs. A file named is
 * taken as it is (one that does not exist fails when it is read, as that file's failure); a directory is searched
 * recursively, hidden files left out, by extension and then by the {@code --include}/{@code --exclude}
 * {@link PathSelection}, in name order; a directory without any is an input error ("no input files in DIR"). A file
 * given twice (named twice, or in two of the directories given) is listed twice: {@code analyze} counts the second
 * as repetitions, and QA reports the occurrences of one name as one file ({@code QaSession}).
 *
 * <p>The listing walks a {@link Tree}: {@link #LOCAL} for the local file system; the Spark jobs give one of Hadoop's
 * file systems (HDFS, S3A…) without core knowing them.
 */
public final class InputListing {
    /**
     * One input file.
     *
     * @param file     where it is, as the tree names it (a directory's files: the directory joined with the path below)
     * @param relative its path inside the directory it was found in; its file name for a file named
     */
    public record Input<F>(F file, Path relative) {
    }

    /** A file system as the listing sees it. */
    public interface Tree<F> {
        /** Whether {@code location} is a directory (false for a file and for nothing there). */
        boolean isDirectory(F location) throws IOException;

        /** Every regular file below {@code directory}, recursively, in any order. */
        List<Input<F>> files(F directory) throws IOException;

        /** The file name of a location named on the command line. */
        Path name(F location);
    }

    /** The local file system: files as {@link Path}s. */
    public static final Tree<Path> LOCAL = new Tree<>() {
        @Override
        public boolean isDirectory(Path location) {
            return Files.isDirectory(location);
        }

        @Override
        public List<Input<Path>> files(Path directory) throws IOException {
            // the walk's own attributes (links not followed) answer for every file but a link, which is followed as
            // Files.isRegularFile follows it: one stat per file, not two
            try (Stream<Path> walk = Files.find(directory, Integer.MAX_VALUE,
                    (p, attributes) -> attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(p))) {
                return walk.map(p -> new Input<>(p, directory.relativize(p))).toList();
            }
        }

        @Override
        public Path name(Path location) {
            return location.getFileName();
        }
    };

    private InputListing() {
    }

    /** The files of {@code args} on the local file system. */
    public static List<Input<Path>> expand(List<Path> args, Set<String> extensions, PathSelection selection)
            throws IOException {
        return expand(LOCAL, args, extensions, selection);
    }

    /** The files of {@code args} (files and directories of {@code tree}) with one of {@code extensions}. */
    public static <F> List<Input<F>> expand(Tree<F> tree, List<F> args, Set<String> extensions, PathSelection selection)
            throws IOException {
        List<Input<F>> out = new ArrayList<>();
        for (F arg : args) {
            if (!tree.isDirectory(arg)) {
                out.add(new Input<>(arg, tree.name(arg)));
                continue;
            }
            List<Input<F>> found = new ArrayList<>();
            for (Input<F> f : tree.files(arg)) {
                String name = f.relative().getFileName().toString();
                if (name.startsWith(".") || !FileKind.hasExtension(name, extensions)) continue;
                if (selection.accepts(f.relative())) found.add(f);
            }
            if (found.isEmpty()) {
                throw new InputException(arg.toString(), "no input files in " + arg + " (looked for "
                        + extensions.stream().sorted().map(x -> "." + x).collect(Collectors.joining(", ")) + ")");
            }
            found.sort(Comparator.comparing(Input::relative));
            out.addAll(found);
        }
        return out;
    }
}
