package org.glossa.core.tm.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents holding a common word, per index segment, as a bit set (decision 0054): {@link WordCountQuery}
 * checks a commoner word for its candidates by a bit test instead of {@code advance} or a walk of the word's postings.
 * A segment's postings never change (its deletions are kept apart), so an entry is keyed by the segment's core cache
 * key and the term, built by the first lookup that needs it (one walk of the postings) and reused by the next ones,
 * like Lucene's {@code LRUQueryCache}. Only a word held by at least 1/{@value #DENSITY} of a segment's documents is
 * kept (a rarer one is cheaper to read from its postings than its bit set is large). The entries' bits are bounded by
 * a budget, the least recently used dropped first; a segment's entries are dropped when its core closes (a reopened
 * reader's new segments have new keys). Thread-safe: the searcher's threads search segments at the same time.
 */
final class WordBitsCache {
    /** A word is kept when its document frequency is at least a segment's documents / this. */
    static final int DENSITY = 16;
    /** The budget of the cache all memories share: 1/8 of the heap, at most 128 MiB. */
    private static final WordBitsCache SHARED =
            new WordBitsCache(Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 8));

    private final long budget;
    /** Least recently used first. Guarded by this. */
    private final LinkedHashMap<Key, FixedBitSet> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** The cores whose closing drops their entries (the listener registered once). Guarded by this. */
    private final Set<IndexReader.CacheKey> listened = new HashSet<>();
    private long bytes;

    /** A cache holding at most {@code budget} bytes of bits. */
    WordBitsCache(long budget) {
        if (budget < 0) throw new IllegalArgumentException("budget " + budget);
        this.budget = budget;
    }

    /** The cache the memories' lookups share. */
    static WordBitsCache shared() {
        return SHARED;
    }

    private record Key(IndexReader.CacheKey core, Term term) {
    }

    /** Whether a word of {@code docFreq} documents in a segment of {@code maxDoc} is one this cache keeps. */
    static boolean dense(int docFreq, int maxDoc) {
        return (long) docFreq * DENSITY >= maxDoc && maxDoc >= 64 * DENSITY;
    }

    /**
     * The documents of {@code reader} holding {@code term} (from the cache, or read from its postings with
     * {@code te} positioned by {@code state} and kept); null when the word is not {@link #dense} there, the segment
     * has no core cache key, or its bits alone exceed the budget.
     */
    FixedBitSet bits(LeafReader reader, Term term, TermsEnum te, TermState state, int docFreq) throws IOException {
        int maxDoc = reader.maxDoc();
        if (!dense(docFreq, maxDoc)) return null;
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return null;
        long size = sizeOf(maxDoc);
        if (size > budget) return null;
        Key key = new Key(helper.getKey(), term);
        synchronized (this) {
            FixedBitSet hit = entries.get(key);
            if (hit != null) return hit;
        }
        FixedBitSet bits = new FixedBitSet(maxDoc);
        te.seekExact(term.bytes(), state);
        PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) bits.set(d);
        boolean listen;
        synchronized (this) {
            FixedBitSet other = entries.get(key);
            if (other != null) return other; // another thread built it meanwhile
            listen = listened.add(key.core());
            entries.put(key, bits);
            bytes += size;
            Iterator<Map.Entry<Key, FixedBitSet>> it = entries.entrySet().iterator();
            while (bytes > budget && it.hasNext()) {
                Map.Entry<Key, FixedBitSet> e = it.next();
                bytes -= sizeOf(e.getValue().length());
                it.remove();
            }
        }
        if (listen) helper.addClosedListener(this::drop);
        return bits;
    }

    /** Drops the entries of a closed segment core. */
    private synchronized void drop(IndexReader.CacheKey core) {
        listened.remove(core);
        Iterator<Map.Entry<Key, FixedBitSet>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, FixedBitSet> e = it.next();
            if (e.getKey().core() == core) {
                bytes -= sizeOf(e.getValue().length());
                it.remove();
            }
        }
    }

    /** The bytes of a bit set of {@code maxDoc} bits (its words). */
    static long sizeOf(int maxDoc) {
        return (long) FixedBitSet.bits2words(maxDoc) * Long.BYTES;
    }

    /** The bytes of bits held now. */
    synchronized long bytes() {
        return bytes;
    }

    /** How many entries are held now. */
    synchronized int size() {
        return entries.size();
    }

    /** How many entries are held now for the segment core {@code core}. */
    synchronized int size(IndexReader.CacheKey core) {
        int n = 0;
        for (Key k : entries.keySet()) if (k.core() == core) n++;
        return n;
    }
}
