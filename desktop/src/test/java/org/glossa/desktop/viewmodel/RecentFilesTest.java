package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    private List<Path> files(int n) throws IOException {
        List<Path> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) out.add(Files.writeString(dir.resolve("doc" + i + ".txt"), "text " + i));
        return out;
    }

    @Test
    void mostRecentFirstAtMostTenAndReopeningMovesUp() throws IOException {
        List<Path> docs = files(12);
        RecentFiles recent = new RecentFiles(Settings.empty(dir.resolve("s.properties")));

        docs.forEach(recent::add);
        recent.add(docs.get(5));

        assertEquals(10, recent.files().size());
        assertEquals(docs.get(5), recent.files().get(0));
        assertEquals(List.of(docs.get(5), docs.get(11), docs.get(10), docs.get(9)), recent.files().subList(0, 4));
        assertEquals(docs.get(2), recent.files().get(9), "doc1 and doc2 fell off the end");
        assertEquals(docs.get(3), recent.files().get(8));
    }

    @Test
    void theListIsKeptAcrossStartsAndMissingFilesAreDropped() throws IOException {
        List<Path> docs = files(3);
        Path file = dir.resolve("settings").resolve("desktop.properties");
        Settings settings = Settings.load(file);
        RecentFiles recent = new RecentFiles(settings);
        docs.forEach(recent::add);
        settings.save();
        Files.delete(docs.get(1));

        RecentFiles next = new RecentFiles(Settings.load(file));

        assertEquals(List.of(docs.get(2), docs.get(0)), next.files());
    }

    @Test
    void aFileDeletedWhileRunningIsDroppedWhenTheMenuOpens() throws IOException {
        List<Path> docs = files(2);
        Settings settings = Settings.empty(dir.resolve("s.properties"));
        RecentFiles recent = new RecentFiles(settings);
        docs.forEach(recent::add);
        Files.delete(docs.get(0));

        recent.dropMissing();

        assertEquals(List.of(docs.get(1)), recent.files());
        assertEquals(List.of(docs.get(1)), new RecentFiles(settings).files(), "the settings follow");
    }
}
