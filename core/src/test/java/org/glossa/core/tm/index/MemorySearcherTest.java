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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.glossa.core.model.Content;
import org.glossa.core.text.TextKey;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.score.MatchScorer;
import org.junit.jupiter.api.Test;

/**
 * The memory's parallel searcher against a sequential one, on an index of many segments of unequal size whose
 * entries repeat across segments (so that BM25 ties between segments decide which candidates make the cut): the same
 * lookup answers and concordance hits; and the tasks (a segment each, largest first).
 */
class MemorySearcherTest {
    private static final MatchScorer SCORER = MatchScorer.forLanguages("en", "de");

    @Test
    void lookupsAndConcordanceAreThoseOfTheSequentialSearch() throws Exception {
        Corpus corpus = new Corpus(17);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < 300; i++) sentences.add(corpus.sentence());
        Analyzer analyzer = IndexFields.analyzer();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            int[] segmentSizes = {2400, 150, 700, 90, 900, 300, 1200, 60};
            int n = 0;
            try (IndexWriter w = new IndexWriter(dir, config)) {
                for (int size : segmentSizes) {
                    for (int i = 0; i < size; i++, n++) {
                        // every fourth entry repeats a sentence word for word: equal BM25 scores in other segments
                        String en = n % 4 == 0 ? sentences.get(n % sentences.size())
                                : corpus.variant(sentences.get(n % sentences.size()));
                        MemoryEntry e = new MemoryEntry(Content.of(en), Content.of(Corpus.german(en)), "u" + n, "t.tmx",
                                Optional.empty(), TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
                        w.addDocument(IndexFields.document(e, TextKey.matchHash(en), false));
                    }
                    w.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(segmentSizes.length, reader.leaves().size());
                IndexSearcher sequential = new IndexSearcher(reader);
                IndexSearcher two = MemorySearcher.open(reader, 2);
                IndexSearcher three = MemorySearcher.open(reader, 3);
                try {
                    assertEquals(segmentSizes.length, two.getSlices().length);
                    int found = 0;
                    for (int i = 0; i < 120; i++) {
                        String q = i % 3 == 0 ? sentences.get(i) : corpus.variant(sentences.get(i));
                        for (int min : new int[] {50, 70, 90}) {
                            List<TmMatch> expected = IndexSearch.lookup(sequential, analyzer, IndexOptions.DEFAULT, SCORER,
                                    Content.of(q), Optional.empty(), min, 5);
                            assertEquals(expected, IndexSearch.lookup(two, analyzer, IndexOptions.DEFAULT, SCORER,
                                    Content.of(q), Optional.empty(), min, 5), q);
                            assertEquals(expected, IndexSearch.lookup(three, analyzer, IndexOptions.DEFAULT, SCORER,
                                    Content.of(q), Optional.empty(), min, 5), q);
                            if (!expected.isEmpty()) found++;
                        }
                    }
                    assertTrue(found > 300, "lookups with matches: " + found);
                    for (String q : List.of("the joint declaration", "NATO", "the", "the security strategy")) {
                        List<ConcordanceHit> expected = IndexSearch.concordance(sequential, analyzer, q, 50);
                        assertTrue(expected.size() >= 10, q + ": " + expected.size());
                        assertEquals(expected, IndexSearch.concordance(two, analyzer, q, 50), q);
                    }
                } finally {
                    MemorySearcher.close(two);
                    MemorySearcher.close(three);
                }
            }
        }
    }

    @Test
    void eachSegmentIsATaskLargestFirst() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
            // a 10M index's shape in small: one large segment, then smaller ones (two of equal size)
            int[] sizes = {40, 10, 12, 10, 30, 5, 3};
            try (IndexWriter w = new IndexWriter(dir, config)) {
                int n = 0;
                for (int size : sizes) {
                    for (int i = 0; i < size; i++, n++) {
                        MemoryEntry e = new MemoryEntry(Content.of("entry " + n), Content.of("Eintrag " + n), "u" + n, "t",
                                Optional.empty(), TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
                        w.addDocument(IndexFields.document(e, TextKey.matchHash("entry " + n), false));
                    }
                    w.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                List<LeafReaderContext> leaves = reader.leaves();
                assertEquals(sizes.length, leaves.size());
                List<LeafReaderContext> order = MemorySearcher.largestFirst(leaves);
                assertEquals(List.of(40, 30, 12, 10, 10, 5, 3), order.stream().map(c -> c.reader().maxDoc()).toList());
                // equal sizes in index order
                assertEquals(List.of(leaves.get(1), leaves.get(3)), order.subList(3, 5));
                IndexSearcher two = MemorySearcher.open(reader, 2);
                try {
                    // one task per segment, in that order: a thread that is done takes the next segment, so no lookup
                    // waits for a fixed group of segments that holds more of its work (the old slices of equal
                    // document counts grouped these seven segments in two)
                    List<List<LeafReaderContext>> tasks = new ArrayList<>();
                    for (IndexSearcher.LeafSlice s : two.getSlices()) tasks.add(List.of(s.leaves));
                    assertEquals(order.stream().map(List::of).toList(), tasks);
                } finally {
                    MemorySearcher.close(two);
                }
            }
        }
    }
}
