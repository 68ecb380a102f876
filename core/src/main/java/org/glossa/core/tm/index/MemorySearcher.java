package org.glossa.core.tm.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/**
 * The searcher of a file-backed {@link TranslationMemory}: one lookup searches the index's segments on all
 * processors, the calling thread taking its share. Each segment is a task of its own, the largest first; a thread
 * that finishes one takes the next not started (Lucene's task executor hands the tasks out in this order), so a
 * lookup waits for about half of its work plus at most one small segment's, wherever in the index its work lies.
 * Fixed slices of equal document counts (decision 0040) left a lookup waiting for the slice that happened to hold
 * more of its near-duplicates (decision 0050; docs/benchmarks.md, "Issue 17, session 12: memory lookups …").
 *
 * <p>The answers are those of a sequential search: each task's collector keeps Lucene's tie-break (the lower
 * document first), the tasks' top documents are merged with the same tie-break, and the collectors share their
 * minimum competitive score, so a task skips what another has already outscored (see decision 0040 and
 * docs/benchmarks.md, "Issue 17, session 9: memory lookups at 10M").
 */
final class MemorySearcher extends IndexSearcher implements AutoCloseable {
    private final ExecutorService threads;

    private MemorySearcher(IndexReader reader, ExecutorService threads) {
        super(reader, threads);
        this.threads = threads;
    }

    /**
     * A searcher over {@code reader} using {@code processors} processors: the calling thread and
     * {@code processors − 1} daemon threads (none, and a plain sequential searcher, for one processor).
     */
    static IndexSearcher open(IndexReader reader, int processors) {
        if (processors <= 1) return new IndexSearcher(reader);
        AtomicInteger n = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(processors - 1, r -> {
            Thread t = new Thread(r, "glossa-memory-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new MemorySearcher(reader, threads);
    }

    /** Stops the searcher's threads (of a searcher {@link #open} made; a sequential one has none). */
    static void close(IndexSearcher searcher) {
        if (searcher instanceof MemorySearcher m) m.close();
    }

    @Override
    public void close() {
        threads.shutdown();
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        // LeafSlice sorts its list: a mutable one
        return largestFirst(leaves).stream().map(c -> new LeafSlice(new ArrayList<>(List.of(c))))
                .toArray(LeafSlice[]::new);
    }

    /** The segments largest first (by document count; equal ones in index order). */
    static List<LeafReaderContext> largestFirst(List<LeafReaderContext> leaves) {
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext c) -> c.reader().maxDoc()).reversed()
                .thenComparingInt(c -> c.docBase));
        return bySize;
    }
}
