package org.glossa.core.tm.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Impact;
import org.apache.lucene.index.Impacts;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.similarities.Similarity.SimScorer;

/**
 * Upper bounds of one segment's first-stage scores (decision 0046), from what is known before scoring: how many of
 * the words a document holds (its count, exact for the survivors of {@link WordCountQuery}) and its norm. A term's
 * score {@code SimScorer.score(freq, norm)} grows with {@code freq}, so it is at most the score at the largest freq
 * the term can have at that norm: the largest {@link Impact#freq} among the term's impacts whose norm is at most the
 * document's (the impacts' contract: every document has an impact with a freq at least its own and a norm at most
 * its own), and never more than {@code totalTermFreq − docFreq + 1}. A document holding {@code c} of the words
 * scores at most the sum of the {@code c} largest of those per-word bounds, plus every optional term's bound.
 *
 * <p>Norms are bytes for Lucene's BM25 (the field's norms are read as {@code long}s through the public
 * {@code getNormValues}); a norm outside a byte's range makes {@link #bound} answer {@link Float#NaN} (no bound).
 * The bounds are widened by a relative 2<sup>−20</sup> and one float ulp, more than the rounding of any order of
 * summing up to 511 floats in a {@code double} and the casts to {@code float}.
 */
final class ScoreBounds {
    private static final double SLACK = 1 + 0x1p-20;

    private final Side words;
    private final Side optional;
    private final float[] each;
    private int lastDoc = -1;

    private ScoreBounds(Side words, Side optional) {
        this.words = words;
        this.optional = optional;
        this.each = new float[words.size()];
    }

    /**
     * The bounds for the segment of {@code te}, over the terms it holds.
     *
     * @param wordSims     per word, the scorer of its {@code TermQuery} weight (null for a term the index lacks)
     * @param optionalSims the same per optional term
     */
    static ScoreBounds of(TermsEnum te, List<Term> words, SimScorer[] wordSims, List<Term> optional,
                          SimScorer[] optionalSims) throws IOException {
        return new ScoreBounds(Side.of(te, words, wordSims), Side.of(te, optional, optionalSims));
    }

    /**
     * The bound of the score of document {@code doc} (asked in increasing order of documents): {@code held} of the
     * words (0 for a document matching only optional terms, which the minimum-should-match clause does not score)
     * and its {@code norm}; NaN when there is none.
     */
    float bound(int doc, long norm, int held) throws IOException {
        if (doc <= lastDoc) throw new IllegalArgumentException("documents out of order: " + doc + " after " + lastDoc);
        lastDoc = doc;
        if (norm < Byte.MIN_VALUE || norm > Byte.MAX_VALUE || held > words.size()) return Float.NaN;
        int key = (int) norm & 0xFF;
        double b = 0;
        if (held > 0) {
            int n = words.size();
            for (int i = 0; i < n; i++) each[i] = words.bound(i, doc, key, norm);
            // the `held` largest: all but the n − held smallest
            Arrays.sort(each, 0, n);
            for (int i = n - held; i < n; i++) b += each[i];
        }
        for (int i = 0; i < optional.size(); i++) b += optional.bound(i, doc, key, norm);
        return Math.nextUp((float) (b * SLACK));
    }

    /** The terms of one side that the segment holds: their scorers, impacts and statistics' bound of freq. */
    private static final class Side {
        private final SimScorer[] sims;
        private final ImpactsEnum[] impacts;
        private final int[] cap;
        /** Per term, the last document its current impacts cover (−1 before the first). */
        private final int[] upTo;
        /** Per term, its current impacts: freqs and norm keys, and how many (−1: unknown, the cap applies). */
        private final int[][] freqs;
        private final int[][] keys;
        private final int[] count;

        private Side(SimScorer[] sims, ImpactsEnum[] impacts, int[] cap) {
            this.sims = sims;
            this.impacts = impacts;
            this.cap = cap;
            this.upTo = new int[sims.length];
            Arrays.fill(upTo, -1);
            this.freqs = new int[sims.length][];
            this.keys = new int[sims.length][];
            this.count = new int[sims.length];
        }

        static Side of(TermsEnum te, List<Term> terms, SimScorer[] from) throws IOException {
            SimScorer[] s = new SimScorer[terms.size()];
            ImpactsEnum[] im = new ImpactsEnum[terms.size()];
            int[] cap = new int[terms.size()];
            int n = 0;
            for (int i = 0; i < s.length; i++) {
                if (from[i] != null && te.seekExact(terms.get(i).bytes())) {
                    s[n] = from[i];
                    int df = te.docFreq();
                    long ttf = te.totalTermFreq();
                    cap[n] = ttf >= df ? (int) Math.min(Integer.MAX_VALUE, ttf - df + 1) : Integer.MAX_VALUE;
                    im[n++] = te.impacts(PostingsEnum.FREQS);
                }
            }
            return new Side(Arrays.copyOf(s, n), Arrays.copyOf(im, n), Arrays.copyOf(cap, n));
        }

        int size() {
            return sims.length;
        }

        /**
         * Term {@code i}'s bound in document {@code doc} of norm {@code norm} (key: its byte as unsigned): the score
         * at the largest freq of the impacts of the block holding {@code doc} whose norm is at most the document's
         * (the impacts' contract: each document has an impact with a freq at least its own and a norm at most its
         * own), at most {@code totalTermFreq − docFreq + 1}; 0 where no impact has such a norm.
         */
        float bound(int i, int doc, int key, long norm) throws IOException {
            if (doc > upTo[i]) load(i, doc);
            int f;
            if (count[i] < 0) {
                f = cap[i];
            } else {
                f = 0;
                int[] fr = freqs[i];
                int[] ks = keys[i];
                for (int j = 0, n = count[i]; j < n; j++) if (ks[j] <= key && fr[j] > f) f = fr[j];
                f = Math.min(f, cap[i]);
            }
            return f == 0 ? 0f : Math.max(0f, sims[i].score(f, norm));
        }

        private void load(int i, int doc) throws IOException {
            ImpactsEnum ie = impacts[i];
            ie.advanceShallow(doc);
            Impacts levels = ie.getImpacts();
            int next = levels.getDocIdUpTo(0);
            List<Impact> list = levels.getImpacts(0);
            if (next < doc) {
                // impacts that do not cover the document: the statistics' bound for it alone
                upTo[i] = doc;
                count[i] = -1;
                return;
            }
            upTo[i] = next;
            if (freqs[i] == null || freqs[i].length < list.size()) {
                freqs[i] = new int[Math.max(8, list.size())];
                keys[i] = new int[freqs[i].length];
            }
            int n = 0;
            for (Impact im : list) {
                if (im.freq == Integer.MAX_VALUE) {
                    n = -1;
                    break;
                }
                freqs[i][n] = im.freq;
                // a norm outside a byte's range is taken as the smallest (it then bounds every document)
                keys[i][n++] = im.norm >= Byte.MIN_VALUE && im.norm <= Byte.MAX_VALUE ? (int) im.norm & 0xFF : 0;
            }
            count[i] = n;
        }
    }
}
