package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /**
     * {@code text} analysed for {@code field} by {@code analyzer}, to be indexed as a field of {@code type}: the terms
     * of a word field come from {@link IndexAnalyzer#wordTerms} when it decides the text, else (and for any other
     * analyzer or field) from the analyzer's token stream.
     */
    static AnalysedField of(Analyzer analyzer, String field, String text, IndexableFieldType type) {
        if (analyzer instanceof IndexAnalyzer index && index.cuts(field)) {
            Builder cut = new Builder(text.length());
            if (index.wordTerms(field, text, cut)) return cut.field(field, type);
            // given up: what the cut put before it is dropped with its builder
        }
        Builder b = new Builder(text.length());
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            TermToBytesRefAttribute term = ts.getAttribute(TermToBytesRefAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                BytesRef r = term.getBytesRef();
                b.add(r.bytes, r.offset, r.length, inc.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string", e);
        }
        return b.field(field, type);
    }

    /** A field's terms as they come: their bytes one after another, where each ends, their increments. */
    private static final class Builder implements IndexAnalyzer.Terms {
        private byte[] bytes;
        private int[] ends = new int[16];
        private int[] increments;
        private int n;
        private int size;

        Builder(int chars) {
            bytes = new byte[Math.max(16, chars + (chars >> 2))];
        }

        void add(byte[] term, int offset, int length, int increment) {
            room(length);
            System.arraycopy(term, offset, bytes, size, length);
            size += length;
            end(increment);
        }

        @Override
        public void ascii(String text, int start, int end, boolean number) {
            int length = end - start;
            room(length);
            byte[] out = bytes;
            int at = size;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                out[at++] = (byte) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
            }
            size = at;
            end(1);
        }

        @Override
        public void chars(String term, boolean number) {
            byte[] utf8 = term.getBytes(StandardCharsets.UTF_8);
            add(utf8, 0, utf8.length, 1);
        }

        private void room(int length) {
            if (size + length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
        }

        private void end(int increment) {
            if (n == ends.length) {
                ends = Arrays.copyOf(ends, n * 2);
                if (increments != null) increments = Arrays.copyOf(increments, n * 2);
            }
            if (increment != 1 && increments == null) {
                increments = new int[ends.length];
                Arrays.fill(increments, 0, n, 1);
            }
            if (increments != null) increments[n] = increment;
            ends[n++] = size;
        }

        AnalysedField field(String name, IndexableFieldType type) {
            return new AnalysedField(name, type, Arrays.copyOf(bytes, size), Arrays.copyOf(ends, n),
                    increments == null ? null : Arrays.copyOf(increments, n));
        }
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
