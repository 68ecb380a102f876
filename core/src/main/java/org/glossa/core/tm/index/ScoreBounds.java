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
    private static final int KEYS = 256;

    private final SimScorer[] words;
    private final int[][] wordFreq;
    private final SimScorer[] optional;
    private final int[][] optionalFreq;
    /** Per norm key, the sums of the 0, 1, 2, … largest word bounds (computed on first use). */
    private final double[][] nested = new double[KEYS][];
    /** Per norm key, the optional terms' bounds summed (NaN until computed). */
    private final double[] outer = new double[KEYS];

    private ScoreBounds(SimScorer[] words, int[][] wordFreq, SimScorer[] optional, int[][] optionalFreq) {
        this.words = words;
        this.wordFreq = wordFreq;
        this.optional = optional;
        this.optionalFreq = optionalFreq;
        Arrays.fill(outer, Double.NaN);
    }

    /**
     * The bounds for the segment of {@code te}, over the terms it holds.
     *
     * @param wordSims     per word, the scorer of its {@code TermQuery} weight (null for a term the index lacks)
     * @param optionalSims the same per optional term
     */
    static ScoreBounds of(TermsEnum te, List<Term> words, SimScorer[] wordSims, List<Term> optional,
                          SimScorer[] optionalSims) throws IOException {
        SimScorer[][] sims = new SimScorer[2][];
        int[][][] freqs = new int[2][][];
        for (int side = 0; side < 2; side++) {
            List<Term> terms = side == 0 ? words : optional;
            SimScorer[] from = side == 0 ? wordSims : optionalSims;
            SimScorer[] s = new SimScorer[terms.size()];
            int[][] f = new int[terms.size()][];
            int n = 0;
            for (int i = 0; i < s.length; i++) {
                if (from[i] != null && te.seekExact(terms.get(i).bytes())) {
                    s[n] = from[i];
                    f[n++] = maxFreqs(te);
                }
            }
            sims[side] = Arrays.copyOf(s, n);
            freqs[side] = Arrays.copyOf(f, n);
        }
        return new ScoreBounds(sims[0], freqs[0], sims[1], freqs[1]);
    }

    /** Per norm key (a norm byte as unsigned), the largest freq of the positioned term at that norm or below. */
    private static int[] maxFreqs(TermsEnum te) throws IOException {
        int df = te.docFreq();
        long ttf = te.totalTermFreq();
        int cap = ttf >= df ? (int) Math.min(Integer.MAX_VALUE, ttf - df + 1) : Integer.MAX_VALUE;
        int[] at = new int[KEYS];
        ImpactsEnum impacts = te.impacts(PostingsEnum.FREQS);
        int upTo = -1;
        while (upTo != DocIdSetIterator.NO_MORE_DOCS) {
            impacts.advanceShallow(upTo + 1);
            Impacts levels = impacts.getImpacts();
            int top = levels.numLevels() - 1;
            for (Impact i : levels.getImpacts(top)) {
                // a norm outside a byte's range is taken as the smallest (it then bounds every document)
                int key = i.norm >= Byte.MIN_VALUE && i.norm <= Byte.MAX_VALUE ? (int) i.norm & 0xFF : 0;
                at[key] = Math.max(at[key], i.freq);
            }
            int next = levels.getDocIdUpTo(top);
            if (next <= upTo) {
                // impacts that do not move on: the term statistics' bound alone
                Arrays.fill(at, Integer.MAX_VALUE);
                break;
            }
            upTo = next;
        }
        for (int k = 0, max = 0; k < KEYS; k++) {
            max = Math.max(max, at[k]);
            at[k] = Math.min(max, cap);
        }
        return at;
    }

    /**
     * The bound of a document's score: {@code held} of the words (0 for a document matching only optional terms,
     * which the minimum-should-match clause does not score) and its {@code norm}; NaN when there is none.
     */
    float bound(long norm, int held) {
        if (norm < Byte.MIN_VALUE || norm > Byte.MAX_VALUE) return Float.NaN;
        int key = (int) norm & 0xFF;
        double[] sums = nested[key];
        if (sums == null) sums = nested[key] = sums(words, wordFreq, key, norm);
        if (held >= sums.length) return Float.NaN;
        double b = sums[held];
        if (optional.length > 0) {
            double o = outer[key];
            if (Double.isNaN(o)) {
                double[] all = sums(optional, optionalFreq, key, norm);
                o = outer[key] = all[all.length - 1];
            }
            b += o;
        }
        return Math.nextUp((float) (b * SLACK));
    }

    /** The prefix sums of the terms' bounds at {@code norm}, largest first. */
    private static double[] sums(SimScorer[] sims, int[][] freqs, int key, long norm) {
        float[] each = new float[sims.length];
        for (int i = 0; i < each.length; i++) {
            int f = freqs[i][key];
            each[i] = f == 0 ? 0f : Math.max(0f, sims[i].score(f, norm));
        }
        Arrays.sort(each);
        double[] out = new double[each.length + 1];
        for (int i = 0; i < each.length; i++) out[i + 1] = out[i] + each[each.length - 1 - i];
        return out;
    }
}
