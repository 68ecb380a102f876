package org.glossa.core.tm.index;

import org.glossa.core.text.TextKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.glossa.core.text.FuzzyMatchTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.Query;

/**
 * The index layout: one Lucene document per memory entry.
 *
 * <ul>
 *   <li>{@code key}: {@link TextKey#matchHash} of the source, a one-dimensional {@link LongPoint} (not stored)
 *       for exact lookups ({@link #exact(long)}). Index format 6: before it a term of 8 bytes (16 hex digits
 *       before format 5), each entry's key a term of its own, whose hashing, postings and terms dictionary cost
 *       the build more than the points, sorted once at each flush (decision 0055);</li>
 *   <li>{@code words}: the source's word tokens, Unicode word segmentation, each as the scorer's word key (NFKC,
 *       case-folded; {@link WordKeyFilter}); documents and frequencies, no positions (not stored; BM25);</li>
 *   <li>{@code twords}: the target's word tokens, the same way (not stored; concordance searches);</li>
 *   <li>{@code grams}: character 3-grams of those words (only with {@link IndexOptions#charNgrams()});</li>
 *   <li>stored: {@code entry}, the whole {@link MemoryEntry} in one binary value ({@link ContentCodec#encodeEntry}:
 *       source, target, tuid, origin, changed time, previous-source hash in file order and hash of the
 *       {@code x-context-prev} property). Index format 7: before it seven stored fields ({@code src}, {@code trg},
 *       {@code tuid}, {@code origin}, {@code changed}, {@code prev}, {@code ctx}), whose per-field work cost the
 *       build's indexing thread more than one field made on the reader's thread (decision 0062).</li>
 * </ul>
 */
final class IndexFields {
    static final String KEY = "key";
    static final String WORDS = "words";
    static final String TARGET_WORDS = "twords";
    static final String GRAMS = "grams";
    static final String ENTRY = "entry";
    static final Set<String> STORED = Set.of(ENTRY);
    /**
     * The analysed fields: documents and term frequencies, for BM25, without positions (no query here needs them:
     * lookups and concordance ask for words, not phrases), which saves a third of the postings written.
     */
    private static final FieldType TERMS = termsOnly();
    /** Most distinct terms a query uses per field (Lucene's default clause limit is 1024). */
    static final int MAX_QUERY_TERMS = 400;
    private static final String WORD = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.ALPHANUM];
    private static final String NUMBER = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private IndexFields() {
    }

    private static FieldType termsOnly() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /** The index's analyzer ({@link IndexAnalyzer}). */
    static IndexAnalyzer analyzer() {
        return new IndexAnalyzer();
    }

    /** The document of {@code e}, whose source has {@link TextKey#matchHash} {@code key}. */
    static Document document(MemoryEntry e, long key, boolean charNgrams) {
        return document(e, key, charNgrams, (field, text) -> new Field(field, text, TERMS));
    }

    /**
     * The same document as {@link #document(MemoryEntry, long, boolean)}, its texts analysed here by
     * {@code analyzer} (one of {@link #analyzer()}'s, used on this thread only): the index build does that on the
     * TMX reader's thread, so that its indexing thread only indexes ({@link AnalysedField}).
     */
    static Document analysedDocument(MemoryEntry e, long key, boolean charNgrams, Analyzer analyzer) {
        return document(e, key, charNgrams, (field, text) -> AnalysedField.of(analyzer, field, text, TERMS));
    }

    private static Document document(MemoryEntry e, long key, boolean charNgrams,
                                     BiFunction<String, String, Field> terms) {
        Document d = new Document();
        String text = e.source().plainText();
        d.add(new LongPoint(KEY, key));
        d.add(terms.apply(WORDS, text));
        d.add(terms.apply(TARGET_WORDS, e.target().plainText()));
        if (charNgrams) d.add(terms.apply(GRAMS, text));
        d.add(new StoredField(ENTRY, ContentCodec.encodeEntry(e)));
        return d;
    }

    /**
     * The entries whose {@link #KEY} is {@code matchHash} (a {@link TextKey#matchHash}): a constant score, so that
     * hits come in document order, as the key term's equal BM25 scores did before index format 6.
     */
    static Query exact(long matchHash) {
        return LongPoint.newExactQuery(KEY, matchHash);
    }

    /** The entry a document's stored field holds (a document read with {@link #STORED}). */
    static MemoryEntry entry(Document d) {
        BytesRef b = d.getBinaryValue(ENTRY);
        if (b == null) throw new IllegalArgumentException("index document without its stored entry");
        return ContentCodec.decodeEntry(b.bytes, b.offset, b.length);
    }

    /** The distinct terms the analyzer makes of {@code text} for {@code field}, in order, at most MAX_QUERY_TERMS. */
    static Set<String> terms(Analyzer analyzer, String field, String text) {
        return analyse(analyzer, field, text).distinct();
    }

    /**
     * What the analyzer makes of a text for one field.
     *
     * @param distinct the distinct terms in order, at most {@link #MAX_QUERY_TERMS}
     * @param tokens   how many tokens the text has (repeats counted)
     * @param complete whether {@code distinct} holds every distinct term (false when the limit cut it)
     * @param words    the distinct terms that are words of letters ({@code <ALPHANUM>} tokens that are not numbers)
     * @param alphabetic whether every token is a word of letters or a number: no ideographs, kana, Hangul, South-East
     *                 Asian scripts (whose words ICU cuts by dictionary, the index by character) or emoji
     */
    record Analysed(Set<String> distinct, int tokens, boolean complete, Set<String> words, boolean alphabetic) {
    }

    static Analysed analyse(Analyzer analyzer, String field, String text) {
        Set<String> terms = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        int tokens = 0;
        boolean complete = true;
        boolean alphabetic = true;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens++;
                String t = term.toString();
                String kind = type.type();
                boolean number = kind.equals(NUMBER) || FuzzyMatchTokenizer.isNumeric(t);
                if (!number && !kind.equals(WORD)) alphabetic = false;
                if (terms.size() < MAX_QUERY_TERMS) {
                    terms.add(t);
                    if (!number && kind.equals(WORD)) words.add(t);
                } else if (!terms.contains(t)) {
                    complete = false;
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string", e);
        }
        return new Analysed(terms, tokens, complete, words, alphabetic);
    }

    /** Where the words of {@code text} that analyse to one of {@code terms} are, as [start, end) pairs in order. */
    static List<int[]> occurrences(Analyzer analyzer, String text, Set<String> terms) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(WORDS, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) out.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string", e);
        }
        return out;
    }
}
