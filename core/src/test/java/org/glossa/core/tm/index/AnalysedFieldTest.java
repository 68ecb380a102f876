package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.glossa.core.model.Content;
import org.glossa.core.text.TextKey;
import org.glossa.core.xliff.Interop;
import org.junit.jupiter.api.Test;

/**
 * Documents analysed beforehand ({@link IndexFields#analysedDocument}, what the build indexes) give the index the
 * same terms, postings, frequencies, norms and stored fields as documents the writer analyses itself
 * ({@link IndexFields#document}): compared term by term on the seed article, Okapi's Paragraph_TM.tmx and texts in
 * other scripts.
 */
class AnalysedFieldTest {
    private static final Path SEED = Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    private static final String PARAGRAPH_TM = "okapi/okapi/filters/tmx/src/test/resources/Paragraph_TM.tmx";

    @Test
    void seedArticleIndexesAlike() throws IOException {
        List<MemoryEntry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertTrue(lines.size() > 20, "seed lines: " + lines.size());
        for (int i = 0; i < lines.size(); i++) {
            // the target: the next line upper-cased (word keys fold case) and reversed word order
            String target = String.join(" ", reversed(lines.get((i + 1) % lines.size()).toUpperCase().split(" ")));
            entries.add(entry("s" + i, lines.get(i), target));
        }
        assertSameIndex(entries);
    }

    @Test
    void okapiParagraphTmIndexesAlike() throws IOException {
        Path tmx = Interop.require(PARAGRAPH_TM);
        List<MemoryEntry> entries = new ArrayList<>();
        PairedUnits.read(tmx, "en-us", "de-de", k -> entries.add(k.entry()));
        assertTrue(entries.size() >= 5, "entries: " + entries.size());
        assertSameIndex(entries);
    }

    @Test
    void otherScriptsNumbersAndLongWordsIndexAlike() throws IOException {
        String longWord = "x".repeat(300); // longer than StandardTokenizer's 255: split, position increments kept
        List<MemoryEntry> entries = List.of(
                entry("a", "STRASSE Straße straße ﬁle Ǆemal", "İstanbul ISTANBUL ıi"),
                entry("b", "東京都に行きました。今日は良い天気です", "我爱北京天安门 한국어 문장입니다"),
                entry("c", "ภาษาไทยไม่มีช่องว่าง ລາວ ខ្មែរ", "مرحبا بالعالم שלום עולם"),
                entry("d", "Price: 3.14 € or 1,000.50 $ on 2023-01-10 at 10:30, v2.0 and A-4", "e\u0301te\u0301 café"),
                entry("e", "emoji 👍🏽 and 👨‍👩‍👧 family 🇪🇺 flag", "x²³ ½ Ⅻ ①"),
                entry("f", longWord + " then " + longWord + longWord + " end", "kurz"),
                entry("g", "the the the THE The a", "die die DIE"),
                entry("h", "...", "—"));
        assertSameIndex(entries);
    }

    private static MemoryEntry entry(String tuid, String source, String target) {
        return new MemoryEntry(Content.of(source), Content.of(target), tuid, "test.tmx", Optional.empty(),
                TextKey.NO_MATCH_HASH, TextKey.NO_MATCH_HASH);
    }

    private static List<String> reversed(String[] words) {
        List<String> out = new ArrayList<>(List.of(words));
        java.util.Collections.reverse(out);
        return out;
    }

    private static void assertSameIndex(List<MemoryEntry> entries) throws IOException {
        for (boolean grams : new boolean[] {false, true}) {
            try (Directory plain = new ByteBuffersDirectory(); Directory analysed = new ByteBuffersDirectory();
                 Analyzer analyzer = IndexFields.analyzer()) {
                write(plain, entries, e -> IndexFields.document(e, TextKey.matchHash(e.source().plainText()), grams));
                write(analysed, entries, e -> IndexFields.analysedDocument(e,
                        TextKey.matchHash(e.source().plainText()), grams, analyzer));
                try (DirectoryReader a = DirectoryReader.open(plain);
                     DirectoryReader b = DirectoryReader.open(analysed)) {
                    assertEquals(1, a.leaves().size());
                    assertEquals(1, b.leaves().size());
                    LeafReader x = a.leaves().get(0).reader();
                    LeafReader y = b.leaves().get(0).reader();
                    assertEquals(entries.size(), y.numDocs());
                    List<String> fields = new ArrayList<>(
                            List.of(IndexFields.WORDS, IndexFields.TARGET_WORDS));
                    if (grams) fields.add(IndexFields.GRAMS);
                    for (String f : fields) assertSameField(x, y, f);
                    for (String f : fields) assertSameNorms(x, y, f);
                    long[] keys = keys(a);
                    assertArrayEquals(keys, keys(b));
                    for (int d = 0; d < entries.size(); d++) {
                        assertEquals(TextKey.matchHash(entries.get(d).source().plainText()), keys[d], "key of " + d);
                    }
                    StoredFields sx = x.storedFields();
                    StoredFields sy = y.storedFields();
                    for (int d = 0; d < entries.size(); d++) {
                        assertEquals(sx.document(d).toString(), sy.document(d).toString(), "stored fields of " + d);
                        assertEquals(entries.get(d), IndexFields.entry(sy.document(d)));
                    }
                }
            }
        }
    }

