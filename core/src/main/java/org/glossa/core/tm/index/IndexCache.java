package org.glossa.core.tm.index;

import org.glossa.core.io.Failures;
import org.glossa.core.io.FileIdentity;
import org.glossa.core.text.TextKey;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.glossa.core.io.LockFile;
import org.glossa.core.io.UserFolders;

/**
 * The on-disk Lucene index of one TMX file and language pair: a cache that is rebuilt from the TMX when it is
 * missing, unreadable, damaged or stale. Its commit user data records the format version, the layout, the language
 * pair, the TMX's {@link FileIdentity} (size, modification time, file key) and {@link TmxFingerprint} (SHA-256 of the
 * content); another format, layout or pair makes it stale, and {@link TmxCheck} decides from the rest whether the
 * TMX changed, reading it only when its identity cannot tell (decision 0033). Every file of an index is verified
 * against its Lucene checksum at the first open after the build and whenever it was written since the last
 * verification ({@link VerifiedIndex}), so a damaged file is noticed there (and the index rebuilt) rather than in a
 * lookup.
 *
 * <p>Where: {@code <TMX>.glossa-index/<src>_<tgt>} beside the TMX; when that folder cannot be written (a memory in
 * a read-only folder), under the user's cache, {@code $XDG_CACHE_HOME/glossa/index/} (default {@code
 * ~/.cache/glossa/index/}), keyed by the TMX's real path.
 *
 * <p>Builds are serialised by a {@link LockFile} beside the index ({@code .<src>_<tgt>.lock}): a process that finds
 * the index missing or stale takes the lock, looks again (another process may have built it meanwhile), and builds
 * into a sibling folder ({@code <src>_<tgt>.building-*}) that is moved into place when committed; a stale index is
 * first renamed aside ({@code .<src>_<tgt>.old-*}) and deleted after the move. A reader never sees a half-built
 * index, and parallel first lookups build once. Leftovers of a killed build are removed by the next build (they
 * can only be leftovers: builds happen under the lock).
 */
final class IndexCache {
    /** Bump when the documents or their encoding change. */
    static final String FORMAT = "glossa-tm-index-7";
    private static final String BUILDING = ".building-";
    private static final String ASIDE = ".old-";

    private IndexCache() {
    }

    /**
     * An open index. The caller closes {@link #reader} and then {@link #directory}.
     *
     * @param verified the checksum verification done at this open, to record (empty when none was needed)
     * @param warning  what the user should be told (a record that could not be written)
     */
    record Opened(Directory directory, DirectoryReader reader, TmFileStats stats,
                  Optional<VerifiedIndex.Verification> verified, Optional<String> warning) {
    }

    /** {@code <cacheDir>/<tmx name>-<hash of its absolute path>/<src>_<tgt>}. */
    static Path inCacheDir(Path cacheDir, Path tmx, String src, String tgt) {
        String abs = tmx.toAbsolutePath().normalize().toString();
        String id = TextKey.matchHashHex(abs).substring(0, 10);
        return cacheDir.resolve(tmx.getFileName() + "-" + id).resolve(pairName(src, tgt));
    }

