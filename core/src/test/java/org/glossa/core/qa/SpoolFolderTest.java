package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run folders: a live run's is kept, a dead run's removed by the next run, a closed run leaves nothing. */
class SpoolFolderTest {
    @TempDir
    Path base;

    @Test
    void aDeadRunsFolderIsRemovedAndALiveOneKept() throws IOException {
        // what a killed run leaves: its folder with a spool and its lock file, no longer locked by anyone
        Path dead = Files.createDirectory(base.resolve("run-999999-1"));
        Files.write(dead.resolve("glossa-qa-pairs-1.spool"), new byte[4096]);
        Files.createFile(base.resolve("run-999999-1.lock"));
        Path orphan = Files.createDirectory(base.resolve("run-999999-2")); // its lock file already gone
        Files.createFile(base.resolve("unrelated.txt"));
        try (SpoolFolder live = SpoolFolder.create(base)) {
            assertFalse(Files.exists(dead), "the dead run's folder is removed");
            assertFalse(Files.exists(base.resolve("run-999999-1.lock")));
            assertFalse(Files.exists(orphan));
            assertTrue(Files.isDirectory(live.dir()));
            try (SpoolFolder second = SpoolFolder.create(base)) {
                assertTrue(Files.isDirectory(live.dir()), "a live run's folder is kept by the next run");
                assertTrue(Files.isDirectory(second.dir()));
            }
            assertTrue(Files.isDirectory(live.dir()));
        }
        assertEquals(List.of(base.resolve("unrelated.txt")), list(base), "closed runs leave nothing");
    }

    @Test
    void aSessionSpoolsInItsRunFolderAndRemovesItOnClose() throws IOException {
        try (QaSession session = QaSession.onDisk(true, true, base)) {
            List<Path> entries = list(base);
            assertEquals(2, entries.size(), entries.toString()); // run-PID-N and run-PID-N.lock
            Path run = entries.stream().filter(Files::isDirectory).findFirst().orElseThrow();
            assertEquals(1, list(run).size(), "the pair spool (the report is made from it)");
            session.finish();
        }
        assertEquals(List.of(), list(base));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
