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
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.glossa.core.io.Failures;

/**
 * Builds the index of one TMX file on two threads: the calling thread reads the TMX and makes each entry's document,
 * its texts already analysed ({@link IndexFields#analysedDocument}), and hands them in blocks of {@link #BLOCK} to
 * one indexing thread that adds them to the index, in the TMX's order (BM25 ties are broken by document order,
 * decision 0026; several indexing threads saved no time on two cores, decision 0036). The analysis is on the
 * reader's side because the indexing thread is the longer of the two, and a third thread writes the full in-memory
 * segments out ({@link IndexWriter#flushNextBuffer}) while the indexing thread goes on with the next one (decision
 * 0043). The documents' order is the TMX's whoever flushes: segments are published in the order their buffers
 * were taken for flushing.
 */
final class IndexBuilder {
    /**
     * Documents handed over at once: 512. The documents in flight (the queue's four blocks, the one being filled and
     * the one being indexed) live through young collections: at 4,096 a block, ~25K analysed documents, more than a
     * survivor space holds, so every young collection copied ~26 MB and promoted half of it, and the old generation
     * filled with them until a full collection (decision 0055).
     */
    static final int BLOCK = 512;
    /**
     * Segments of one size merged at once: 32, so that a build of 10M units (~23 flush-sized segments at 96 MB
     * buffers) merges none while both cores are busy; Lucene's 10 merged ten of them, ~16 s of CPU (decision 0055).
     */
    static final int MERGE_FACTOR = 32;
    /**
     * The Java priority of the build's helper threads (the flushing thread here, the TMX's hash in {@link IndexCache}):
     * the indexing thread is the build's critical path on two cores, and at equal priority it waited on the run queue
     * for a third of its running time while they ran (decision 0065). Java priorities change nothing unless the JVM
     * maps them to the operating system's ({@link IndexBuildProcess#SCHEDULING}, the child that builds for the
     * launcher): there this is nice 4 on Linux, the indexing and reading threads staying at 0.
     */
    static final int BACKGROUND = Thread.MIN_PRIORITY;
    private static final List<Document> END = List.of();

    private IndexBuilder() {
    }

    /**
     * Writes the entries of {@code tmx} for the pair into a new index in the empty {@code folder}, committed with
     * {@code commitData} (asked for at the end) plus the counts.
     */
    static PairedUnits.Counts build(Path tmx, Path folder, String src, String tgt, IndexOptions options,
                                    CommitData commitData) throws IOException {
        return build(tmx, folder, src, tgt, options, commitData, segmentBytes());
    }

    /**
     * The commit data of a build, asked for once every entry is indexed, just before the commit: what is worked
     * out beside the build (the TMX's SHA-256, on a thread of its own, decision 0061) is waited for there.
     */
    @FunctionalInterface
    interface CommitData {
        Map<String, String> get() throws IOException;
    }

