package org.glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output of Glossa goes through AtomicFiles: mode, symlinks, failures and leftovers. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
    }

    private static void write(Path target, String text) throws IOException {
        AtomicFiles.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aBatchPutsEveryFileInPlaceAndLeavesNoTemporaryFile() throws IOException {
        Path old = dir.resolve("sub/f7.txt");
        Files.createDirectories(old.getParent());
        Files.writeString(old, "old");
        try (AtomicFiles.Batch batch = AtomicFiles.batch(2)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                batch.write(dir.resolve((i % 2 == 0 ? "" : "sub/") + "f" + i + ".txt"),
                        out -> out.write(("file " + n).getBytes(StandardCharsets.UTF_8)));
            }
            batch.finish();
            for (int i = 0; i < 200; i++) {
                assertEquals("file " + i, Files.readString(dir.resolve((i % 2 == 0 ? "" : "sub/") + "f" + i + ".txt")));
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aBatchHandsFilesToItsThreadsInGroupsAndFinishForcesTheRest() throws IOException {
        // 37 files through 16 threads: two groups of 16 go to the threads as they fill, the last 5 only in finish()
        // (the bound on a group's wait, decision 0064, set to a day here so that it cannot hand them over first)
        for (int i = 0; i < 37; i++) Files.writeString(dir.resolve("g" + i + ".xlf"), "old " + i);
        try (AtomicFiles.Batch batch = AtomicFiles.batch(16, java.time.Duration.ofDays(1))) {
            for (int i = 0; i < 37; i++) {
                int n = i;
                batch.write(dir.resolve("g" + i + ".xlf"), out -> out.write(("new " + n).getBytes(StandardCharsets.UTF_8)));
            }
            for (int i = 32; i < 37; i++) {
                assertEquals("old " + i, Files.readString(dir.resolve("g" + i + ".xlf")), "not renamed before finish()");
            }
            batch.finish();
            for (int i = 0; i < 37; i++) assertEquals("new " + i, Files.readString(dir.resolve("g" + i + ".xlf")));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(37, files.filter(p -> p.getFileName().toString().matches("g\\d+\\.xlf")).count());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aSlowBatchPutsAFinishedFileInPlaceWithoutWaitingForItsGroup() throws Exception {
        // a batch of 16 threads whose writer waits (for machine translation, say) after the first file: the first
        // file must not wait for fifteen more to fill its group, or for finish(): it is in place, complete and new,
        // while the batch is still open and its second file still being written (decision 0064)
        Path first = Files.writeString(dir.resolve("first.xlf"), "old first");
        Path second = Files.writeString(dir.resolve("second.xlf"), "old second");
        String content = "new first ".repeat(2_000);
        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        try (AtomicFiles.Batch batch = AtomicFiles.batch(16)) {
            batch.write(first, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
            Thread slow = new Thread(() -> {
                try {
                    batch.write(second, out -> {
                        waiting.countDown();
                        try {
                            answer.await();
                        } catch (InterruptedException e) {
                            throw new java.io.InterruptedIOException();
                        }
                        out.write("new second".getBytes(StandardCharsets.UTF_8));
                    });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            slow.start();
            try {
                assertTrue(waiting.await(60, TimeUnit.SECONDS), "the second file's writer started");
                // no timing asserted: the minute is only how long a broken batch may hang the test before it fails
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (!Files.readString(first).equals(content)) {
                    assertEquals("old first", Files.readString(first), "never a partial file under the name");
                    assertTrue(System.nanoTime() < deadline, "the first file is still not in place while the batch waits");
                    Thread.sleep(10);
                }
                assertEquals(1, answer.getCount(), "the writer is still waiting");
                assertEquals("old second", Files.readString(second));
                try (Stream<Path> files = Files.list(dir)) {
                    assertEquals(1, files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(),
                            "only the second file's temporary file is left");
                }
            } finally {
                answer.countDown();
                slow.join();
            }
            batch.finish();
        }
        assertEquals(content, Files.readString(first));
        assertEquals("new second", Files.readString(second));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("first.xlf", "second.xlf"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void groupsHandedOverByTheirWaitAndByFillingAllArriveInPlaceAndTheFirstFailureIsNamed() throws IOException {
        // a bound that fires between nearly every pair of files (one nanosecond), mixed with full groups: every file
        // in place after finish(), none left as a temporary file, and finish() names the first file (in the order
        // written) that could not be renamed: groups go to the threads in the order their files came
        for (String bad : List.of("bad-early.txt", "bad-late.txt")) {
            Files.createDirectories(dir.resolve(bad));
            Files.writeString(dir.resolve(bad).resolve("inside"), "a folder that is not empty: no file renamed over it");
        }
        for (int round = 0; round < 3; round++) {
            int r = round;
            IOException e;
            try (AtomicFiles.Batch batch = AtomicFiles.batch(4, java.time.Duration.ofNanos(1))) {
                for (int i = 0; i < 100; i++) {
                    int n = i;
                    if (i == 10) batch.write(dir.resolve("bad-early.txt"), out -> out.write('x'));
                    if (i == 90) batch.write(dir.resolve("bad-late.txt"), out -> out.write('y'));
                    batch.write(dir.resolve("w" + i + ".txt"), out -> out.write(("round " + r + " " + n).getBytes(StandardCharsets.UTF_8)));
                }
                e = assertThrows(IOException.class, batch::finish);
            }
            assertTrue(e.getMessage().startsWith(dir.resolve("bad-early.txt") + ": cannot write"), e.getMessage());
            for (int i = 0; i < 100; i++) assertEquals("round " + round + " " + i, Files.readString(dir.resolve("w" + i + ".txt")));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void aFolderRemovedAfterAWriteIsCreatedAgain() throws IOException {
        // the folder is created once per process; a later write into it, after it was removed, creates it again
        Path folder = dir.resolve("gone");
        write(folder.resolve("a.txt"), "a");
        Files.delete(folder.resolve("a.txt"));
        Files.delete(folder);
        write(folder.resolve("b.txt"), "b");
        assertEquals("b", Files.readString(folder.resolve("b.txt")));
        Files.delete(folder.resolve("b.txt"));
        Files.delete(folder);
        try (AtomicFiles.Batch batch = AtomicFiles.batch(1)) {
            batch.write(folder.resolve("c.txt"), out -> out.write('c'));
        }
        assertEquals("c", Files.readString(folder.resolve("c.txt")));
    }

    @Test
    void aFailedWriteInABatchLeavesTheOldFileAndTheOthersAreWritten() throws IOException {
        Path target = dir.resolve("t.txt");
        write(target, "old");
        try (AtomicFiles.Batch batch = AtomicFiles.batch(1)) {
            IOException e = assertThrows(IOException.class, () -> batch.write(target, out -> {
                out.write("partial".getBytes(StandardCharsets.UTF_8));
                throw new IOException("disk full");
            }));
            assertEquals("disk full", e.getMessage());
            batch.write(dir.resolve("other.txt"), out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
            batch.finish();
        }
        assertEquals("old", Files.readString(target));
        assertEquals("new", Files.readString(dir.resolve("other.txt")));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("other.txt", "t.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aNewFileGetsTheModeOfANormalWrite() throws IOException {
        Path normal = Files.writeString(dir.resolve("normal.txt"), "x"); // 0666 & ~umask
        Path out = dir.resolve("out.txt");
        write(out, "new");
        assertEquals("new", Files.readString(out));
        assertEquals(mode(normal), mode(out));
    }

    @Test
    void anExistingFileKeepsItsMode() throws IOException {
        Path out = Files.writeString(dir.resolve("shared.tmx"), "old");
        for (String mode : List.of("rw-rw-r--", "rw-------", "rwxr-x---")) {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(mode));
            write(out, "new " + mode);
            assertEquals("new " + mode, Files.readString(out));
            assertEquals(mode, mode(out));
        }
    }

    @Test
    void aSymlinkIsFollowedAndStaysALink() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path target = Files.writeString(real.resolve("memory.tmx"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        Path links = Files.createDirectories(dir.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("memory.tmx"), Path.of("..", "real", "memory.tmx"));
        Path linkToLink = Files.createSymbolicLink(dir.resolve("again.tmx"), link);

        write(link, "through the link");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("through the link", Files.readString(target));
        assertEquals("rw-rw-r--", mode(target));
        write(linkToLink, "through two links");
        assertTrue(Files.isSymbolicLink(linkToLink));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("through two links", Files.readString(target));
        try (Stream<Path> s = Files.list(links)) {
            assertEquals(List.of(link), s.toList(), "no temporary file beside the link");
        }
    }

    @Test
    void aDanglingSymlinkCreatesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("made.txt"));
        write(link, "made");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("made", Files.readString(dir.resolve("made.txt")));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), "old");
        IOException full = assertThrows(IOException.class, () -> AtomicFiles.write(out, o -> {
            o.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", full.getMessage());
        assertEquals("old", Files.readString(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList());
        }
    }

    @Test
    void aPendingFileIsInvisibleUntilCommitted() throws IOException {
        Path out = Files.writeString(dir.resolve("out.txt"), "old");
        try (AtomicFiles.Pending p = AtomicFiles.begin(out)) {
            p.stream().write("new".getBytes(StandardCharsets.UTF_8));
            assertEquals("old", Files.readString(out));
        }
        assertEquals("old", Files.readString(out), "closed without commit: nothing changes");
        try (AtomicFiles.Pending p = AtomicFiles.begin(out)) {
            p.stream().write("new".getBytes(StandardCharsets.UTF_8));
            p.commit();
        }
        assertEquals("new", Files.readString(out));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList());
        }
    }

    @Test
    void leftoversOfAProcessThatIsGoneAreRemovedOthersKept() throws Exception {
        Process gone = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(gone.waitFor(60, TimeUnit.SECONDS));
        Path out = Files.writeString(dir.resolve("memory.tmx"), "old");
        Path dead = Files.writeString(AtomicFiles.temporaryName(out, gone.pid(), "abcdef0123"), "110 MB of a killed run");
        Path live = Files.writeString(AtomicFiles.temporaryName(out, ProcessHandle.current().pid(), "def0123456"), "in flight");
        Path other = Files.writeString(AtomicFiles.temporaryName(dir.resolve("other.txt"), gone.pid(), "0123456789"), "x");
        Path olderPart = Files.writeString(dir.resolve(".memory.tmx.16229310346002019173.part"), "an earlier version's");
        Path olderTmp = Files.writeString(dir.resolve(".memory.tmx.99999999.tmp"), "an earlier version's");
        Path usersOwn = Files.writeString(dir.resolve(".notes.20231231.tmp"), "a user's hidden file, no notes beside it");
        Path usersOther = Files.writeString(dir.resolve(".memory.tmx.backup.tmp"), "not a number");
        write(out, "new");
        assertFalse(Files.exists(dead), "the dead run's temporary file is removed");
        assertFalse(Files.exists(other), "whatever file it was for");
        assertFalse(Files.exists(olderPart));
        assertFalse(Files.exists(olderTmp));
        assertTrue(Files.exists(live), "a live process's temporary file is kept");
        assertTrue(Files.exists(usersOwn));
        assertTrue(Files.exists(usersOther));
    }
}