    private static void write(Directory dir, List<MemoryEntry> entries,
                              java.util.function.Function<MemoryEntry, Document> document) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(IndexFields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter w = new IndexWriter(dir, config)) {
            for (MemoryEntry e : entries) w.addDocument(document.apply(e));
        }
    }

    private static void assertSameField(LeafReader x, LeafReader y, String field) throws IOException {
        assertSameTerms(x.terms(field), y.terms(field), field);
    }

    /** The {@link IndexFields#KEY} point of each document, by document number across the segments. */
    static long[] keys(IndexReader reader) throws IOException {
        long[] keys = new long[reader.maxDoc()];
        java.util.Arrays.fill(keys, TextKey.NO_MATCH_HASH);
        for (LeafReaderContext c : reader.leaves()) {
            PointValues points = c.reader().getPointValues(IndexFields.KEY);
            assertEquals(1, points.getNumDimensions(), "key dimensions");
            assertEquals(c.reader().maxDoc(), points.getDocCount(), "documents with a key");
            points.intersect(new PointValues.IntersectVisitor() {
                @Override
                public void visit(int doc) {
                    throw new AssertionError("every cell crosses");
                }

                @Override
                public void visit(int doc, byte[] packed) {
                    keys[c.docBase + doc] = LongPoint.decodeDimension(packed, 0);
                }

                @Override
                public PointValues.Relation compare(byte[] min, byte[] max) {
                    return PointValues.Relation.CELL_CROSSES_QUERY;
                }
            });
        }
        return keys;
    }

    /** The same terms with the same documents and frequencies. */
    static void assertSameTerms(Terms tx, Terms ty, String field) throws IOException {
        if (tx.size() != -1 && ty.size() != -1) assertEquals(tx.size(), ty.size(), field + ": terms");
        assertTrue(tx.getDocCount() > 0, field + ": no terms");
        assertEquals(tx.getDocCount(), ty.getDocCount(), field + ": documents");
        assertEquals(tx.getSumTotalTermFreq(), ty.getSumTotalTermFreq(), field + ": tokens");
        TermsEnum ex = tx.iterator();
        TermsEnum ey = ty.iterator();
        PostingsEnum px = null;
        PostingsEnum py = null;
        for (BytesRef t; (t = ex.next()) != null; ) {
            BytesRef u = ey.next();
            assertEquals(t, u, field + ": term");
            assertEquals(ex.docFreq(), ey.docFreq(), field + ": docFreq of " + t);
            px = ex.postings(px, PostingsEnum.FREQS);
            py = ey.postings(py, PostingsEnum.FREQS);
            for (int d; (d = px.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
                assertEquals(d, py.nextDoc(), field + ": postings of " + t);
                assertEquals(px.freq(), py.freq(), field + ": freq of " + t + " in " + d);
            }
            assertEquals(DocIdSetIterator.NO_MORE_DOCS, py.nextDoc());
        }
        assertNull(ey.next(), field + ": more terms");
    }

    private static void assertSameNorms(LeafReader x, LeafReader y, String field) throws IOException {
        assertSameValues(x.getNormValues(field), y.getNormValues(field), field);
    }

    static void assertSameValues(NumericDocValues nx, NumericDocValues ny, String field) throws IOException {
        for (int d; (d = nx.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS; ) {
            assertEquals(d, ny.nextDoc(), field + ": norms");
            assertEquals(nx.longValue(), ny.longValue(), field + ": norm of " + d);
        }
        assertEquals(DocIdSetIterator.NO_MORE_DOCS, ny.nextDoc());
    }
}
