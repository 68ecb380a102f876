package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The shared third-party test material, read in place (never copied into the project). Tests that need it skip
 * when it is missing, except under CI ({@code CI=true}), where they fail: CI must never pass without it.
 */
public final class Interop {
    private Interop() {
    }

    public static Optional<Path> root() {
        return Stream.of(Path.of("../../shared/interop"), Path.of("/work/shared/interop"))
                .filter(Files::isDirectory).findFirst();
    }

    public static Path require(String relative) {
        Optional<Path> root = root();
        present(root.isPresent(), "shared interop material not found (../../shared/interop or /work/shared/interop)");
        Path p = root.get().resolve(relative);
        present(Files.exists(p), p + " not found");
        return p;
    }

    /** Fails under CI, skips the test elsewhere. */
    static void present(boolean present, String what) {
        if (present) return;
        if (ci()) throw new AssertionError(what + " (CI=true: tests that need /work/shared fail instead of skipping)");
        assumeTrue(false, what + "; skipped");
    }

    static boolean ci() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The .xlf files of a folder under the interop root, sorted; empty when the material is absent (an error under CI). */
    public static List<Path> xlf(String relative) {
        Optional<Path> root = root();
        if (ci()) require(relative);
        if (root.isEmpty() || !Files.isDirectory(root.get().resolve(relative))) return List.of();
        try (Stream<Path> s = Files.list(root.get().resolve(relative))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
