package org.glossa.core.qa;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.io.LockFile;
import org.glossa.core.io.UserFolders;

/**
 * The folder of one run's spool files, so that a killed run's spools (13 MB and more) do not stay behind: each run
 * makes {@code BASE/run-PID-N/} and holds a lock on {@code BASE/run-PID-N.lock} for its life; the operating system
 * releases that lock when the process dies, however it dies ({@code kill -9} included). Every new run first removes
 * the folders whose lock it can take: those of runs that are gone. {@code BASE} is
 * {@code $XDG_CACHE_HOME/glossa/spool} (else {@code ~/.cache/glossa/spool}): the user's own, so no other user can
 * plant or read a spool, and on disk (unlike a {@code /tmp} that may be memory).
 */
final class SpoolFolder implements Closeable {
    private static final String PREFIX = "run-";
    private static final String LOCK = ".lock";

    private final Path dir;
    private final LockFile lock;

    private SpoolFolder(Path dir, LockFile lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /** {@code $XDG_CACHE_HOME/glossa/spool}, else {@code ~/.cache/glossa/spool}. */
    static Path defaultBase() {
        return UserFolders.cache().resolve("glossa").resolve("spool");
    }

    /** Removes the folders of dead runs in {@code base}, then makes and locks this run's folder there. */
    static SpoolFolder create(Path base) throws IOException {
        Files.createDirectories(base);
        removeDead(base);
        String prefix = PREFIX + ProcessHandle.current().pid() + "-";
        while (true) {
            Path lockFile = Files.createTempFile(base, prefix, LOCK);
            LockFile lock = LockFile.acquire(lockFile, "the spool folder", message -> { });
            try {
                // another run may have taken the new lock file for a dead run's between its creation and our lock
                if (Files.exists(lockFile)) return new SpoolFolder(Files.createDirectory(folderOf(lockFile)), lock);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            lock.close();
        }
    }

    Path dir() {
        return dir;
    }

    /** Deletes the folder with whatever is left in it and releases the lock. */
    @Override
    public void close() throws IOException {
        try (lock) {
            deleteTree(dir);
            Files.deleteIfExists(lock.path());
        }
    }

    /**
     * Deletes the run folders in {@code base} whose owner is gone: their lock can be taken (or they have no lock
     * file at all). Folders of live runs, this JVM's included, are left alone.
     */
    static void removeDead(Path base) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.endsWith(LOCK)) {
                    removeIfDead(p);
                } else if (Files.isDirectory(p) && !Files.exists(p.resolveSibling(name + LOCK))) {
                    deleteTree(p); // its lock file was removed by a sweep that stopped before the folder
                }
            }
        }
    }

    private static void removeIfDead(Path lockFile) throws IOException {
        Optional<LockFile> lock = LockFile.tryAcquire(lockFile);
        if (lock.isEmpty()) return; // a live run, in another process or in this one
        try (LockFile dead = lock.get()) {
            deleteTree(folderOf(lockFile));
            Files.deleteIfExists(dead.path());
        }
    }

    private static Path folderOf(Path lockFile) {
        String name = lockFile.getFileName().toString();
        return lockFile.resolveSibling(name.substring(0, name.length() - LOCK.length()));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
