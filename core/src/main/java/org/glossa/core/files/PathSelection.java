package org.glossa.core.files;

import java.nio.file.Path;
import java.util.List;

/**
 * Which files of a directory a batch takes ({@code --include} / {@code --exclude}): a file at {@code relative} inside
 * the directory is taken when it matches one of the includes (or there are none) and none of the excludes. Globs are
 * {@link PathGlob}s, matched against the relative path, or the file name when the glob has no {@code /}.
 */
public record PathSelection(List<String> includes, List<String> excludes) {
    public static final PathSelection ALL = new PathSelection(List.of(), List.of());

    public PathSelection {
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /** Whether a file found in a directory, at {@code relative} inside it, is selected. */
    public boolean accepts(Path relative) {
        return (includes.isEmpty() || matchesAny(includes, relative)) && !matchesAny(excludes, relative);
    }

    private static boolean matchesAny(List<String> globs, Path relative) {
        for (String glob : globs) {
            if (PathGlob.of(glob).matchesPathOrName(relative)) return true;
        }
        return false;
    }
}
