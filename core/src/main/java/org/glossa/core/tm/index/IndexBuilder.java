package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the index of one TMX file: the calling thread reads the TMX and hands the entries in blocks of
 * {@link #BLOCK} to {@link #threads()} indexing threads that add them to one {@link IndexWriter} (each thread fills
 * segments of its own, so the documents are not in the TMX's order; every document records its entry's position,
 * {@link IndexFields#ORDER}, which {@link TmxOrder} ranks ties by, so the order the threads happened to write in
 * changes no answer).
 */
final class IndexBuilder {
    static final int BLOCK = 4096;
    private static final Block END = new Block(-1, List.of());

    private IndexBuilder() {
    }

    /** Entries {@code first}, {@code first + 1}, … of the TMX (positions among its entries). */
    private record Block(long first, List<PairedUnits.Keyed> entries) {
    }

    /** Indexing threads: one per processor, at most 4 (the TMX parse takes a share of a processor). */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** Writes the entries of {@code tmx} for the pair into a new index in {@code folder}, committed with {@code commitData} plus the counts. */
    static PairedUnits.Counts build(Path tmx, Path folder, String src, String tgt, IndexOptions options,
                                    Map<String, String> commitData) throws IOException {
        LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
        merges.setNoCFSRatio(0);
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb())
                .setUseCompoundFile(false)
                .setMergePolicy(merges)
                .setCommitOnClose(false);
        try (Directory d = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(d, config)) {
            Indexers indexers = new Indexers(writer, options.charNgrams(), threads());
            PairedUnits.Counts counts;
            try {
                counts = feed(tmx, src, tgt, indexers);
            } finally {
                indexers.finish();
            }
            indexers.await();
            Map<String, String> data = new HashMap<>(commitData);
            data.put("units", Long.toString(counts.units()));
            data.put("entries", Long.toString(counts.entries()));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return counts;
        }
    }

    /** All indexing threads together: 1/10 of the heap, at most 96 MB (bigger buffers, fewer segments to write and merge). */
    private static double ramBufferMb() {
        return Math.max(16, Math.min(96, Runtime.getRuntime().maxMemory() / 10 / (1 << 20)));
    }

    /** Reads the TMX on this thread, handing blocks to the indexers; the first failure of either is thrown. */
    private static PairedUnits.Counts feed(Path tmx, String src, String tgt, Indexers indexers) throws IOException {
        List<List<PairedUnits.Keyed>> block = new ArrayList<>(List.of(new ArrayList<>(BLOCK)));
        long[] first = {0};
        PairedUnits.Counts counts = PairedUnits.read(tmx, src, tgt, e -> {
            block.get(0).add(e);
            if (block.get(0).size() == BLOCK) {
                indexers.put(new Block(first[0], block.get(0)));
                first[0] += BLOCK;
                block.set(0, new ArrayList<>(BLOCK));
            }
        });
        if (!block.get(0).isEmpty()) indexers.put(new Block(first[0], block.get(0)));
        return counts;
    }

    /** The indexing threads, taking blocks from one queue and adding them to one writer. */
    private static final class Indexers {
        private final BlockingQueue<Block> queue;
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final List<Thread> threads = new ArrayList<>();
        private final IndexWriter writer;
        private final boolean charNgrams;
        private boolean finished;

        Indexers(IndexWriter writer, boolean charNgrams, int count) {
            this.writer = writer;
            this.charNgrams = charNgrams;
            this.queue = new ArrayBlockingQueue<>(2 * count);
            for (int i = 0; i < count; i++) {
                Thread t = new Thread(this::run, "glossa-index-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
        }

        private void run() {
            try {
                for (Block b; (b = queue.take()) != END; ) {
                    if (failure.get() != null) continue; // another thread failed: only empty the queue
                    long order = b.first();
                    for (PairedUnits.Keyed k : b.entries()) {
                        writer.addDocument(IndexFields.ordered(IndexFields.document(k.entry(), k.key(), charNgrams), order++));
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                drain();
            }
        }

        private void drain() {
            try {
                while (queue.take() != END) {
                    // a failed thread only empties the queue until its end mark
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void put(Block block) {
            Throwable t = failure.get();
            if (t != null) throw new UncheckedIOException(new IOException("indexing failed", t));
            try {
                queue.put(block);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UncheckedIOException(new InterruptedIOException("interrupted while indexing"));
            }
        }

        /** Sends each thread its end mark (once the reader is done or has failed) and waits for them; once. */
        void finish() {
            if (finished) return;
            finished = true;
            try {
                for (int i = 0; i < threads.size(); i++) queue.put(END);
                for (Thread t : threads) t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Throws the first failure of an indexing thread. */
        void await() throws IOException {
            for (Thread t : threads) {
                if (t.isAlive()) throw new InterruptedIOException("interrupted while indexing");
            }
            Throwable t = failure.get();
            if (t instanceof IOException io) throw io;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error err) throw err;
            if (t != null) throw new IOException("indexing failed", t);
        }
    }
}
