package org.glossa.core.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one rule for skipping an output without {@code --force} ({@link SourcePreparation#upToDate(Path, java.util.Collection)}),
 * as {@code glossa merge} uses it (an output and several sources) and as {@link SourcePreparation.Settings#upToDate}
 * uses it (the source, glossaries, memories and SRX rules, the project memory left out).
 */
class UpToDateTest {
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path tmp;

    Path file(String name, long secondsAgo) throws IOException {
        Path p = Files.writeString(tmp.resolve(name), name);
        Files.setLastModifiedTime(p, FileTime.from(NOW.minusSeconds(secondsAgo)));
        return p;
    }

    void touch(Path p, long secondsAgo) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(NOW.minusSeconds(secondsAgo)));
    }

    @Test
    void anOutputNewerThanEverySourceIsUpToDateAndNotWhenAnyOneIsAsNewOrNewer() throws IOException {
        Path xliff = file("a.xlf", 100);
        Path original = file("a.txt", 90);
        Path output = file("a.de.txt", 50);
        assertTrue(SourcePreparation.upToDate(output, List.of(xliff, original)));
        assertTrue(SourcePreparation.upToDate(output, List.of()), "no sources: an existing output is up to date");

        touch(original, 10); // the second source newer
        assertFalse(SourcePreparation.upToDate(output, List.of(xliff, original)));
        assertTrue(SourcePreparation.upToDate(output, List.of(xliff)), "the first source alone is still older");

        touch(original, 90);
        touch(xliff, 10); // the first source newer
        assertFalse(SourcePreparation.upToDate(output, List.of(xliff, original)));

        touch(xliff, 50); // the same time as the output: written again
        assertFalse(SourcePreparation.upToDate(output, List.of(xliff, original)));
    }

    @Test
    void aMissingOutputIsNotUpToDateAndAMissingSourceIsAnError() throws IOException {
        Path source = file("a.txt", 100);
        assertFalse(SourcePreparation.upToDate(tmp.resolve("none.xlf"), List.of(source)));
        assertFalse(SourcePreparation.upToDate(Files.createDirectory(tmp.resolve("dir.xlf")), List.of(source)),
                "a folder is not an output");
        Path output = file("a.xlf", 50);
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> SourcePreparation.upToDate(output, List.of(source, tmp.resolve("gone.txt"))));
        assertTrue(e.getMessage().contains("gone.txt"), e.getMessage());
    }

    @Test
    void settingsCompareTheSourceGlossariesMemoriesAndRulesButNotTheProjectMemory() throws IOException {
        Path source = file("a.txt", 100);
        Path glossary = file("g.tbx", 100);
        Path memory = file("m.tmx", 100);
        Path project = file("project.tmx", 100);
        Path srx = file("rules.srx", 100);
        Path output = file("a.txt.xlf", 50);
        SourcePreparation.Settings settings = new SourcePreparation.Settings(
                new ExtractOptions("en", "de", Optional.of(srx)), List.of(glossary), List.of(memory, project),
                Optional.of(project), 75, XliffVersion.V2_1);
        assertTrue(settings.upToDate(source, output));
        assertFalse(settings.upToDate(source, tmp.resolve("missing.xlf")));

        touch(project, 0); // grows from confirming these outputs' segments: never makes them stale
        assertTrue(settings.upToDate(source, output));
        for (Path input : List.of(source, glossary, memory, srx)) {
            touch(input, 10);
            assertFalse(settings.upToDate(source, output), input + " newer than the output");
            touch(input, 100);
            assertTrue(settings.upToDate(source, output));
        }
    }
}
