package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the index of one TMX file on {@link #PARTS} indexing threads while the calling thread reads the TMX: the
 * entries go in blocks of {@link #BLOCK}, block {@code i} to part {@code i mod PARTS}, each part an index of its own
 * written by one thread (merges join neighbouring segments only), and the parts are then added to the index in
 * order. The documents' order is thereby fixed by the TMX alone, whatever the threads' timing: BM25 ties (broken by
 * document order) come out the same in every build; with one part it is the TMX's order.
 */
final class IndexBuilder {
    /**
     * One part: with two (measured in decision 0026), the documents come in another order than the TMX's, and since
     * BM25 ties are broken by document order, 10 of 1,000 bench answers lost a match to an equally ranked candidate;
     * parallel parts need a tie-break that does not depend on document order first. With one part, the TMX is read
     * on the calling thread and indexed on one other, in the TMX's order.
     */
    static final int PARTS = 1;
    static final int BLOCK = 4096;
    private static final List<PairedUnits.Keyed> END = List.of();

    private IndexBuilder() {
    }

    /**
     * Writes the entries of {@code tmx} for the pair into a new index in {@code folder} (parts in sibling folders
     * named {@code <folder>.part<n>}, removed afterwards), committed with {@code commitData} plus the counts.
     */
    static PairedUnits.Counts build(Path tmx, Path folder, String src, String tgt, IndexOptions options,
                                    Map<String, String> commitData) throws IOException {
        List<Path> partFolders = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        try {
            for (int i = 0; i < PARTS; i++) {
                Path p = folder.resolveSibling(folder.getFileName() + ".part" + i);
                Files.createDirectory(p);
                partFolders.add(p);
                parts.add(new Part(p, options.charNgrams(), i));
            }
            PairedUnits.Counts counts = feed(tmx, src, tgt, parts);
            List<Directory> dirs = new ArrayList<>();
            try {
                for (Path p : partFolders) dirs.add(FSDirectory.open(p));
                IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                        .setMergePolicy(NoMergePolicy.INSTANCE)
                        .setCommitOnClose(false);
                try (Directory d = FSDirectory.open(folder); IndexWriter w = new IndexWriter(d, config)) {
                    w.addIndexes(dirs.toArray(Directory[]::new));
                    Map<String, String> data = new java.util.HashMap<>(commitData);
                    data.put("units", Long.toString(counts.units()));
                    data.put("entries", Long.toString(counts.entries()));
                    w.setLiveCommitData(data.entrySet());
                    w.commit();
                }
            } finally {
                for (Directory d : dirs) d.close();
            }
            return counts;
        } finally {
            for (Part p : parts) p.stop();
            for (Path p : partFolders) IndexCache.deleteTree(p);
        }
    }

    /** Reads the TMX on this thread, the parts index on theirs; the first failure of either is thrown. */
    private static PairedUnits.Counts feed(Path tmx, String src, String tgt, List<Part> parts) throws IOException {
        List<List<PairedUnits.Keyed>> block = new ArrayList<>(List.of(new ArrayList<>(BLOCK)));
        int[] next = {0};
        PairedUnits.Counts counts;
        try {
            counts = PairedUnits.read(tmx, src, tgt, e -> {
                block.get(0).add(e);
                if (block.get(0).size() == BLOCK) {
                    parts.get(next[0]++ % PARTS).put(block.get(0));
                    block.set(0, new ArrayList<>(BLOCK));
                }
            });
            if (!block.get(0).isEmpty()) parts.get(next[0] % PARTS).put(block.get(0));
        } finally {
            for (Part p : parts) p.finish();
        }
        for (Part p : parts) p.awaitCommitted();
        return counts;
    }

    /** One part: an index written by one thread from the blocks it is handed. */
    private static final class Part {
        private final BlockingQueue<List<PairedUnits.Keyed>> queue = new ArrayBlockingQueue<>(4);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread thread;
        private final Directory directory;
        private final IndexWriter writer;
        private final boolean charNgrams;
        private boolean finished;

        Part(Path folder, boolean charNgrams, int number) throws IOException {
            this.charNgrams = charNgrams;
            this.directory = FSDirectory.open(folder);
            LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
            merges.setNoCFSRatio(0);
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(ramBufferMb())
                    .setUseCompoundFile(false)
                    .setMergePolicy(merges)
                    .setCommitOnClose(false);
            try {
                this.writer = new IndexWriter(directory, config);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
            this.thread = new Thread(this::run, "glossa-index-" + number);
            thread.setDaemon(true);
            thread.start();
        }

        /** Per writer: 1/10 of the heap, at most 96 MB (bigger buffers, fewer segments to write and merge). */
        private static double ramBufferMb() {
            return Math.max(16, Math.min(96, Runtime.getRuntime().maxMemory() / 10 / (1 << 20)));
        }

        private void run() {
            try {
                for (List<PairedUnits.Keyed> b; (b = queue.take()) != END; ) {
                    for (PairedUnits.Keyed k : b) writer.addDocument(IndexFields.document(k.entry(), k.key(), charNgrams));
                }
                writer.commit();
                writer.close(); // releases the write lock: the part is added to the index next
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                drain();
            }
        }

        private void drain() {
            try {
                while (queue.take() != END) {
                    // a failed part only empties its queue until the end mark
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void put(List<PairedUnits.Keyed> block) {
            Throwable t = failure.get();
            if (t != null) throw new UncheckedIOException(new IOException("indexing failed", t));
            try {
                queue.put(block);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new InterruptedIOException("interrupted while indexing"));
            }
        }

        /** Sends the end mark (once the reader is done or has failed); once. */
        void finish() {
            if (finished) return;
            finished = true;
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void awaitCommitted() throws IOException {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while indexing");
            }
            Throwable t = failure.get();
            if (t instanceof IOException io) throw io;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error err) throw err;
        }

        /** Closes the writer (rolling back what was not committed) and the folder. */
        void stop() throws IOException {
            finish();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                if (writer.isOpen()) writer.rollback();
            } finally {
                directory.close();
            }
        }
    }
}