    /** {@link #build} with in-memory segments of {@code segmentBytes} (tests: many segments of a small memory). */
    static PairedUnits.Counts build(Path tmx, Path folder, String src, String tgt, IndexOptions options,
                                    CommitData commitData, long segmentBytes) throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            Indexer indexer = new Indexer(directory, segmentBytes);
            try {
                PairedUnits.Counts counts = feed(tmx, src, tgt, options.charNgrams(), indexer);
                Map<String, String> data = new HashMap<>(commitData.get());
                data.put("units", Long.toString(counts.units()));
                data.put("entries", Long.toString(counts.entries()));
                indexer.commit(data);
                return counts;
            } finally {
                indexer.stop();
            }
        }
    }

    /**
     * Reads the TMX and makes the documents on this thread, the indexer indexes them on its; the first failure of
     * either is thrown.
     */
    private static PairedUnits.Counts feed(Path tmx, String src, String tgt, boolean charNgrams, Indexer indexer)
            throws IOException {
        Analyzer analyzer = IndexFields.analyzer();
        List<List<Document>> block = new ArrayList<>(List.of(new ArrayList<>(BLOCK)));
        PairedUnits.Counts counts;
        try {
            counts = PairedUnits.read(tmx, src, tgt, e -> {
                block.get(0).add(IndexFields.analysedDocument(e.entry(), e.key(), charNgrams, analyzer));
                if (block.get(0).size() == BLOCK) {
                    indexer.put(block.get(0));
                    block.set(0, new ArrayList<>(BLOCK));
                }
            });
            if (!block.get(0).isEmpty()) indexer.put(block.get(0));
        } finally {
            indexer.finish();
            analyzer.close();
        }
        indexer.awaitIndexed();
        return counts;
    }

    /** The build's merges: segments of like size {@link #MERGE_FACTOR} at a time, no compound files. */
    static MergePolicy mergePolicy() {
        LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
        merges.setNoCFSRatio(0);
        merges.setMergeFactor(MERGE_FACTOR);
        return merges;
    }

    /** A segment's buffer: 1/10 of the heap, at most 96 MB (bigger buffers, fewer segments to write and merge). */
    private static long segmentBytes() {
        return Math.max(16, Math.min(96, Runtime.getRuntime().maxMemory() / 10 / (1 << 20))) << 20;
    }

    /**
     * The index writer, the thread that adds the blocks it is handed, and the thread that flushes: once the buffer
     * being filled holds {@code segmentBytes}, the indexing thread asks the flushing thread to write it out and
     * goes on. The writer's own limit is a third higher, so it flushes on the indexing thread only when the flushing
     * thread falls behind; heap use is at most about two buffers, as before one buffer and its flush.
     */
    private static final class Indexer {
        private final BlockingQueue<List<Document>> queue = new ArrayBlockingQueue<>(4);
        private final Semaphore flushRequests = new Semaphore(0);
        private final AtomicReference<Throwable> failure = new AtomicReference<>();
        private final Thread thread;
        private final Thread flusher;
        private final IndexWriter writer;
        private final long segmentBytes;
        private volatile boolean flushing;
        private volatile boolean done;
        private boolean finished;

        Indexer(Directory directory, long segmentBytes) throws IOException {
            this.segmentBytes = segmentBytes;
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(segmentBytes * 4 / 3 / (double) (1 << 20))
                    .setUseCompoundFile(false)
                    .setMergePolicy(mergePolicy())
                    .setCommitOnClose(false);
            this.writer = new IndexWriter(directory, config);
            this.thread = new Thread(this::run, "glossa-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY);
            this.flusher = new Thread(this::flush, "glossa-index-flush");
            flusher.setDaemon(true);
            flusher.setPriority(BACKGROUND);
            thread.start();
            flusher.start();
        }

        private void run() {
            try {
                for (List<Document> b; (b = queue.take()) != END; ) {
                    // The block at once: the writer's per-call work (its thread state, flush control and delete
                    // queue, a list around each document) once per block, not per document (decision 0062). The
                    // documents keep their order; a block stays in one segment.
                    writer.addDocuments(b);
                    if (!flushing && writer.ramBytesUsed() - writer.getFlushingBytes() >= segmentBytes) {
                        flushing = true;
                        flushRequests.release();
                    }
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
                drain();
            } finally {
                done = true;
                flushRequests.release();
            }
        }

        /** The flushing thread: writes out the buffer being filled when asked to, until the indexing thread ends. */
        private void flush() {
            try {
                while (true) {
                    flushRequests.acquire();
                    if (done) return;
                    writer.flushNextBuffer();
                    flushing = false;
                }
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }

        private void drain() {
            try {
                while (queue.take() != END) {
                    // a failed indexer only empties its queue until the end mark
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void put(List<Document> block) {
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

        /** Waits until every block handed over is in the writer; throws the indexing thread's failure. */
        void awaitIndexed() throws IOException {
            try {
                thread.join();
                flusher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while indexing");
            }
            Throwable t = failure.get();
            if (t != null) throw Failures.asIOException(t, "indexing failed");
        }

        /** Commits with {@code data} and closes the writer (which releases the write lock). */
        void commit(Map<String, String> data) throws IOException {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            writer.close();
        }

        /** Stops the thread and closes the writer, rolling back what was not committed. */
        void stop() throws IOException {
            finish();
            try {
                thread.join();
                flusher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (writer.isOpen()) writer.rollback();
        }
    }
}
