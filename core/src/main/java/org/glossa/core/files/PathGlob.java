package org.glossa.core.files;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * A glob over relative paths: Java's glob syntax ({@code *} within a folder, {@code **} across folders, {@code ?},
 * {@code [..]}, <code>{a,b}</code>), '/' separating folders, and {@code **}{@code /} also matching no folder at all,
 * so {@code **}{@code /*.html} matches {@code a.html} as well as {@code x/y/a.html}, and {@code a/**}{@code /b}
 * matches {@code a/b}. The one glob matcher of Glossa (project files, {@code --include}/{@code --exclude}).
 */
public final class PathGlob {
    private final String glob;
    private final List<PathMatcher> matchers;

    private PathGlob(String glob, List<PathMatcher> matchers) {
        this.glob = glob;
        this.matchers = matchers;
    }

    /** The glob {@code glob}; throws IllegalArgumentException (with the JDK's reason) when it is not one. */
    public static PathGlob of(String glob) {
        List<PathMatcher> matchers = new ArrayList<>();
        for (String variant : withoutDoubleStarFolders(glob)) {
            matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + variant));
        }
        return new PathGlob(glob, List.copyOf(matchers));
    }

    /** Whether {@code entry} has a glob character ({@code * ? [ {}); otherwise it is a plain path. */
    public static boolean isGlob(String entry) {
        return entry.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** Whether the glob has a '/', i.e. speaks of folders rather than of a file name alone. */
    public boolean hasFolders() {
        return glob.indexOf('/') >= 0;
    }

    /** Whether {@code relative} (a path relative to the folder the glob is written for) matches. */
    public boolean matches(Path relative) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) return true;
        }
        return false;
    }

    /**
     * Matches {@code relative} when the glob has a '/', and otherwise the file name alone (so {@code *.html} finds
     * HTML files at any depth): the rule of the command line's {@code --include}/{@code --exclude}.
     */
    public boolean matchesPathOrName(Path relative) {
        return matches(hasFolders() ? relative : relative.getFileName());
    }

    @Override
    public String toString() {
        return glob;
    }

    /** The glob and every variant with some of its {@code **}{@code /} folder steps (at the start or after '/') left out. */
    static List<String> withoutDoubleStarFolders(String glob) {
        List<String> out = new ArrayList<>();
        out.add(glob);
        for (int i = 0; i < out.size(); i++) {
            String g = out.get(i);
            for (int at = g.indexOf("**/"); at >= 0; at = g.indexOf("**/", at + 1)) {
                if (at > 0 && g.charAt(at - 1) != '/') continue;
                String shorter = g.substring(0, at) + g.substring(at + 3);
                if (!out.contains(shorter)) out.add(shorter);
            }
        }
        return out;
    }
}
