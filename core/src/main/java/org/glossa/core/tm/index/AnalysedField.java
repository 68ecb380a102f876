package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
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
 */
final class AnalysedField extends Field {
    private final byte[] bytes;
    private final int[] ends;
    /** Each token's position increment, or null when every one is 1 (the word fields). */
    private final int[] increments;

    private AnalysedField(String name, IndexableFieldType type, byte[] bytes, int[] ends, int[] increments) {
        super(name, type);
        this.bytes = bytes;
        this.ends = ends;
        this.increments = increments;
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
        return new AnalysedField(field, type, Arrays.copyOf(bytes, size), Arrays.copyOf(ends, n),
                increments == null ? null : Arrays.copyOf(increments, n));
    }

    /** The tokens again, in a stream the writer hands back for the next document's field of the same name. */
    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
        Replay r = reuse instanceof Replay p ? p : new Replay();
        r.field = this;
        return r;
    }

    /** Replays an {@link AnalysedField}'s tokens as byte terms. */
    private static final class Replay extends TokenStream {
        // added first, so that it (not the token attribute behind the position increment) gives the terms' bytes
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final BytesRef ref = new BytesRef();
        private AnalysedField field;
        private int next;

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            AnalysedField f = field;
            if (next == f.ends.length) return false;
            // No clearAttributes() per token (it walked every attribute the writer added: 7% of the indexing
            // thread's samples at 1M): of a field without positions, offsets or payloads the writer reads the term,
            // the position increment and the term frequency, and the first two are set here on every token; the
            // frequency attribute is never set by anyone, so it stays at its default of 1.
            int start = next == 0 ? 0 : f.ends[next - 1];
            ref.bytes = f.bytes;
            ref.offset = start;
            ref.length = f.ends[next] - start;
            term.setBytesRef(ref);
            inc.setPositionIncrement(f.increments == null ? 1 : f.increments[next]);
            next++;
            return true;
        }
    }
}
