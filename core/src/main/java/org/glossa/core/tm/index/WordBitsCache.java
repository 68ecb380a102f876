package org.glossa.core.tm.index;

import java.io.IOException;
import java.util.Arrays;
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
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents holding a common word, per index segment, as a bit set with the word's frequency in each (decision
 * 0054): {@link WordCountQuery} checks a commoner word for its candidates by a bit test, and reads its frequency for
 * the survivors' scores, instead of {@code advance} or a walk of the word's postings.
 * A segment's postings never change (its deletions are kept apart), so an entry is keyed by the segment's core cache
 * key and the term, built by the second lookup that needs it (one walk of the postings; the first reads the postings
 * as without the cache, so that a one-shot lookup pays nothing for it) and reused by the next ones, like Lucene's
 * {@code LRUQueryCache} with its {@code UsageTrackingQueryCachingPolicy}. Only a word held by at least 1/{@value #DENSITY} of a segment's documents is
 * kept (a rarer one is cheaper to read from its postings than its bit set is large). The entries' bits are bounded by
 * a budget, the least recently used dropped first; a segment's entries are dropped when its core closes (a reopened
 * reader's new segments have new keys). Thread-safe: the searcher's threads search segments at the same time.
 */
final class WordBitsCache {
    /** A word is kept when its document frequency is at least a segment's documents / this. */
    static final int DENSITY = 16;
    /** The budget of the cache all memories share: 1/4 of the heap, at most 128 MiB. */
    private static final WordBitsCache SHARED =
            new WordBitsCache(Math.min(128L << 20, Runtime.getRuntime().maxMemory() / 4));

    private final long budget;
    /** Least recently used first. Guarded by this. */
    private final LinkedHashMap<Key, Postings> entries = new LinkedHashMap<>(64, 0.75f, true);
    /** The cores whose closing drops their entries (the listener registered once). Guarded by this. */
    private final Set<IndexReader.CacheKey> listened = new HashSet<>();
    private long bytes;
    /** The words asked for once and not kept yet, the least recently asked first (at most {@value #SEEN}). Guarded by this. */
    private final LinkedHashMap<Key, Boolean> seenOnce = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Boolean> eldest) {
            return size() > SEEN;
        }
    };
    /** How many words asked for once are remembered. */
    private static final int SEEN = 8192;

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

    /**
     * A word's postings in one segment: the documents holding it, those holding it more than once, and (in document
     * order) those holding it more than twice with their frequencies.
     */
    record Postings(FixedBitSet docs, FixedBitSet twice, int[] multi, int[] multiFreqs) {
        /** A reader of the word's frequencies in ascending documents (the survivors' scoring loop). */
        Frequencies frequencies() {
            return new Frequencies(this);
        }

        /** Where {@code doc} is or would be in {@link #multi}, at or after {@code from} (documents ascending). */
        private int next(int doc, int from) {
            int lo = from;
            int step = 1;
            // galloping: the documents asked for ascend, so the place is usually close after the previous one
            while (lo + step < multi.length && multi[lo + step] < doc) {
                lo += step;
                step <<= 1;
            }
            int i = Arrays.binarySearch(multi, lo, Math.min(lo + step + 1, multi.length), doc);
            return i >= 0 ? i : -i - 1;
        }

        long bytes() {
            return 2 * sizeOf(docs.length()) + 8L * multi.length;
        }
    }

    /** Whether a word of {@code docFreq} documents in a segment of {@code maxDoc} is one this cache keeps. */
    static boolean dense(int docFreq, int maxDoc) {
        return (long) docFreq * DENSITY >= maxDoc && maxDoc >= 64 * DENSITY;
    }

    /**
     * The documents of {@code reader} holding {@code term} (from the cache, or read from its postings with
     * {@code te} positioned by {@code state} and kept); null when the word is not {@link #dense} there, the segment
     * has no core cache key, its bits alone exceed the budget, or this is the first time it is asked for (since it
     * was last dropped): the caller then reads the postings itself.
     */
    Postings postings(LeafReader reader, Term term, TermsEnum te, TermState state, int docFreq) throws IOException {
        int maxDoc = reader.maxDoc();
        if (!dense(docFreq, maxDoc)) return null;
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) return null;
        if (sizeOf(maxDoc) > budget) return null;
        Key key = new Key(helper.getKey(), term);
        synchronized (this) {
            Postings hit = entries.get(key);
            if (hit != null) return hit;
            // kept from its second use on: a word one lookup needs once (a one-shot `glossa tm lookup`) is read from
            // its postings as without the cache, not walked whole into bits that nothing reads again
            if (seenOnce.remove(key) == null) {
                seenOnce.put(key, Boolean.TRUE);
                return null;
            }
        }
        FixedBitSet bits = new FixedBitSet(maxDoc);
        FixedBitSet twice = new FixedBitSet(maxDoc);
        int[] multi = new int[16];
        int[] freqs = new int[16];
        int m = 0;
        te.seekExact(term.bytes(), state);
        PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            bits.set(d);
            int f = pe.freq();
            if (f > 1) twice.set(d);
            if (f > 2) {
                if (m == multi.length) {
                    multi = ArrayUtil.grow(multi, m + 1);
                    freqs = ArrayUtil.grow(freqs, m + 1);
                }
                multi[m] = d;
                freqs[m++] = f;
            }
        }
        Postings made = new Postings(bits, twice, Arrays.copyOf(multi, m), Arrays.copyOf(freqs, m));
        long size = made.bytes();
        if (size > budget) return null;
        boolean listen;
        synchronized (this) {
            Postings other = entries.get(key);
            if (other != null) return other; // another thread built it meanwhile
            listen = listened.add(key.core());
            entries.put(key, made);
            bytes += size;
            Iterator<Map.Entry<Key, Postings>> it = entries.entrySet().iterator();
            while (bytes > budget && it.hasNext()) {
                bytes -= it.next().getValue().bytes();
                it.remove();
            }
        }
        if (listen) helper.addClosedListener(this::drop);
        return made;
    }

    /** A word's frequency in documents asked for in ascending order, each one of its {@link Postings#docs}. */
    static final class Frequencies {
        private final Postings postings;
        /** The place in {@link Postings#multi} of the last document asked for (documents ascend). */
        private int at;

        private Frequencies(Postings postings) {
            this.postings = postings;
        }

        int freq(int doc) {
            if (!postings.twice().get(doc)) return 1;
            int[] multi = postings.multi();
            if (at < multi.length && multi[at] <= doc) {
                at = postings.next(doc, at);
                if (at < multi.length && multi[at] == doc) return postings.multiFreqs()[at];
            }
            return 2;
        }
    }

    /** Drops the entries of a closed segment core. */
    private synchronized void drop(IndexReader.CacheKey core) {
        listened.remove(core);
        seenOnce.keySet().removeIf(k -> k.core() == core);
        Iterator<Map.Entry<Key, Postings>> it = entries.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Key, Postings> e = it.next();
            if (e.getKey().core() == core) {
                bytes -= e.getValue().bytes();
                it.remove();
            }
        }
    }

    /** The bytes of a bit set of {@code maxDoc} bits (its words). */
    static long sizeOf(int maxDoc) {
        return (long) FixedBitSet.bits2words(maxDoc) * Long.BYTES;
    }

    /** The bytes held now. */
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