    /** {@code <tmx dir>/<tmx name>.glossa-index/<src>_<tgt>}. */
    static Path besideTmx(Path tmx, String src, String tgt) {
        Path abs = tmx.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".glossa-index").resolve(pairName(src, tgt));
    }

    /** Where the index of {@code tmx} goes when no cache folder is given: beside it, or in the user's cache. */
    static Path location(Path tmx, String src, String tgt) throws IOException {
        return location(tmx, src, tgt, Files::isWritable, UserFolders.cache());
    }

    /**
     * Beside the TMX when the folders it needs there are {@code writable}, else under
     * {@code <cacheHome>/glossa/index}, keyed by the TMX's real path.
     */
    static Path location(Path tmx, String src, String tgt, Predicate<Path> writable, Path cacheHome) throws IOException {
        Path beside = besideTmx(tmx, src, tgt);
        Path folder = beside.getParent();
        boolean usable = Files.isDirectory(folder) ? writable.test(folder) : writable.test(folder.getParent());
        if (usable) return beside;
        return inCacheDir(cacheHome.resolve("glossa").resolve("index"), tmx.toRealPath(), src, tgt);
    }

    private static String pairName(String src, String tgt) {
        return safe(src) + "_" + safe(tgt);
    }

    private static String safe(String lang) {
        return lang.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    static Opened openOrBuild(Path tmx, Path dir, String src, String tgt, IndexOptions options) throws IOException {
        return openOrBuild(tmx, dir, src, tgt, options, IndexBuildProcess.Settings.fromSystemProperties());
    }

    /** {@link #openOrBuild(Path, Path, String, String, IndexOptions)}, a missing index built where {@code builds} say. */
    static Opened openOrBuild(Path tmx, Path dir, String src, String tgt, IndexOptions options,
                              IndexBuildProcess.Settings builds) throws IOException {
        TmxCheck check = new TmxCheck(tmx);
        Map<String, String> expected = expected(tmx, src, tgt, options);
        Optional<Opened> reused = tryOpen(tmx, dir, check, expected);
        if (reused.isPresent()) return record(reused.get(), tmx, dir, check);
        Files.createDirectories(dir.getParent());
        // a child JVM takes the lock and builds as below; this process then opens what it built
        if (IndexBuildProcess.buildInChild(builds, tmx, dir, src, tgt, options)) {
            reused = tryOpen(tmx, dir, check, expected);
            if (reused.isPresent()) return record(builtNow(reused.get()), tmx, dir, check);
        }
        try (LockFile lock = LockFile.acquire(lockFile(dir), "the index of " + tmx, LockFile.waitReporter())) {
            reused = tryOpen(tmx, dir, check, expected); // built by another process while this one waited
            if (reused.isPresent()) return reused.get();
            removeLeftovers(dir);
            build(tmx, dir, src, tgt, options, check, expected);
            Directory d = FSDirectory.open(dir);
            try {
                DirectoryReader r = DirectoryReader.open(d);
                return new Opened(d, r, stats(tmx, dir, d, r, true), Optional.empty(), Optional.empty());
            } catch (IOException | RuntimeException e) {
                d.close();
                throw e;
            }
        }
    }

    /** {@code opened}, its stats saying that this open built the index (in a child process). */
    private static Opened builtNow(Opened opened) {
        TmFileStats s = opened.stats();
        return new Opened(opened.directory(), opened.reader(),
                new TmFileStats(s.tmx(), s.indexDir(), s.units(), s.entries(), s.indexBytes(), true),
                opened.verified(), opened.warning());
    }

    private static Path lockFile(Path dir) {
        return dir.resolveSibling("." + dir.getFileName() + ".lock");
    }

    /**
     * Records what this open had to read so that the next open need not (under the build lock, where the index may be
     * written: another user's index is left as it is and checked again at each open):
     * <ul>
     *   <li>when the TMX's content had to be read to find the index current (the file was touched, copied, or
     *   modified just before its index was built) and the file has settled since, its identity, in the commit data,
     *   while the index is still the one of this content;</li>
     *   <li>when the index files' checksums were verified, their identities ({@link VerifiedIndex}).</li>
     * </ul>
     * The index was found current either way: when the record cannot be written (a full disk), the memory is opened
     * with a warning saying so, and the next open reads again what this one read.
     */
    private static Opened record(Opened opened, Path tmx, Path dir, TmxCheck check) throws IOException {
        boolean identity = check.worthRecording();
        if ((!identity && opened.verified().isEmpty()) || !Files.isWritable(dir)) return opened;
        try (LockFile lock = LockFile.acquire(lockFile(dir), "the index of " + tmx, LockFile.waitReporter())) {
            if (identity) recordIdentity(opened, check);
            if (opened.verified().isPresent()) VerifiedIndex.record(dir, opened.verified().get());
        } catch (IOException e) {
            return new Opened(opened.directory(), opened.reader(), opened.stats(), opened.verified(),
                    Optional.of("the index of " + tmx + " is current, but that could not be recorded in " + dir + " ("
                            + e + "): the next open reads the memory again"));
        } catch (RuntimeException e) {
            closeAfterFailure(e, opened.reader(), opened.directory());
            throw e;
        }
        return opened;
    }

    private static void recordIdentity(Opened opened, TmxCheck check) throws IOException {
        try (IndexWriter w = new IndexWriter(opened.directory(), new IndexWriterConfig(IndexFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setMergePolicy(NoMergePolicy.INSTANCE)
                .setCommitOnClose(false))) {
            Map<String, String> data = new HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            if (check.contentMatches(data)) {
                check.identity().writeTo(data, TmxCheck.PREFIX);
                w.setLiveCommitData(data.entrySet()); // a new commit of the same segments
                w.commit();
            }
        }
    }

    private static Map<String, String> expected(Path tmx, String src, String tgt, IndexOptions options) {
        Map<String, String> m = new HashMap<>();
        m.put("format", FORMAT);
        m.put("layout", options.layout());
        m.put("source", src);
        m.put("target", tgt);
        m.put("origin", tmx.getFileName().toString());
        return m;
    }

    /**
     * The index in {@code dir} when it is readable, undamaged (checksums verified unless {@link VerifiedIndex} has them
     * verified as the files are) and up to date with the TMX.
     */
    private static Optional<Opened> tryOpen(Path tmx, Path dir, TmxCheck check, Map<String, String> expected)
            throws IOException {
        if (!Files.isDirectory(dir)) return Optional.empty();
        Directory d = FSDirectory.open(dir);
        DirectoryReader r = null;
        try {
            if (DirectoryReader.indexExists(d)) {
                Map<String, FileIdentity> seen = VerifiedIndex.snapshot(dir); // before the reader opens the files
                r = DirectoryReader.open(d);
                Map<String, String> data = r.getIndexCommit().getUserData();
                boolean fresh = expected.entrySet().stream().allMatch(e -> e.getValue().equals(data.get(e.getKey())))
                        && check.current(data);
                if (fresh) {
                    // the commit point (segments_N) is verified whole by every open, and replaced by recordIdentity
                    List<String> files = r.getIndexCommit().getFileNames().stream()
                            .filter(f -> !f.startsWith(IndexFileNames.SEGMENTS)).toList();
                    Optional<VerifiedIndex.Verification> verified = Optional.empty();
                    if (!VerifiedIndex.verified(dir, files, seen)) {
                        for (LeafReaderContext leaf : r.leaves()) leaf.reader().checkIntegrity();
                        verified = Optional.of(new VerifiedIndex.Verification(files, seen));
                    }
                    return Optional.of(new Opened(d, r, stats(tmx, dir, d, r, false), verified, Optional.empty()));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A damaged (checksum), foreign or vanishing (replaced by another process) cache: it is rebuilt from the
            // TMX, which is the master copy, or opened again under the lock.
            closeAfterFailure(unreadable, r, d);
            return Optional.empty();
        }
        if (r != null) r.close();
        d.close();
        return Optional.empty();
    }

    /** Removes what killed builds left beside {@code dir}; called under the build lock. */
    private static void removeLeftovers(Path dir) throws IOException {
        String building = dir.getFileName() + BUILDING;
        String aside = "." + dir.getFileName() + ASIDE;
        List<Path> left;
        try (Stream<Path> s = Files.list(dir.getParent())) {
            left = s.filter(p -> p.getFileName().toString().startsWith(building)
                    || p.getFileName().toString().startsWith(aside)).toList();
        }
        for (Path p : left) deleteTree(p);
    }

    private static void closeAfterFailure(Exception cause, DirectoryReader r, Directory d) {
        try {
            if (r != null) r.close();
            d.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void build(Path tmx, Path dir, String src, String tgt, IndexOptions options, TmxCheck check,
                              Map<String, String> expected) throws IOException {
        Path tmp = newFolder(dir, BUILDING);
        // The TMX's SHA-256 (decision 0033) is read on a thread of its own while the build reads and indexes the
        // TMX, and waited for at the commit: read before the build, it kept one of two cores idle (~4 s at 10M
        // units, decision 0061).
        FutureTask<Map<String, String>> recorded = new FutureTask<>(() -> {
            Map<String, String> data = new HashMap<>(expected);
            check.writeTo(data);
            return data;
        });
        Thread hashing = new Thread(recorded, "glossa-tmx-sha256");
        hashing.setDaemon(true);
        hashing.setPriority(IndexBuilder.BACKGROUND);
        hashing.start();
        try {
            IndexBuilder.build(tmx, tmp, src, tgt, options, () -> await(recorded, tmx));
            Files.deleteIfExists(tmp.resolve(IndexWriter.WRITE_LOCK_NAME));
            Path old = null;
            if (Files.exists(dir)) {
                old = newFolder(dir, ASIDE);
                Files.delete(old);
                move(dir, old);
            }
            move(tmp, dir);
            if (old != null) deleteTree(old);
        } finally {
            stop(recorded, hashing); // a failed build stops the reading (a done one is left as it is)
            deleteTree(tmp);
        }
    }

    /** The commit data {@code recorded} worked out; its failure (reading {@code tmx}) is thrown here. */
    private static Map<String, String> await(FutureTask<Map<String, String>> recorded, Path tmx) throws IOException {
        try {
            return recorded.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + tmx);
        } catch (ExecutionException e) {
            throw Failures.asIOException(e.getCause(), "reading " + tmx);
        }
    }

    private static void stop(FutureTask<?> task, Thread thread) {
        task.cancel(true);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new empty folder beside {@code dir} ({@code <name>.building-<n>} or {@code .<name>.old-<n>}). */
    private static Path newFolder(Path dir, String kind) throws IOException {
        String prefix = (kind.equals(ASIDE) ? "." : "") + dir.getFileName() + kind;
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolveSibling(prefix + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()));
            try {
                // createDirectory, not createTempDirectory: the folder gets the mode of an ordinary one (the umask),
                // so the other users who may read the memory may read its index
                return Files.createDirectory(p);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) throw e;
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static TmFileStats stats(Path tmx, Path dir, Directory d, DirectoryReader r, boolean rebuilt)
            throws IOException {
        Map<String, String> data = r.getIndexCommit().getUserData();
        long bytes = 0;
        for (String f : d.listAll()) bytes += d.fileLength(f);
        return new TmFileStats(tmx, dir, Long.parseLong(data.getOrDefault("units", "0")), r.numDocs(), bytes, rebuilt);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

}
