package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.glossa.core.model.Content;
import org.glossa.core.text.TextKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build (TMX reader analysing, indexing thread, flushing thread) with small in-memory segments, so that the
 * flushing thread writes many of them while the indexing thread fills the next: the index has the documents of a
 * plain one-thread build, in the TMX's order, with the same terms, postings and norms.
 */
class IndexBuilderTest {
    @TempDir
    Path dir;

    @Test
    void manySegmentsFlushedOnTheirOwnThreadKeepTheTmxOrder() throws Exception {
        Corpus corpus = new Corpus(43);
        List<TmxFiles.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            String en = i % 3 == 0 || pairs.isEmpty() ? corpus.sentence() : corpus.variant(pairs.get(i - 1).en());
            pairs.add(new TmxFiles.Pair("u" + i, en, Corpus.german(en)));
        }
        Path tmx = TmxFiles.write(dir.resolve("m.tmx"), pairs);
        Path folder = Files.createDirectory(dir.resolve("index"));
        PairedUnits.Counts counts = IndexBuilder.build(tmx, folder, "en", "de", IndexOptions.DEFAULT,
                () -> Map.of("x", "y"), 160 << 10);
        assertEquals(new PairedUnits.Counts(20_000, 20_000), counts);

        try (Directory plain = new ByteBuffersDirectory(); Directory built = FSDirectory.open(folder)) {
            IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE).setRAMBufferSizeMB(256);
            try (IndexWriter w = new IndexWriter(plain, config)) {
                PairedUnits.read(tmx, "en", "de", k -> {
                    try {
                        w.addDocument(IndexFields.document(k.entry(), k.key(), false));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            try (DirectoryReader a = DirectoryReader.open(plain); DirectoryReader b = DirectoryReader.open(built)) {
                // segments written by the flushes: fewer than the merge factor, so none was merged
                long written = SegmentInfos.readLatestCommit(built).counter;
                assertTrue(written > 5 && written < IndexBuilder.MERGE_FACTOR, "segments written: " + written);
                assertEquals(written, b.leaves().size(), "segments kept");
                assertEquals("20000", b.getIndexCommit().getUserData().get("entries"));
                assertEquals("y", b.getIndexCommit().getUserData().get("x"));
                assertEquals(a.maxDoc(), b.maxDoc());
                StoredFields sa = a.storedFields();
                StoredFields sb = b.storedFields();
                for (int d = 0; d < a.maxDoc(); d++) {
                    assertEquals("u" + d, IndexFields.entry(sb.document(d)).tuid(), "document " + d);
                    assertEquals(IndexFields.entry(sa.document(d)), IndexFields.entry(sb.document(d)));
                }
                assertArrayEquals(AnalysedFieldTest.keys(a), AnalysedFieldTest.keys(b));
                for (String f : List.of(IndexFields.WORDS, IndexFields.TARGET_WORDS)) {
                    AnalysedFieldTest.assertSameTerms(MultiTerms.getTerms(a, f), MultiTerms.getTerms(b, f), f);
                }
                for (String f : List.of(IndexFields.WORDS, IndexFields.TARGET_WORDS)) {
                    AnalysedFieldTest.assertSameValues(MultiDocValues.getNormValues(a, f),
                            MultiDocValues.getNormValues(b, f), f);
                }
            }
        }
    }

    /**
     * The build's merge policy, flushed by document count and merged on the adding thread so that the segments do
     * not depend on timing: {@link IndexBuilder#MERGE_FACTOR} - 1 flush-sized segments stay apart, one more merges
     * them all into one, in the documents' order.
     */
    @Test
    void flushSizedSegmentsMergeOnlyAtTheMergeFactor() throws Exception {
        int perSegment = 50;
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer())
                .setMergePolicy(IndexBuilder.mergePolicy()).setMergeScheduler(new SerialMergeScheduler())
                .setMaxBufferedDocs(perSegment).setRAMBufferSizeMB(IndexWriterConfig.DISABLE_AUTO_FLUSH);
        Corpus corpus = new Corpus(7);
        try (Directory d = new ByteBuffersDirectory(); IndexWriter w = new IndexWriter(d, config)) {
            int n = 0;
            for (int segment = 1; segment <= IndexBuilder.MERGE_FACTOR; segment++) {
                for (int i = 0; i < perSegment; i++, n++) {
                    String en = corpus.sentence();
                    MemoryEntry e = new MemoryEntry(Content.of(en), Content.of(Corpus.german(en)), "u" + n, "t.tmx",
                            Optional.empty(), TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
                    w.addDocument(IndexFields.document(e, TextKey.matchHash(en), false));
                }
                w.commit();
                try (DirectoryReader r = DirectoryReader.open(d)) {
                    assertEquals(segment < IndexBuilder.MERGE_FACTOR ? segment : 1, r.leaves().size(),
                            "segments after " + segment + " flushes");
                    StoredFields stored = r.storedFields();
                    for (int doc = 0; doc < r.maxDoc(); doc++) {
                        assertEquals("u" + doc, IndexFields.entry(stored.document(doc)).tuid(), "document " + doc);
                    }
                }
            }
        }
    }
}
