package org.glossa.core.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that readers see either the old or the complete new file, never a partial one. Every output of
 * Glossa goes through here.
 *
 * <ul>
 *   <li>The content goes to a hidden temporary file in the target's folder, {@code .<name>.<pid>-<random>.tmp},
 *       which is forced to disk and then renamed over the target (atomic on POSIX file systems), and the folder is
 *       forced so the rename survives a power cut.</li>
 *   <li>Symbolic links are followed (relative ones from the link's folder, chains too): the file the link points
 *       to is replaced, in its own folder, and the link stays a link.</li>
 *   <li>An existing file keeps its permissions. A new file gets the mode an ordinary write would give it
 *       ({@code 0666 & ~umask}, and the folder's default ACL): the temporary file is created with
 *       {@link Files#createFile} without attributes, exactly like an ordinary new file.</li>
 *   <li>A failed write (full disk, an exception from the writer) removes the temporary file and leaves the target
 *       as it was. A temporary file left by a run that was killed is removed by the next process that writes into
 *       the same folder, when the process id in its name is no process on this machine any more (files of the older
 *       {@code .<name>.<random>.tmp|.part} form, beside their file, count as such too).</li>
 *   <li>Many files ({@link Batch}, for batch commands): each is written the same way, but its forcing and rename run
 *       on a background thread while the next file is prepared (handed over in groups, so that forces overlap; no
 *       file waits for its group longer than a quarter of a second), and each folder is forced once, in {@link
 *       Batch#finish()}, instead of once per file. A file is still renamed only after its content is on disk, so a
 *       killed process leaves every target old or new and complete; after a power cut a target renamed before {@code
 *       finish()} returned may be the old one. {@code finish()} returns only when every file and folder is
 *       forced.</li>
 * </ul>
 */
public final class AtomicFiles {
    private static final int MAX_LINKS = 40;
    /** {@code .<name>.<pid>-<10 hex>.tmp}, as {@link #temporaryName} makes them. */
    private static final Pattern CURRENT = Pattern.compile("\\.(.+)\\.(\\d{1,19})-[0-9a-f]{10}\\.tmp");
    /** {@code .<name>.<random number>.tmp|.part}, as earlier versions made them. */
    private static final Pattern OLDER = Pattern.compile("\\.(.+)\\.(\\d{1,20})\\.(?:tmp|part)");
    /** Folders whose leftovers this process has removed. */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /** Writes to a temporary file beside {@code target}, forces it to disk, then moves it into place. */
    public static void write(Path target, Writer writer) throws IOException {
        try (Pending p = begin(target)) {
            writer.write(p.stream());
            p.commit();
        }
    }

    /**
     * Starts writing {@code target}: write to {@link Pending#stream()}, then {@link Pending#commit()}; closing without
     * a commit discards what was written and leaves the target as it was.
     */
    public static Pending begin(Path target) throws IOException {
        Path real = followLinks(target);
        Path dir = real.getParent();
        if (!SWEPT.contains(dir)) {
            Files.createDirectories(dir);
            removeLeftovers(dir);
        }
        Created tmp;
        try {
            tmp = createTemporary(real);
        } catch (NoSuchFileException e) {
            Files.createDirectories(dir); // the folder was removed since this process last wrote into it
            tmp = createTemporary(real);
        }
        try {
            copyMode(real, tmp.path());
            return new Pending(real, tmp.path(), tmp.channel());
        } catch (IOException | RuntimeException e) {
            try (FileChannel open = tmp.channel()) {
                Files.deleteIfExists(tmp.path());
            }
            throw e;
        }
    }

    /** A temporary file just created, open for writing. */
    private record Created(Path path, FileChannel channel) {
    }

    /**
     * The file {@code path} stands for: itself, or the file its symbolic link (chain) points to, absolute. The file
     * need not exist.
     */
    public static Path followLinks(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) throw new IOException("too many levels of symbolic links: " + path);
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    /** The name of a temporary file for {@code target} written by process {@code pid}. */
    static Path temporaryName(Path target, long pid, String random) {
        return target.resolveSibling("." + target.getFileName() + "." + pid + "-" + random + ".tmp");
    }

    /**
     * Creates a new temporary file for {@code real} and opens it for writing, in one call (as {@link Files#createFile}
     * creates a file: no attributes, so the mode is {@code 0666 & ~umask} and the folder's default ACL).
     */
    private static Created createTemporary(Path real) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            String random = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 10);
            // CURRENT matches it
            Path tmp = temporaryName(real, pid, random);
            try {
                return new Created(tmp, FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    /** An existing target's permissions go to the temporary file before anything is written to it. */
    private static void copyMode(Path real, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
        if (view == null || !Files.exists(real)) return;
        Files.setPosixFilePermissions(tmp, view.readAttributes().permissions());
    }

    /**
     * Removes, once per folder and process, the temporary files in {@code dir} whose writing process is gone: those
     * named {@code .<name>.<pid>-<10 hex>.tmp} whose pid is no live process, and those of the older form {@code
     * .<name>.<number>.tmp|.part} whose {@code <name>} is a file in the folder and whose number is no live pid. Once
     * per folder keeps a batch that writes many files into one folder linear.
     */
    private static void removeLeftovers(Path dir) throws IOException {
        if (!SWEPT.add(dir)) return;
        Set<String> names = new HashSet<>();
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                names.add(n);
                if (n.startsWith(".") && (n.endsWith(".tmp") || n.endsWith(".part"))) candidates.add(p);
            }
        }
        List<Path> gone = new ArrayList<>();
        for (Path p : candidates) {
            String n = p.getFileName().toString();
            Matcher current = CURRENT.matcher(n);
            Matcher older = OLDER.matcher(n);
            if (current.matches()) {
                if (!alive(current.group(2))) gone.add(p);
            } else if (older.matches() && names.contains(older.group(1)) && !alive(older.group(2))) {
                gone.add(p);
            }
        }
        for (Path p : gone) Files.deleteIfExists(p);
    }

    private static boolean alive(String pid) {
        if (pid.length() > 18) return false; // no process id is that long (older random names)
        return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /**
     * Starts a batch of writes made durable together ({@link Batch}); {@code threads} force files in parallel, in
     * groups of that many files, and a group that has not filled within 250 ms goes as it is (decision 0064).
     */
    public static Batch batch(int threads) {
        return new Batch(threads, Batch.GROUP_WAIT);
    }

    /** A batch whose partial group goes to the threads after {@code groupWait} (tests: a bound that never fires). */
    static Batch batch(int threads, java.time.Duration groupWait) {
        return new Batch(threads, groupWait);
    }

    /**
     * Writes many files: {@link #write} returns once the content is in a temporary file beside the target; a
     * background thread forces it to disk and renames it over the target; {@link #finish()} waits for all of them
     * and forces each folder once. Thread-safe. At most {@value #IN_FLIGHT} files wait to be forced at a time (each
     * holds an open file), so {@link #write} blocks when the disk is behind.
     *
     * <p>Files are handed to the threads in groups, as many files as there are threads (the rest by {@link
     * #finish()}), so that their forces run at the same time: the file system then writes the metadata the files
     * share (the folder's blocks, the inode table block, the allocation bitmaps) and the disk's cache flush once for
     * several files instead of once per file (decision 0060). Each file is still forced before it is renamed.
     *
     * <p>No file waits for its group longer than 250 ms ({@code GROUP_WAIT}): when a group's first file comes, one
     * check is scheduled (on the batch's own threads) that hands the group over as it is if it has not filled by
     * then. A fast batch fills its groups long before; a slow one (a writer that waits for machine translation) gets
     * each output in place within that time, so a kill loses at most what finished in the last 250 ms (decision
     * 0064). Groups go to the threads in the order their files were written.
     */
    public static final class Batch implements AutoCloseable {
        private static final int IN_FLIGHT = 64;
        /**
         * How long a written file may wait for its group to fill (decision 0064): a fast extract fills a group of
         * sixteen in 16-29 ms on average at load 8, its first groups (warm-up) in 94-130 ms; a kill loses at most
         * the work that finished in this last while.
         */
        static final java.time.Duration GROUP_WAIT = java.time.Duration.ofMillis(250);
        private final java.util.concurrent.ScheduledThreadPoolExecutor io;
        private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(IN_FLIGHT);
        private final java.util.Queue<java.util.concurrent.Future<Path>> committing = new java.util.concurrent.ConcurrentLinkedQueue<>();
        /** Files written and not yet handed to the threads: they go together, {@link #groupSize} at a time. */
        private final List<Pending> group = new ArrayList<>();
        private final int groupSize;
        private final long groupWaitNanos;
        /** The group's number (guarded by {@link #group}): a check for a group already handed over does nothing. */
        private long groupNumber;
        /** The one check of the group being filled (guarded by {@link #group}), null while the group is empty. */
        private java.util.concurrent.ScheduledFuture<?> groupCheck;

        private Batch(int threads, java.time.Duration groupWait) {
            this.groupSize = Math.min(Math.max(1, threads), IN_FLIGHT);
            this.groupWaitNanos = groupWait.toNanos();
            AtomicInteger n = new AtomicInteger();
            this.io = new java.util.concurrent.ScheduledThreadPoolExecutor(Math.max(1, threads), r -> {
                Thread t = new Thread(r, "glossa-fsync-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            io.setRemoveOnCancelPolicy(true); // a group that filled takes its check out of the queue at once
            io.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }

        /**
         * Writes {@code target} (see {@link AtomicFiles#write}); the file is forced and renamed into place in the
         * background. A failure of the writer is thrown here and leaves the target as it was; a failure to force or
         * rename is thrown by {@link #finish()}.
         */
        public void write(Path target, Writer writer) throws IOException {
            acquire();
            Pending p;
            try {
                p = begin(target);
            } catch (IOException | RuntimeException e) {
                slots.release();
                throw e;
            }
            try {
                writer.write(p.stream());
                p.buffer.flush();
            } catch (IOException | RuntimeException e) {
                try (p) {
                    slots.release();
                }
                throw e;
            }
            synchronized (group) {
                group.add(p);
                if (group.size() == groupSize) {
                    handOver();
                } else if (group.size() == 1) {
                    long number = groupNumber;
                    groupCheck = io.schedule(() -> handOverIfWaiting(number), groupWaitNanos,
                            java.util.concurrent.TimeUnit.NANOSECONDS);
                }
            }
        }

        /** The group's check: hands group {@code number} over as it is if it is still being filled. */
        private void handOverIfWaiting(long number) {
            synchronized (group) {
                if (groupNumber == number && !group.isEmpty()) handOver();
            }
        }

        /**
         * Hands the group to the threads at once, one task each, so that their forces overlap, and starts the next
         * group. Called holding {@link #group}, so groups go in the order they were filled (submitting only queues).
         */
        private void handOver() {
            if (groupCheck != null) {
                groupCheck.cancel(false);
                groupCheck = null;
            }
            groupNumber++;
            for (Pending p : group) {
                committing.add(io.submit(() -> {
                    try {
                        p.commitFile();
                        return p.target().getParent();
                    } catch (IOException e) {
                        throw new IOException(p.target() + ": cannot write: " + e.getMessage(), e);
                    } finally {
                        slots.release();
                    }
                }));
            }
            group.clear();
        }

        private void acquire() throws IOException {
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for earlier files to be written");
            }
        }

        /**
         * Waits until every file written so far is forced and in place, then forces each of their folders once.
         * Throws the first failure (naming its file) after waiting for all of them.
         */
        public void finish() throws IOException {
            IOException failure = null;
            Set<Path> folders = new java.util.LinkedHashSet<>();
            synchronized (group) {
                handOver();
            }
            for (java.util.concurrent.Future<Path> f = committing.poll(); f != null; f = committing.poll()) {
                try {
                    folders.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (failure == null) {
                        failure = cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while forcing the files written to disk");
                }
            }
            for (Path dir : folders) forceFolder(dir);
            if (failure != null) throw failure;
        }

        /** Finishes (see {@link #finish()}) and stops the background threads. */
        @Override
        public void close() throws IOException {
            try {
                finish();
            } finally {
                io.shutdown();
            }
        }
    }

    /** A file being written; see {@link #begin}. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final BufferedOutputStream buffer;
        private final OutputStream stream;
        private boolean done;

        private Pending(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.buffer = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            this.stream = new UncloseableOutputStream(buffer);
        }

        /** The file that is replaced on commit (symbolic links followed). */
        public Path target() {
            return target;
        }

        /** Where to write; closing it only flushes. */
        public OutputStream stream() {
            return stream;
        }

        /** Forces the content to disk and moves it into place. */
        public void commit() throws IOException {
            commitFile();
            forceFolder(target.getParent());
        }

        /** Forces the content to disk and moves it into place, without forcing the folder (the rename). */
        private void commitFile() throws IOException {
            if (done) throw new IllegalStateException("already committed or closed");
            done = true;
            boolean moved = false;
            try {
                buffer.flush();
                channel.force(true);
                channel.close();
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
                moved = true;
            } finally {
                channel.close();
                if (!moved) Files.deleteIfExists(temp);
            }
        }

        /** Discards the content unless committed. */
        @Override
        public void close() throws IOException {
            if (done) return;
            done = true;
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Makes a rename in {@code dir} durable (POSIX: fsync of the folder; Windows cannot open folders). */
    private static void forceFolder(Path dir) throws IOException {
        if (WINDOWS) return;
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (NoSuchFileException e) {
            throw new IOException("the folder of the new file disappeared: " + dir, e);
        }
    }

    /** Writers may close the stream they are given; the channel stays open until it is forced to disk. */
    private static final class UncloseableOutputStream extends FilterOutputStream {
        UncloseableOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
