package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The on-disk Lucene index of one TMX file and language pair: a cache that is rebuilt from the TMX when it is
 * missing, unreadable or stale. Its commit user data records the format version, the layout, the language pair
 * and the TMX {@link TmxFingerprint}; any difference makes it stale.
 *
 * <p>A build writes into a sibling directory and moves it into place when committed, so an interrupted build never
 * leaves a half-written index where a later open would take it.
 */
final class IndexCache {
    /** Bump when the documents or their encoding change. */
    static final String FORMAT = "glossa-tm-index-1";
    private static final double RAM_BUFFER_MB = 32;

    private IndexCache() {
    }

    /** An open index. The caller closes {@link #reader} and then {@link #directory}. */
    record Opened(Directory directory, DirectoryReader reader, TmFileStats stats) {
    }

    /** {@code <cacheDir>/<tmx name>-<hash of its absolute path>/<src>_<tgt>}. */
    static Path inCacheDir(Path cacheDir, Path tmx, String src, String tgt) {
        String abs = tmx.toAbsolutePath().normalize().toString();
        String id = TextKey.hex(TextKey.hash(abs)).substring(0, 10);
        return cacheDir.resolve(tmx.getFileName() + "-" + id).resolve(pairName(src, tgt));
    }

    /** {@code <tmx dir>/<tmx name>.glossa-index/<src>_<tgt>}. */
    static Path besideTmx(Path tmx, String src, String tgt) {
        Path abs = tmx.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".glossa-index").resolve(pairName(src, tgt));
    }

    private static String pairName(String src, String tgt) {
        return safe(src) + "_" + safe(tgt);
    }

    private static String safe(String lang) {
        return lang.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    }

    static Opened openOrBuild(Path tmx, Path dir, String src, String tgt, IndexOptions options) throws IOException {
        TmxFingerprint fp = TmxFingerprint.of(tmx);
        Map<String, String> expected = expected(tmx, src, tgt, options);
        if (Files.isDirectory(dir)) {
            Optional<Opened> reused = tryOpen(tmx, dir, fp, expected);
            if (reused.isPresent()) return reused.get();
        }
        build(tmx, dir, src, tgt, options, fp, expected);
        Directory d = FSDirectory.open(dir);
        try {
            DirectoryReader r = DirectoryReader.open(d);
            return new Opened(d, r, stats(tmx, dir, d, r, true));
        } catch (IOException | RuntimeException e) {
            d.close();
            throw e;
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

    /** The index in {@code dir} when it is readable and up to date with the TMX. */
    private static Optional<Opened> tryOpen(Path tmx, Path dir, TmxFingerprint fp, Map<String, String> expected)
            throws IOException {
        Directory d = FSDirectory.open(dir);
        DirectoryReader r = null;
        try {
            if (DirectoryReader.indexExists(d)) {
                r = DirectoryReader.open(d);
                Map<String, String> data = r.getIndexCommit().getUserData();
                boolean fresh = fp.matches(data)
                        && expected.entrySet().stream().allMatch(e -> e.getValue().equals(data.get(e.getKey())));
                if (fresh) return Optional.of(new Opened(d, r, stats(tmx, dir, d, r, false)));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException unreadable) {
            // A damaged or foreign cache: it is rebuilt from the TMX, which is the master copy.
            closeAfterFailure(unreadable, r, d);
            return Optional.empty();
        }
        if (r != null) r.close();
        d.close();
        return Optional.empty();
    }

    private static void closeAfterFailure(Exception cause, DirectoryReader r, Directory d) {
        try {
            if (r != null) r.close();
            d.close();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static void build(Path tmx, Path dir, String src, String tgt, IndexOptions options, TmxFingerprint fp,
                              Map<String, String> expected) throws IOException {
        Files.createDirectories(dir.getParent());
        Path tmp = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".building-");
        try {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCommitOnClose(false);
            try (Directory d = FSDirectory.open(tmp); IndexWriter w = new IndexWriter(d, config)) {
                PairedUnits.Counts counts = PairedUnits.read(tmx, src, tgt, e -> add(w, e, options.charNgrams()));
                Map<String, String> data = new HashMap<>(expected);
                fp.writeTo(data);
                data.put("units", Long.toString(counts.units()));
                data.put("entries", Long.toString(counts.entries()));
                w.setLiveCommitData(data.entrySet());
                w.commit();
            }
            deleteTree(dir);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir);
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void add(IndexWriter w, MemoryEntry e, boolean charNgrams) {
        try {
            w.addDocument(IndexFields.document(e, charNgrams));
        } catch (IOException x) {
            throw new UncheckedIOException(x);
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
