package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The shared third-party test material, read in place (never copied into the project). */
public final class Interop {
    private Interop() {
    }

    public static Optional<Path> root() {
        return Stream.of(Path.of("../../shared/interop"), Path.of("/work/shared/interop"))
                .filter(Files::isDirectory).findFirst();
    }

    public static Path require(String relative) {
        Optional<Path> root = root();
        assumeTrue(root.isPresent(), "shared interop material not found (../../shared/interop or /work/shared/interop); skipped");
        Path p = root.get().resolve(relative);
        assumeTrue(Files.exists(p), p + " not found; skipped");
        return p;
    }

    /** The .xlf files of a folder under the interop root, sorted; empty when the material is absent. */
    public static List<Path> xlf(String relative) {
        Optional<Path> root = root();
        if (root.isEmpty() || !Files.isDirectory(root.get().resolve(relative))) return List.of();
        try (Stream<Path> s = Files.list(root.get().resolve(relative))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
