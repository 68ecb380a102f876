package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.glossa.core.xliff.Interop;

/**
 * Other tools' files from the shared interop material (read in place, copied into a test's folder before use).
 * Missing material skips a test on a developer's machine and fails it on CI ({@code CI=true}).
 */
final class SharedInterop {

    private SharedInterop() {
    }

    static Path require(String relative) {
        Path file = Interop.root().map(root -> root.resolve(relative)).orElse(Path.of("/work/shared/interop", relative));
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(Files.isRegularFile(file), file + " is missing (CI=true: the shared interop material is required)");
        } else {
            assumeTrue(Files.isRegularFile(file), file + " not found; skipped");
        }
        return file;
    }
}
