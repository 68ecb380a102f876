package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.BytesRef;

/**
 * An analysed field whose text went through the analyzer beforehand (on the thread that builds the document, in the
 * index build the TMX reader's), its terms kept as the UTF-8 bytes the {@code IndexWriter} would have made of them,
 * with their position increments: the writer's thread then only indexes them. The index gets the same terms,
 * frequencies and norms (norms count the tokens and their overlaps, both replayed) as from the text itself; the
 * fields have no positions or offsets (see {@link IndexFields}). The terms are taken as the writer takes them, by
 * the stream's {@link TermToBytesRefAttribute}.
 *
 * <p>Where every position increment is 1 (the word fields), a term the text repeats is kept once with its count and
 * replayed once with that count as its {@link TermFrequencyAttribute} (decision 0047): the writer hashes and inverts
 * each distinct term of a document once instead of once per token. The index is the same: without positions a
 * term's postings are its documents and frequencies, and the field's length (the norm) is the sum of the replayed
 * frequencies, i.e. the token count.
 */
final class AnalysedField extends Field {
    private final byte[] bytes;
    private final int[] ends;
    /** Each token's position increment, or null when every one is 1 (the word fields). */
    private final int[] increments;
    /** Each term's count in the text, or null when each token is kept as it came (increments not all 1). */
    private final int[] freqs;

    private AnalysedField(String name, IndexableFieldType type, byte[] bytes, int[] ends, int[] increments,
                          int[] freqs) {
        super(name, type);
        this.bytes = bytes;
        this.ends = ends;
        this.increments = increments;
        this.freqs = freqs;
    }

    /** {@code text} analysed for {@code field} by {@code analyzer}, to be indexed as a field of {@code type}. */
    static AnalysedField of(Analyzer analyzer, String field, String text, IndexableFieldType type) {
        byte[] bytes = new byte[Math.max(16, text.length() + (text.length() >> 2))];
        int[] ends = new int[16];
        int[] increments = null;
        int n = 0;
        int size = 0;
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                BytesRef b = term.getBytesRef();
                if (size + b.length > bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + b.length));
                }
                System.arraycopy(b.bytes, b.offset, bytes, size, b.length);
                size += b.length;
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                    if (increments != null) increments = Arrays.copyOf(increments, n * 2);
                }
                int i = inc.getPositionIncrement();
                if (i != 1 && increments == null) {
                    increments = new int[ends.length];
                    Arrays.fill(increments, 0, n, 1);
                }
                if (increments != null) increments[n] = i;
                ends[n++] = size;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string", e);
        }
        if (increments != null) {
            return new AnalysedField(field, type, Arrays.copyOf(bytes, size), Arrays.copyOf(ends, n),
                    Arrays.copyOf(increments, n), null);
        }
        return counted(field, type, bytes, ends, n);
    }

    /**
     * The {@code n} terms in {@code bytes} (ending at {@code ends}) as their distinct terms in the order of their
     * first occurrence, each with its count: an open-addressing table of term numbers, twice the tokens' count.
     */
    private static AnalysedField counted(String field, IndexableFieldType type, byte[] bytes, int[] ends, int n) {
        int[] table = new int[Integer.highestOneBit(Math.max(1, n)) << 2];
        int mask = table.length - 1;
        byte[] out = new byte[n == 0 ? 0 : ends[n - 1]];
        int[] outEnds = new int[n];
        int[] freqs = new int[n];
        int distinct = 0;
        int size = 0;
        for (int i = 0, start = 0; i < n; start = ends[i++]) {
            int end = ends[i];
            int h = 0;
            for (int j = start; j < end; j++) h = 31 * h + bytes[j];
            h ^= h >>> 16;
            for (int slot = h & mask; ; slot = (slot + 1) & mask) {
                int t = table[slot] - 1;
                if (t < 0) {
                    System.arraycopy(bytes, start, out, size, end - start);
                    size += end - start;
                    outEnds[distinct] = size;
                    freqs[distinct] = 1;
                    table[slot] = ++distinct;
                    break;
                }
                int tStart = t == 0 ? 0 : outEnds[t - 1];
                if (Arrays.equals(out, tStart, outEnds[t], bytes, start, end)) {
                    freqs[t]++;
                    break;
                }
            }
        }
        return new AnalysedField(field, type, Arrays.copyOf(out, size), Arrays.copyOf(outEnds, distinct), null,
                Arrays.copyOf(freqs, distinct));
    }

    /** The tokens again, in a stream the writer hands back for the next document's field of the same name. */
    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        Replay r = reuse instanceof Replay p ? p : new Replay();
        r.field = this;
        return r;
    }

    /**
     * Replays an {@link AnalysedField}'s tokens as byte terms. It sets every attribute the writer reads of a field
     * without positions (the term, its position increment and frequency) on each token instead of clearing all of
     * them first: offsets and payloads are only read with positions, and nothing else writes into this stream.
     */
    private static final class Replay extends TokenStream {
        // added first, so that it (not the token attribute behind the position increment) gives the terms' bytes
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final TermFrequencyAttribute freq = addAttribute(TermFrequencyAttribute.class);
        private final BytesRef ref = new BytesRef();
        private AnalysedField field;
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            clearAttributes();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            AnalysedField f = field;
            if (next == f.ends.length) return false;
            int start = next == 0 ? 0 : f.ends[next - 1];
            ref.bytes = f.bytes;
            ref.offset = start;
            ref.length = f.ends[next] - start;
            term.setBytesRef(ref);
            inc.setPositionIncrement(f.increments == null ? 1 : f.increments[next]);
            freq.setTermFrequency(f.freqs == null ? 1 : f.freqs[next]);
            next++;
            return true;
        }
    }
}
