package org.glossa.core.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * An exclusive lock that one writer at a time holds, across processes and threads: an OS file lock
 * ({@link FileChannel#lock()}) on a lock file, plus a lock per lock file within this JVM (the OS lock belongs to the
 * process, not the thread). A process that dies, even by {@code kill -9}, loses its OS lock at once. Lock files are
 * small, empty and left in place (deleting one while another process waits on it would let a third one lock a new
 * file).
 *
 * <p>When another process holds the lock, {@code onWait} is told once ({@code "waiting for <what> (locked by another
 * Glossa process)"}) and the call waits.
 *
 * <pre>{@code
 * try (LockFile lock = LockFile.forWriting(memory)) {
 *     // read the memory, write the new one, move it into place
 * }
 * }</pre>
 */
public final class LockFile implements AutoCloseable {
    private static final ConcurrentHashMap<Path, Semaphore> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static volatile Consumer<String> waits = message -> { };

    private final Path path;
    private final Semaphore local;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private LockFile(Path path, Semaphore local, FileChannel channel, FileLock lock) {
        this.path = path;
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of writers of {@code file}: {@code .<name>.lock} beside the file (symbolic links followed). */
    public static Path lockFileOf(Path file) throws IOException {
        Path real = AtomicFiles.followLinks(file);
        return real.resolveSibling("." + real.getFileName() + ".lock");
    }

    /** Locks {@code file} for writing ({@link #lockFileOf}); a wait is reported to {@link #waitReporter()}. */
    public static LockFile forWriting(Path file) throws IOException {
        return acquire(lockFileOf(file), file.toString(), waitReporter());
    }

    /** Takes the lock on {@code lockFile} (created if missing), waiting as long as another process holds it. */
    public static LockFile acquire(Path lockFile, String what, Consumer<String> onWait) throws IOException {
        Path key = key(lockFile);
        Semaphore local = IN_THIS_JVM.computeIfAbsent(key, k -> new Semaphore(1));
        try {
            local.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + what);
        }
        return lock(key, local, Optional.of(ch -> {
            onWait.accept("waiting for " + what + " (locked by another Glossa process)");
            return ch.lock();
        })).orElseThrow();
    }

    /**
     * Takes the lock on {@code lockFile} (created if missing) when nobody holds it; empty at once when another
     * process or another thread of this one holds it.
     */
    public static Optional<LockFile> tryAcquire(Path lockFile) throws IOException {
        Path key = key(lockFile);
        Semaphore local = IN_THIS_JVM.computeIfAbsent(key, k -> new Semaphore(1));
        if (!local.tryAcquire()) return Optional.empty();
        return lock(key, local, Optional.empty());
    }

    private interface Wait {
        FileLock lock(FileChannel channel) throws IOException;
    }

    /** The OS lock, with {@code local} held: waits with {@code wait} when another process holds it, or gives up. */
    private static Optional<LockFile> lock(Path key, Semaphore local, Optional<Wait> wait) throws IOException {
        FileChannel ch = null;
        try {
            Files.createDirectories(key.getParent());
            ch = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock == null && wait.isPresent()) lock = wait.get().lock(ch);
            if (lock != null) return Optional.of(new LockFile(key, local, ch, lock));
            ch.close();
            local.release();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            try {
                if (ch != null) ch.close();
            } finally {
                local.release();
            }
            throw e;
        }
    }

    private static Path key(Path lockFile) {
        return lockFile.toAbsolutePath().normalize();
    }

    /**
     * Where waits for a lock are reported by {@link #forWriting} and the index builds: set once by the application
     * (the command line prints them on standard error); by default they are not reported.
     */
    public static void reportWaitsTo(Consumer<String> reporter) {
        waits = Objects.requireNonNull(reporter, "reporter");
    }

    /** The reporter set by {@link #reportWaitsTo}. */
    public static Consumer<String> waitReporter() {
        return message -> waits.accept(message);
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        if (released) return;
        released = true;
        try {
            lock.release();
            channel.close();
        } finally {
            local.release();
        }
    }
}
