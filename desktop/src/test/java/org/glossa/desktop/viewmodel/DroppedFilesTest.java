package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.glossa.core.project.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DroppedFilesTest {

    @TempDir
    Path dir;

    @Test
    void filesAreSortedByWhatTheyAre() throws IOException {
        Path project = Files.createDirectories(dir.resolve("proj"));
        ProjectFile.init(project, "en", "fr");
        Path plainFolder = Files.createDirectories(dir.resolve("folder"));
        List<Path> dropped = List.of(dir.resolve("a.TBX"), dir.resolve("b.csv"), dir.resolve("c.tsv"),
                dir.resolve("m.tmx"), dir.resolve("article.html"), dir.resolve("second.xlf"), plainFolder, project);

        DroppedFiles files = DroppedFiles.of(dropped);

        assertEquals(Optional.of(project), files.project());
        assertEquals(List.of(dir.resolve("a.TBX"), dir.resolve("b.csv"), dir.resolve("c.tsv")), files.glossaries());
        assertEquals(List.of(dir.resolve("m.tmx")), files.memories());
        assertEquals(Optional.of(dir.resolve("article.html")), files.document());
        assertEquals(List.of(dir.resolve("second.xlf"), plainFolder), files.ignored());
        assertTrue(files.addsResources());
    }

    @Test
    void droppedGlossariesAndMemoriesAreAddedToTheResources() {
        DroppedFiles files = DroppedFiles.of(List.of(SessionRecoveryTest.GLOSSARY, dir.resolve("m.tmx")));

        Resources more = files.addTo(new Resources(List.of(), List.of(dir.resolve("m.tmx"))), "en", "de");

        assertEquals(1, more.glossaries().size());
        assertFalse(more.glossaries().get(0).concepts().isEmpty());
        assertEquals(List.of(dir.resolve("m.tmx")), more.memories(), "a memory already in use is not added twice");
    }
}
