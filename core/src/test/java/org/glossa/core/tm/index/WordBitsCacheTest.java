package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.glossa.core.model.Content;
import org.glossa.core.text.TextKey;
import org.junit.jupiter.api.Test;

/**
 * The common words' postings kept per segment (decision 0054): each segment's own documents and frequencies, the
 * entries of a closed reader's segments dropped, a reopened reader's new segment given its own, the budget kept.
 */
class WordBitsCacheTest {
    private static final Term COMMON = new Term(IndexFields.WORDS, "common");
    private static final Term OTHER = new Term(IndexFields.WORDS, "other");
    private static final Term RARE = new Term(IndexFields.WORDS, "rare");

    @Test
    void eachSegmentHasItsOwnDocumentsAndFrequenciesAndAClosedReaderDropsThem() throws Exception {
        WordBitsCache cache = new WordBitsCache(64L << 20);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                addSegment(w, "a", 2000, 3);
                addSegment(w, "b", 1500, 2);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(2, reader.leaves().size());
                List<WordBitsCache.Postings> first = new ArrayList<>();
                for (LeafReaderContext c : reader.leaves()) {
                    assertNull(postings(cache, c.reader(), COMMON), "the first use reads the postings");
                    WordBitsCache.Postings p = postings(cache, c.reader(), COMMON);
                    assertNotNull(p, "segment " + c.ord);
                    assertEquals(expected(c.reader(), COMMON), actual(p), "segment " + c.ord);
                    // the next lookup is the kept entry
                    assertSame(p, postings(cache, c.reader(), COMMON));
                    first.add(p);
                    // a word held by few documents is not kept
                    assertNull(postings(cache, c.reader(), RARE));
                    assertNull(postings(cache, c.reader(), RARE));
                }
                assertNotSame(first.get(0), first.get(1));
                assertTrue(first.get(0).multi().length > 0, "frequencies above 2 kept apart");
                assertEquals(2, cache.size());
                assertEquals(first.get(0).bytes() + first.get(1).bytes(), cache.bytes());
                // a reopened reader: its old segments keep their entries, its new segment gets its own
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(IndexFields.analyzer())
                        .setMergePolicy(NoMergePolicy.INSTANCE))) {
                    addSegment(w, "c", 1100, 4);
                }
                try (DirectoryReader reopened = DirectoryReader.openIfChanged(reader)) {
                    assertNotNull(reopened);
                    assertEquals(3, reopened.leaves().size());
                    assertSame(first.get(0), postings(cache, reopened.leaves().get(0).reader(), COMMON));
                    LeafReader added = reopened.leaves().get(2).reader();
                    WordBitsCache.Postings p = kept(cache, added, COMMON);
                    assertEquals(expected(added, COMMON), actual(p));
                    assertEquals(3, cache.size());
                    assertEquals(1, cache.size(added.getCoreCacheHelper().getKey()));
                }
                // the reopened reader closed: its own segment's entry dropped, the shared segments' kept
                assertEquals(2, cache.size());
            }
            // every reader closed: nothing left
            assertEquals(0, cache.size());
            assertEquals(0, cache.bytes());
        }
    }

    @Test
    void theBudgetIsKeptTheLeastRecentlyUsedDroppedFirst() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            try (IndexWriter w = new IndexWriter(dir, config)) {
                addSegment(w, "a", 2000, 3);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                WordBitsCache.Postings common = kept(new WordBitsCache(64L << 20), leaf, COMMON);
                WordBitsCache.Postings other = kept(new WordBitsCache(64L << 20), leaf, OTHER);
                // room for the larger of the two, not for both
                long budget = Math.max(common.bytes(), other.bytes());
                assertTrue(common.bytes() + other.bytes() > budget);
                WordBitsCache cache = new WordBitsCache(budget);
                WordBitsCache.Postings c1 = kept(cache, leaf, COMMON);
                assertSame(c1, postings(cache, leaf, COMMON));
                WordBitsCache.Postings o1 = kept(cache, leaf, OTHER);
                assertEquals(1, cache.size());
                assertEquals(o1.bytes(), cache.bytes());
                assertTrue(cache.bytes() <= budget);
                // COMMON was dropped: after two more uses built again (equal, not the same), which drops OTHER
                WordBitsCache.Postings c2 = kept(cache, leaf, COMMON);
                assertNotSame(c1, c2);
                assertEquals(actual(c1), actual(c2));
                assertEquals(1, cache.size());
                assertTrue(cache.bytes() <= budget);
                // a budget smaller than one entry keeps nothing
                WordBitsCache none = new WordBitsCache(budget / 4);
                assertNull(postings(none, leaf, COMMON));
                assertNull(postings(none, leaf, COMMON));
                assertEquals(0, none.size());
            }
        }
    }

    /**
     * A segment of {@code n} entries named {@code name}-i: entry i holds "common" (i % 3 != 0) 1 to {@code most}
     * times, "other" (i % 2 == 0) once, "rare" (i % 500 == 0), and a word of its own.
     */
    private static void addSegment(IndexWriter w, String name, int n, int most) throws Exception {
        for (int i = 0; i < n; i++) {
            StringBuilder en = new StringBuilder("entry" + name + i);
            if (i % 3 != 0) en.append(" common".repeat(1 + i % most));
            if (i % 2 == 0) en.append(" other");
            if (i % 500 == 0) en.append(" rare");
            String text = en.toString();
            MemoryEntry e = new MemoryEntry(Content.of(text), Content.of(text), name + i, "t.tmx", Optional.empty(),
                    TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
            w.addDocument(IndexFields.document(e, TextKey.matchHash(text), false));
        }
        w.commit();
    }

    /** The entry of a word asked for twice: the first time the caller reads the postings (null), the second keeps it. */
    private static WordBitsCache.Postings kept(WordBitsCache cache, LeafReader reader, Term t) throws Exception {
        assertNull(postings(cache, reader, t), "not kept on its first use");
        return postings(cache, reader, t);
    }

    private static WordBitsCache.Postings postings(WordBitsCache cache, LeafReader reader, Term t) throws Exception {
        TermsEnum te = reader.terms(t.field()).iterator();
        assertTrue(te.seekExact(t.bytes()), t.text());
        return cache.postings(reader, t, te, te.termState(), te.docFreq());
    }

    /** Document → frequency, from the postings. */
    private static Map<Integer, Integer> expected(LeafReader reader, Term t) throws Exception {
        PostingsEnum pe = reader.postings(t, PostingsEnum.FREQS);
        Map<Integer, Integer> out = new TreeMap<>();
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) out.put(d, pe.freq());
        assertTrue(out.size() > 100);
        return out;
    }

    /** Document → frequency, from the kept entry as the scoring loop reads it (its bits, its frequencies' reader). */
    private static Map<Integer, Integer> actual(WordBitsCache.Postings p) {
        Map<Integer, Integer> out = new TreeMap<>();
        WordBitsCache.Frequencies freqs = p.frequencies();
        for (int d = p.docs().nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
             d = d + 1 < p.docs().length() ? p.docs().nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            out.put(d, freqs.freq(d));
        }
        return out;
    }
}
