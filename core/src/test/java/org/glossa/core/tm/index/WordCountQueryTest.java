package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.glossa.core.model.Content;
import org.glossa.core.text.TextKey;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.score.MatchScorer;
import org.junit.jupiter.api.Test;

/**
 * The first stage counted term at a time ({@link WordCountQuery}, decision 0042) against the query it stands for, on
 * an index of several segments full of near-duplicates, exact copies (BM25 ties), numbers (the optional clauses),
 * repeated words and deleted entries: every matching entry with a bit-equal score, the same top candidates
 * sequentially and on {@link MemorySearcher}'s slices, the same lookups, at several minimum scores; with the common
 * words' bit sets ({@link WordBitsCache}, decision 0054) and without, cold and warm, and under a small budget.
 */
class WordCountQueryTest {
    private static final MatchScorer SCORER = MatchScorer.forLanguages("en", "de");

    @Test
    void matchesAndScoresAreThoseOfTheBooleanQuery() throws Exception {
        Corpus corpus = new Corpus(42);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 120; i++) sentences.add(corpus.sentence());
        Analyzer analyzer = IndexFields.analyzer();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            int[] segmentSizes = {3000, 400, 1500, 90, 800};
            int n = 0;
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int size : segmentSizes) {
                    for (int i = 0; i < size; i++, n++) {
                        String s = sentences.get(n % sentences.size());
                        String en = switch (n % 7) {
                            case 0, 3 -> s; // exact copies: equal scores in and across segments
                            case 1 -> corpus.variant(s) + " in " + (2000 + n % 30);
                            case 2 -> corpus.variant(s) + " " + corpus.variant(s); // words twice
                            default -> corpus.variant(s);
                        };
                        MemoryEntry e = new MemoryEntry(Content.of(en), Content.of(Corpus.german(en)), "u" + n, "t.tmx",
                                Optional.empty(), TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
                        w.addDocument(IndexFields.document(e, TextKey.matchHash(en), false));
                    }
                    w.commit();
                }
                for (int i = 0; i < 10; i++) {
                    long key = TextKey.matchHash(sentences.get(i * 7));
                    w.deleteDocuments(IndexFields.exact(key));
                }
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(segmentSizes.length, reader.leaves().size());
                assertTrue(reader.numDeletedDocs() > 0);
                IndexSearcher sequential = new IndexSearcher(reader);
                IndexSearcher two = MemorySearcher.open(reader, 2);
                try {
                    int counted = 0;
                    int withNumbers = 0;
                    int hits = 0;
                    int kept = 0;
                    long smallBudget = 2 * (2 * WordBitsCache.sizeOf(3000) + 64);
                    WordBitsCache small = new WordBitsCache(smallBudget);
                    for (int i = 0; i < 100; i++) {
                        String s = sentences.get(i);
                        String q = switch (i % 4) {
                            case 0 -> s;
                            case 1 -> corpus.variant(s) + " in " + (2000 + i % 30);
                            default -> corpus.variant(s);
                        };
                        for (int min : new int[] {50, 70, 85, 95}) {
                            Optional<Query> built = IndexSearch.words(analyzer, SCORER, q, min);
                            if (built.isEmpty() || !(built.get() instanceof WordCountQuery wc)) continue;
                            if (q.contains(" in 20")) withNumbers++;
                            TopDocs expected = all(sequential, wc.plain(), reader.maxDoc());
                            TopDocs actual = all(sequential, wc, reader.maxDoc());
                            assertEquals(expected.totalHits, actual.totalHits, q);
                            assertEquals(describe(expected), describe(actual), q + " at " + min);
                            // the commoner words checked by advance() only, and by walking their postings only
                            for (long ratio : new long[] {0, Integer.MAX_VALUE}) {
                                assertEquals(describe(expected), describe(all(sequential, wc.withAdvanceRatio(ratio),
                                        reader.maxDoc())), q + " at " + min + ", ratio " + ratio);
                                assertEquals(describe(expected), describe(all(sequential,
                                        wc.withAdvanceRatio(ratio).withCache(null), reader.maxDoc())),
                                        q + " at " + min + ", ratio " + ratio + ", no bit sets");
                            }
                            // the common words' bit sets (decision 0054): none, cold, warm, and a budget of about
                            // two segments' entries kept across the queries (entries dropped as others come)
                            assertEquals(describe(expected), describe(all(sequential, wc.withCache(null),
                                    reader.maxDoc())), q + " at " + min + ", no bit sets");
                            WordBitsCache fresh = new WordBitsCache(64L << 20);
                            for (String round : List.of("cold", "warm")) {
                                assertEquals(describe(expected), describe(all(sequential, wc.withCache(fresh),
                                        reader.maxDoc())), q + " at " + min + ", bit sets " + round);
                            }
                            kept += fresh.size();
                            assertEquals(describe(expected), describe(all(sequential, wc.withCache(small),
                                    reader.maxDoc())), q + " at " + min + ", small budget");
                            assertTrue(small.bytes() <= smallBudget, "budget kept: " + small.bytes());
                            assertEquals(describe(top(two, wc.withCache(null))), describe(top(two, wc.withCache(small))),
                                    q);
                            hits += actual.scoreDocs.length;
                            assertEquals(describe(top(sequential, wc.plain())), describe(top(two, wc)), q);
                            assertEquals(describe(top(two, wc.plain())), describe(top(two, wc)), q);
                            counted += countedSegments(sequential, wc);
                            List<TmMatch> lookup = IndexSearch.lookup(two, analyzer, IndexOptions.DEFAULT, SCORER,
                                    Content.of(q), Optional.empty(), min, 5);
                            assertEquals(lookup, IndexSearch.lookup(sequential, analyzer, IndexOptions.DEFAULT, SCORER,
                                    Content.of(q), Optional.empty(), min, 5), q);
                        }
                    }
                    // the term-at-a-time path ran (not only the fallback), on queries with optional terms too
                    assertTrue(counted > 500, "segments counted: " + counted);
                    assertTrue(withNumbers > 20, "queries with numbers: " + withNumbers);
                    assertTrue(hits > 10_000, "hits compared: " + hits);
                    assertTrue(kept > 100, "bit sets used: " + kept);
                } finally {
                    MemorySearcher.close(two);
                }
            }
        }
    }

    @Test
    void termStatesLookedUpOnTheCallingThreadAreLucenesOwn() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            String[] texts = {"the cat sat on the mat", "the dog sat", "a cat and a dog and a cat", "no such words here"};
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int seg = 0; seg < 4; seg++) {
                    for (int i = 0; i <= seg * 3; i++) {
                        String en = texts[(seg + i) % texts.length] + " " + i;
                        MemoryEntry e = new MemoryEntry(Content.of(en), Content.of(Corpus.german(en)), "u" + seg + "-" + i,
                                "t.tmx", Optional.empty(), TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
                        w.addDocument(IndexFields.document(e, TextKey.matchHash(en), false));
                    }
                    w.commit();
                }
                w.deleteDocuments(IndexFields.exact(TextKey.matchHash("the dog sat 0")));
                w.commit();
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(4, reader.leaves().size());
                IndexSearcher two = MemorySearcher.open(reader, 2);
                try {
                    for (String word : List.of("the", "cat", "dog", "mat", "sat", "3", "absent")) {
                        Term t = new Term(IndexFields.WORDS, word);
                        TermStates lucene = TermStates.build(two, t, true);
                        TermStates ours = WordCountQuery.states(two, t);
                        assertEquals(lucene.docFreq(), ours.docFreq(), word);
                        assertEquals(lucene.totalTermFreq(), ours.totalTermFreq(), word);
                        int held = 0;
                        for (LeafReaderContext c : reader.leaves()) {
                            assertEquals(lucene.get(c) == null, ours.get(c) == null, word + " in segment " + c.ord);
                            if (ours.get(c) != null) held++;
                        }
                        assertEquals(word.equals("absent"), held == 0, word);
                    }
                } finally {
                    MemorySearcher.close(two);
                }
            }
        }
    }

    private static TopDocs all(IndexSearcher searcher, Query q, int maxDoc) throws Exception {
        return searcher.search(q, new TopScoreDocCollectorManager(maxDoc, null, Integer.MAX_VALUE));
    }

    private static TopDocs top(IndexSearcher searcher, Query q) throws Exception {
        int n = IndexOptions.DEFAULT.candidates();
        return searcher.search(q, new TopScoreDocCollectorManager(n, null, n));
    }

    /** Each hit as document and the float's exact bits. */
    private static List<String> describe(TopDocs docs) {
        List<String> out = new ArrayList<>();
        for (ScoreDoc sd : docs.scoreDocs) out.add(sd.doc + ":" + Integer.toHexString(Float.floatToIntBits(sd.score)));
        return out;
    }

    private static int countedSegments(IndexSearcher searcher, WordCountQuery q) throws Exception {
        Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.TOP_SCORES, 1f);
        int n = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            if (w.bulkScorer(leaf) instanceof WordCountQuery.ArrayBulkScorer) n++;
        }
        return n;
    }
}
