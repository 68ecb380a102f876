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
 * processors, in at most that many slices of about equal size (segments sorted by size, each added to the smallest
 * slice; each slice's segments in index order), the calling thread taking its share. A 10M-unit index has one
 * segment of ~4M documents and a dozen of ~0.4M: Lucene's default slicing makes 14 tasks of unequal size.
 *
 * <p>The answers are those of a sequential search: each slice's collector keeps Lucene's tie-break (the lower
 * document first), the slices' top documents are merged with the same tie-break, and the collectors share their
 * minimum competitive score, so a slice skips what another has already outscored (see decision 0040 and
 * docs/benchmarks.md, "Issue 17, session 9: memory lookups at 10M").
 */
final class MemorySearcher extends IndexSearcher implements AutoCloseable {
    private final ExecutorService threads;
    private final int parts;

    private MemorySearcher(IndexReader reader, ExecutorService threads, int parts) {
        super(reader, threads);
        this.threads = threads;
        this.parts = parts;
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
        return new MemorySearcher(reader, threads, processors);
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
        return balanced(leaves, parts).stream().map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    /**
     * The segments in at most {@code parts} groups of about equal document counts (largest first, each to the
     * smallest group), each group in index order; no empty group.
     */
    static List<List<LeafReaderContext>> balanced(List<LeafReaderContext> leaves, int parts) {
        int n = Math.max(1, Math.min(parts, leaves.size()));
        List<List<LeafReaderContext>> groups = new ArrayList<>(n);
        long[] docs = new long[n];
        for (int i = 0; i < n; i++) groups.add(new ArrayList<>());
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext c) -> c.reader().maxDoc()).reversed()
                .thenComparingInt(c -> c.docBase));
        for (LeafReaderContext c : bySize) {
            int smallest = 0;
            for (int i = 1; i < n; i++) if (docs[i] < docs[smallest]) smallest = i;
            groups.get(smallest).add(c);
            docs[smallest] += c.reader().maxDoc();
        }
        groups.removeIf(List::isEmpty);
        for (List<LeafReaderContext> g : groups) g.sort(Comparator.comparingInt(c -> c.docBase));
        return groups;
    }
}
