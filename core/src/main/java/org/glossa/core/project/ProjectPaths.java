package org.glossa.core.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.glossa.core.files.PathGlob;

/** The comma-separated paths and globs of a project file, resolved against the project folder. */
final class ProjectPaths {
    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("(?i)https?://");
    private ProjectPaths() {
    }

    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }

    /** Whether {@code entry} is a URL ({@code http://…}, {@code https://…}) rather than a path or glob. */
    static boolean isUrl(String entry) {
        return URL.matcher(entry).lookingAt();
    }

    static List<String> urls(List<String> entries) {
        return entries.stream().filter(ProjectPaths::isUrl).toList();
    }

    static List<String> withoutUrls(List<String> entries) {
        return entries.stream().filter(e -> !isUrl(e)).toList();
    }

    /**
     * Each entry is a path or a glob relative to {@code folder} ('/' separates folders; {@code **} crosses them, and
     * {@code a/**}{@code /b} also matches {@code a/b}). Globs match regular, non-hidden files, in name order; plain
     * paths are taken as they are. Duplicates are dropped.
     */
    static List<Path> resolve(Path folder, List<String> entries) {
        Set<Path> out = new LinkedHashSet<>();
        for (String entry : entries) {
            if (PathGlob.isGlob(entry)) out.addAll(matching(folder, entry));
            else out.add(folder.resolve(entry).normalize());
        }
        return List.copyOf(out);
    }

    private static List<Path> matching(Path folder, String glob) {
        PathGlob matcher = PathGlob.of(glob);
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> {
                        Path rel = Path.of(folder.relativize(p).toString().replace('\\', '/'));
                        return matcher.matches(rel);
                    })
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code path} relative to {@code folder} with '/' separators, for writing into the project file. */
    static String relative(Path folder, Path path) {
        Path rel = path.isAbsolute() ? folder.toAbsolutePath().normalize().relativize(path.toAbsolutePath().normalize())
                : path;
        return rel.toString().replace('\\', '/');
    }
}
