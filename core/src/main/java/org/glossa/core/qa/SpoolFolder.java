package org.glossa.core.qa;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;
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
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private SpoolFolder(Path dir, Path lockFile, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.lockFile = lockFile;
        this.channel = channel;
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
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.lock();
                // another run may have taken the new lock file for a dead run's between its creation and our lock
                if (Files.exists(lockFile)) {
                    Path dir = Files.createDirectory(folderOf(lockFile));
                    return new SpoolFolder(dir, lockFile, channel, lock);
                }
                channel.close();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
    }

    Path dir() {
        return dir;
    }

    /** Deletes the folder with whatever is left in it and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            deleteTree(dir);
            Files.deleteIfExists(lockFile);
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
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
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return; // a live run in another process
            try {
                deleteTree(folderOf(lockFile));
                Files.deleteIfExists(lockFile);
            } finally {
                lock.release();
            }
        } catch (OverlappingFileLockException e) {
            // a live run in this JVM
        } catch (NoSuchFileException e) {
            // removed meanwhile by its run or another sweep
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
