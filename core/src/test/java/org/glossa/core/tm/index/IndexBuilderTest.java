package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
                Map.of("x", "y"), 256 << 10);
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
                // segments written (flushed, then merged as they come: how many are left depends on the merges' timing)
                long written = SegmentInfos.readLatestCommit(built).counter;
                assertTrue(written > 5, "segments written: " + written);
                assertEquals("20000", b.getIndexCommit().getUserData().get("entries"));
                assertEquals("y", b.getIndexCommit().getUserData().get("x"));
                assertEquals(a.maxDoc(), b.maxDoc());
                StoredFields sa = a.storedFields();
                StoredFields sb = b.storedFields();
                for (int d = 0; d < a.maxDoc(); d++) {
                    assertEquals("u" + d, sb.document(d).get(IndexFields.TUID), "document " + d);
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
}
