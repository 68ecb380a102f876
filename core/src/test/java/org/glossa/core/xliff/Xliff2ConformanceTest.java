package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glossa.core.InputException;
import org.glossa.core.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The OASIS XLIFF 2.1 conformance suite: every valid file loads, every invalid file is rejected. */
class Xliff2ConformanceTest {
    private static final String SUITE = "oasis-xliff-tc/xliff-21/test-suite/";

    /** Invalid files the reader does not reject yet, with the reason. Must stay honest: see {@link #knownUnrejectedStillLoad}. */
    static final Map<String, String> KNOWN_UNREJECTED = Map.of();

    static Stream<Arguments> valid() {
        return Stream.concat(Interop.xlf(SUITE + "core/valid").stream(), Interop.xlf(SUITE + "modules/valid").stream())
                .map(p -> Arguments.of(p.getParent().getParent().getFileName() + "/" + p.getFileName(), p));
    }

    static Stream<Arguments> invalid() {
        return Stream.concat(Interop.xlf(SUITE + "core/invalid").stream(), Interop.xlf(SUITE + "modules/invalid").stream())
                .filter(p -> !KNOWN_UNREJECTED.containsKey(p.getFileName().toString()))
                .map(p -> Arguments.of(p.getParent().getParent().getFileName() + "/" + p.getFileName(), p));
    }

    @Test
    void suiteIsPresent() {
        Interop.require(SUITE);
        assertTrue(valid().count() >= 59, "valid files found");
        assertTrue(invalid().count() + KNOWN_UNREJECTED.size() >= 162, "invalid files found");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFileLoads(String name, Path file) {
        List<Document> docs = Xliff2Reader.read(file);
        assertFalse(docs.isEmpty(), name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFileIsRejected(String name, Path file) {
        InputException e = assertThrows(InputException.class, () -> Xliff2Reader.read(file), name + " was accepted");
        assertTrue(e.describe().startsWith(file.getFileName().toString()), e.describe());
    }

    @Test
    void knownUnrejectedStillLoad() {
        Interop.require(SUITE);
        assumeFalse(KNOWN_UNREJECTED.isEmpty(), "no known unrejected files");
        for (String name : KNOWN_UNREJECTED.keySet()) {
            Path p = Stream.of("core/invalid/", "modules/invalid/").map(d -> Interop.require(SUITE).resolve(d + name))
                    .filter(java.nio.file.Files::exists).findFirst().orElseThrow(() -> new AssertionError(name + " not in the suite"));
            try {
                Xliff2Reader.read(p);
            } catch (InputException e) {
                fail(name + " is now rejected (" + e.describe() + "): remove it from KNOWN_UNREJECTED");
            }
        }
    }
}
