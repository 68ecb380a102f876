package org.glossa.core.tm.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The first stage's query of decision 0026 ({@code plain}: optional terms, and one optional clause that is a
 * minimum-should-match of {@code required} of the segment's {@code words}), matched and scored <em>term at a
 * time</em> (decision 0042): per index segment, the postings of the rarest words are walked in bulk into a count per
 * entry (an entry holding none of the {@code w − required + 1} rarest words cannot hold {@code required} of the
 * {@code w}), then each commoner word is checked, by {@code advance} or one walk, only for the entries that can
 * still reach {@code required}; the entries that do (and those holding an optional term) are scored with Lucene's
 * own term scorers ({@link TermQuery}'s weights: the same BM25 statistics) and handed to the collector in document
 * order, so the top documents and their tie-break are those of {@code plain}.
 *
 * <p>The sums: Lucene adds a document's clause scores (floats) in a {@code double} in an order of its own, then casts
 * to {@code float}. Here each sum is kept only when it is exact in any order (all terms ≥ 0 and the sum below
 * 2<sup>53</sup> units of the smallest term's float ulp: then every partial sum is a representable double); a segment
 * where one is not is searched with {@code plain} itself. So the scores are bit-equal to {@code plain}'s.
 *
 * <p>Scored while counting (decision 0049): a commoner word checked by {@code advance} is read with its freqs, and
 * its score ({@code SimScorer.score(freq, norm)}, the scorer Lucene's {@code TermWeight} makes from the same
 * statistics, the norm as Lucene's term scorer reads it) is added to the running sum of each candidate that holds it
 * and still can reach {@code required}, once the candidates are down to half of the union of the walked words (or at
 * the last word; before that many would be scored and then dropped); the other words (the walked rarest ones, those
 * checked by one walk, and those checked by {@code advance} before that point) are read again over the survivors.
 * Each candidate's norm is read once.
 *
 * <p>Common words kept as bit sets (decision 0054): a commoner word held by a large part of the segment is checked
 * from its {@link WordBitsCache} entry (a bit test per candidate, built by the second lookup that needs it), and its
 * score is added over the survivors from the entry's frequencies, without reading its postings.
 */
final class WordCountQuery extends Query {
    /** Above this many words the counts do not fit a byte: {@code plain} is used. */
    private static final int MAX_WORDS = 255;
    /** A commoner word is checked by {@code advance} when the candidates are fewer than its postings / this. */
    static final int ADVANCE_RATIO = 8;

    private final Query plain;
    private final List<Term> words;
    private final int required;
    private final List<Term> optional;
    private final long advanceRatio;
    /** The bit sets of the segments' common words (decision 0054), or null to read every word's postings. */
    private final WordBitsCache cache;

    /**
     * @param plain    the query whose answers these are: SHOULD clauses of {@code optional} terms and one SHOULD
     *                 clause of the {@code words} with a minimum-should-match of {@code required}
     * @param words    the distinct terms of the minimum-should-match clause, all of one field
     * @param required how many of {@code words} an entry must hold (at least 2)
     * @param optional the other optional terms, of the same field as {@code words}
     */
    WordCountQuery(Query plain, List<Term> words, int required, List<Term> optional) {
        this(plain, words, required, optional, ADVANCE_RATIO, WordBitsCache.shared());
    }

    /**
     * With {@code advanceRatio} instead of {@link #ADVANCE_RATIO} (0: always advance; large: always walk) and the
     * common words' bit sets from {@code cache} (null: none).
     */
    WordCountQuery(Query plain, List<Term> words, int required, List<Term> optional, long advanceRatio,
                   WordBitsCache cache) {
        this.advanceRatio = advanceRatio;
        this.cache = cache;
        this.plain = Objects.requireNonNull(plain, "plain");
        this.words = List.copyOf(words);
        this.optional = List.copyOf(optional);
        if (required < 2 || this.words.isEmpty()) throw new IllegalArgumentException("required " + required);
        String field = this.words.get(0).field();
        for (Term t : this.words) if (!t.field().equals(field)) throw new IllegalArgumentException("field " + t);
        for (Term t : this.optional) if (!t.field().equals(field)) throw new IllegalArgumentException("field " + t);
        this.required = required;
    }

    /** This query with another {@code advanceRatio} (for tests of both ways of checking the commoner words). */
    WordCountQuery withAdvanceRatio(long ratio) {
        return new WordCountQuery(plain, words, required, optional, ratio, cache);
    }

    /** This query with the common words' bit sets from {@code other} (null: none). */
    WordCountQuery withCache(WordBitsCache other) {
        return new WordCountQuery(plain, words, required, optional, advanceRatio, other);
    }

    /** The query whose answers these are. */
    Query plain() {
        return plain;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores() || boost != 1f || words.size() > MAX_WORDS || required > words.size()) {
            return searcher.createWeight(searcher.rewrite(plain), scoreMode, boost);
        }
        TermStates[] wordStates = new TermStates[words.size()];
        for (int i = 0; i < wordStates.length; i++) wordStates[i] = states(searcher, words.get(i));
        return new CountingWeight(searcher, scoreMode, wordStates, simScorers(searcher, words, wordStates),
                termWeights(searcher, optional));
    }

    /**
     * The similarity's scorer of each term as {@link TermQuery}'s weight makes it (same term states, collection and
     * term statistics, boost 1); null for a term the index lacks.
     */
    private static SimScorer[] simScorers(IndexSearcher searcher, List<Term> terms, TermStates[] termStates)
            throws IOException {
        SimScorer[] out = new SimScorer[terms.size()];
        for (int i = 0; i < out.length; i++) {
            Term t = terms.get(i);
            TermStates states = termStates[i];
            if (states.docFreq() > 0) {
                out[i] = searcher.getSimilarity().scorer(1f, searcher.collectionStatistics(t.field()),
                        searcher.termStatistics(t, states.docFreq(), states.totalTermFreq()));
            }
        }
        return out;
    }

    private static Weight[] termWeights(IndexSearcher searcher, List<Term> terms) throws IOException {
        Weight[] out = new Weight[terms.size()];
        for (int i = 0; i < out.length; i++) {
            Term t = terms.get(i);
            out[i] = searcher.createWeight(new TermQuery(t, states(searcher, t)), ScoreMode.COMPLETE, 1f);
        }
        return out;
    }

    /**
     * The term's state in each segment and its statistics, looked up segment by segment on the calling thread: the
     * numbers {@code TermStates.build(searcher, term, true)} gives (the same sums of the same segments' document and
     * term frequencies), without its task per segment on the searcher's executor, which made each of a lookup's
     * words a hand-off to another thread and back (decision 0050).
     */
    static TermStates states(IndexSearcher searcher, Term term) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        TermStates states = new TermStates(top);
        for (LeafReaderContext c : top.leaves()) {
            TermsEnum te = Terms.getTerms(c.reader(), term.field()).iterator();
            if (te.seekExact(term.bytes())) states.register(te.termState(), c.ord, te.docFreq(), te.totalTermFreq());
        }
        return states;
    }

    @Override
    public String toString(String field) {
        return "WordCount(" + plain.toString(field) + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        plain.visit(visitor);
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && plain.equals(((WordCountQuery) o).plain)
                && advanceRatio == ((WordCountQuery) o).advanceRatio && cache == ((WordCountQuery) o).cache;
    }

    @Override
    public int hashCode() {
        return classHash() * 31 + plain.hashCode();
    }

    /** The matching documents of one segment in order, with their scores. */
    private record Matches(int[] docs, float[] scores) {
    }

    /** Norm of a candidate not read yet (a norm is a byte for BM25; any long is allowed, so a sentinel far off). */
    private static final long UNREAD = Long.MIN_VALUE;

    private final class CountingWeight extends Weight {
        private final IndexSearcher searcher;
        private final ScoreMode scoreMode;
        private final TermStates[] wordStates;
        private final SimScorer[] wordSims;
        private final Weight[] optionalWeights;
        private Weight fallback;

        CountingWeight(IndexSearcher searcher, ScoreMode scoreMode, TermStates[] wordStates, SimScorer[] wordSims,
                       Weight[] optionalWeights) {
            super(WordCountQuery.this);
            this.searcher = searcher;
            this.scoreMode = scoreMode;
            this.wordStates = wordStates;
            this.wordSims = wordSims;
            this.optionalWeights = optionalWeights;
        }

        private synchronized Weight fallback() throws IOException {
            if (fallback == null) fallback = searcher.createWeight(searcher.rewrite(plain), scoreMode, 1f);
            return fallback;
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            return fallback().explain(context, doc);
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false;
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            Matches m = matches(context);
            if (m == null) return fallback().scorer(context);
            if (m.docs().length == 0) return null;
            return new ArrayScorer(this, m);
        }

        @Override
        public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
            Matches m = matches(context);
            if (m == null) return fallback().bulkScorer(context);
            if (m.docs().length == 0) return null;
            return new ArrayBulkScorer(m);
        }

        /** The segment's matches and scores, or null where they cannot be shown bit-equal to {@code plain}'s. */
        private Matches matches(LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            Terms terms = reader.terms(words.get(0).field());
            if (terms == null) return new Matches(new int[0], new float[0]);
            TermsEnum te = terms.iterator();
            int maxDoc = reader.maxDoc();
            Counts counts = Counts.take(maxDoc);
            Sums nested = survivors(te, counts, context);
            if (nested == null) return null; // its counts are not all zero: not given back
            int[] survivors = nested.docs;
            for (int d : survivors) counts.count[d] = 0;
            counts.give();
            // the optional terms' documents join the survivors
            int[] docs = survivors;
            List<PostingsEnum> optionalPostings = new ArrayList<>();
            for (Term t : optional) {
                if (te.seekExact(t.bytes())) optionalPostings.add(te.postings(null, PostingsEnum.NONE));
            }
            if (!optionalPostings.isEmpty()) {
                FixedBitSet all = new FixedBitSet(maxDoc);
                for (int d : survivors) all.set(d);
                for (PostingsEnum pe : optionalPostings) {
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) all.set(d);
                }
                docs = new int[all.cardinality()];
                int n = 0;
                for (int d = all.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
                     d = d + 1 < maxDoc ? all.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                    docs[n++] = d;
                }
            }
            if (docs.length == 0) return new Matches(docs, new float[0]);
            // the minimum-should-match clause's score of each survivor (summed in survivors)
            Matches nestedSums = nested.floats();
            if (nestedSums == null) return null;
            float[] nestedScores = nestedSums.scores();
            if (optionalPostings.isEmpty()) return new Matches(survivors, nestedScores);
            Sums outer = new Sums(docs.length);
            if (!outer.add(scorers(optionalWeights, context), docs)) return null;
            for (int i = 0, j = 0; i < docs.length && j < survivors.length; i++) {
                if (docs[i] == survivors[j]) {
                    if (!outer.add(i, nestedScores[j])) return null;
                    j++;
                }
            }
            Matches out = outer.floats();
            return out == null ? null : new Matches(docs, out.scores());
        }

        /**
         * The documents holding at least {@code required} of the words, in order, with the sums of their words'
         * scores; null when a score is negative or not finite. The counts (all zero on entry) are left zero except
         * for these documents' (each the number of the words it holds).
         */
        private Sums survivors(TermsEnum te, Counts counts, LeafReaderContext context) throws IOException {
            LeafReader reader = context.reader();
            int maxDoc = reader.maxDoc();
            String field = words.get(0).field();
            byte[] count = counts.count;
            int n = words.size();
            TermState[] states = new TermState[n];
            int[] df = new int[n];
            // the words the segment holds, rarest first (ties by position): (df << 32 | index), sorted
            long[] keys = new long[n];
            int present = 0;
            // the segment's term states as looked up for the statistics (states), not looked up again
            boolean known = wordStates[0].wasBuiltFor(ReaderUtil.getTopLevelContext(context));
            for (int i = 0; i < n; i++) {
                TermState state = known ? wordStates[i].get(context)
                        : te.seekExact(words.get(i).bytes()) ? te.termState() : null;
                if (state != null) {
                    te.seekExact(words.get(i).bytes(), state);
                    states[i] = state;
                    df[i] = te.docFreq();
                    keys[present++] = (long) df[i] << 32 | i;
                }
            }
            if (present < required) return new Sums(new int[0], new double[0], new float[0]);
            Arrays.sort(keys, 0, present);
            int[] byFrequency = new int[present];
            for (int k = 0; k < present; k++) {
                byFrequency[k] = (int) keys[k];
                if (wordSims[byFrequency[k]] == null) return null;
            }
            // pigeonhole: a document holding none of the (present − required + 1) rarest words lacks too many
            int walked = present - required + 1;
            PostingsEnum pe = null;
            long[] seen = counts.seen;
            for (int k = 0; k < walked; k++) {
                int i = byFrequency[k];
                te.seekExact(words.get(i).bytes(), states[i]);
                pe = te.postings(pe, PostingsEnum.NONE);
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    count[d]++;
                    seen[d >>> 6] |= 1L << d;
                }
            }
            long bound = 0;
            for (int k = 0; k < walked; k++) bound += df[byFrequency[k]];
            int[] cand = counts.candidates((int) Math.min(bound, maxDoc));
            double[] sum = counts.sum;
            float[] least = counts.least;
            long[] norm = counts.norm;
            int nc = 0;
            for (int w = 0, used = (maxDoc + 63) >>> 6; w < used; w++) {
                for (long bits = seen[w]; bits != 0; bits &= bits - 1) {
                    sum[nc] = 0;
                    least[nc] = Float.POSITIVE_INFINITY;
                    norm[nc] = UNREAD;
                    cand[nc++] = (w << 6) | Long.numberOfTrailingZeros(bits);
                }
                seen[w] = 0;
            }
            boolean[] scored = new boolean[n];
            WordBitsCache.Postings[] cached = new WordBitsCache.Postings[n];
            int union = nc;
            // each commoner word, for the documents that can still reach `required` with it and the ones after it;
            // before word k (rarest first) a document needs `required − (present − k)` of the words so far
            int need = required - (present - walked);
            for (int k = walked; k < present && nc > 0; k++, need++) {
                int i = byFrequency[k];
                WordBitsCache.Postings p = cache == null ? null
                        : cache.postings(reader, words.get(i), te, states[i], df[i]);
                if (p != null) {
                    // a common word's bit set: a bit test per candidate (its score added over the survivors below)
                    cached[i] = p;
                    FixedBitSet bits = p.docs();
                    int kept = 0;
                    for (int c = 0; c < nc; c++) {
                        int doc = cand[c];
                        int held = (count[doc] & 0xFF) + (bits.get(doc) ? 1 : 0);
                        if (held > need) {
                            count[doc] = (byte) held;
                            counts.move(c, kept++);
                        } else {
                            count[doc] = 0;
                        }
                    }
                    nc = kept;
                    continue;
                }
                te.seekExact(words.get(i).bytes(), states[i]);
                if (nc * advanceRatio < df[i]) {
                    // check this word for each candidate, keeping those that then reach the next word's need, and
                    // add its score to theirs now if they are already down to half of the union (or this is the last
                    // word): while they are more, many would be scored and then dropped by a later word, so this word
                    // is read again over the survivors instead
                    boolean now = 2L * nc <= union || k == present - 1;
                    pe = te.postings(pe, now ? PostingsEnum.FREQS : PostingsEnum.NONE);
                    SimScorer sim = wordSims[i];
                    NumericDocValues norms = now ? reader.getNormValues(field) : null;
                    int kept = 0;
                    int d = -1;
                    for (int c = 0; c < nc; c++) {
                        int doc = cand[c];
                        if (d < doc) d = pe.advance(doc);
                        int held = (count[doc] & 0xFF) + (d == doc ? 1 : 0);
                        if (held > need) {
                            count[doc] = (byte) held;
                            if (now && d == doc && !counts.add(c, sim.score(pe.freq(), counts.norm(c, doc, norms)))) {
                                return null;
                            }
                            counts.move(c, kept++);
                        } else {
                            count[doc] = 0;
                        }
                    }
                    nc = kept;
                    scored[i] = now;
                } else {
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if ((count[d] & 0xFF) >= need) count[d]++;
                    }
                    nc = counts.keep(nc, need + 1);
                }
            }
            // no keep(nc, required) here: the last commoner word (k = present − 1, need = required − 1) kept only the
            // candidates counted at least `required`, by either way of checking it (walked < present: required ≥ 2)
            // the words not scored yet, over the survivors (any order: the sums are exact in every order)
            for (int k = 0; k < present && nc > 0; k++) {
                int i = byFrequency[k];
                if (scored[i]) continue;
                SimScorer sim = wordSims[i];
                NumericDocValues norms = reader.getNormValues(field);
                WordBitsCache.Postings p = cached[i];
                if (p != null) {
                    // from the bit set and the frequencies above 1 (the candidates ascend)
                    FixedBitSet bits = p.docs();
                    WordBitsCache.Frequencies freqs = p.frequencies();
                    for (int c = 0; c < nc; c++) {
                        int doc = cand[c];
                        if (!bits.get(doc)) continue;
                        if (!counts.add(c, sim.score(freqs.freq(doc), counts.norm(c, doc, norms)))) return null;
                    }
                    continue;
                }
                te.seekExact(words.get(i).bytes(), states[i]);
                pe = te.postings(pe, PostingsEnum.FREQS);
                int d = -1;
                for (int c = 0; c < nc; c++) {
                    int doc = cand[c];
                    if (d < doc) d = pe.advance(doc);
                    if (d == doc && !counts.add(c, sim.score(pe.freq(), counts.norm(c, doc, norms)))) {
                        return null;
                    }
                }
            }
            return new Sums(Arrays.copyOf(cand, nc), Arrays.copyOf(sum, nc), Arrays.copyOf(least, nc));
        }
    }

    /** The segment's scorers of the terms it holds. */
    private static Scorer[] scorers(Weight[] weights, LeafReaderContext context) throws IOException {
        List<Scorer> out = new ArrayList<>(weights.length);
        for (Weight w : weights) {
            Scorer s = w.scorer(context);
            if (s != null) out.add(s);
        }
        return out.toArray(new Scorer[0]);
    }

    /**
     * The work arrays of one segment's count: a count per document, a bit set of the documents seen, the candidates.
     * A few are kept between lookups (the large segments' arrays would otherwise be allocated and zeroed on every
     * lookup); one is returned to the pool only with its counts and bits all zero again, and not after an exception.
     */
    private static final class Counts {
        private static final int KEPT = Runtime.getRuntime().availableProcessors();
        private static final ConcurrentLinkedQueue<Counts> FREE = new ConcurrentLinkedQueue<>();
        private static final AtomicInteger FREE_SIZE = new AtomicInteger();

        private byte[] count = new byte[0];
        private long[] seen = new long[0];
        private int[] candidates = new int[0];
        /** Per candidate (index as in {@link #candidates}): the sum of its scores so far, least score, norm. */
        private double[] sum = new double[0];
        private float[] least = new float[0];
        private long[] norm = new long[0];

        static Counts take(int maxDoc) {
            Counts c = FREE.poll();
            if (c == null) c = new Counts();
            else FREE_SIZE.decrementAndGet();
            if (c.count.length < maxDoc) {
                c.count = new byte[maxDoc];
                c.seen = new long[(maxDoc + 63) >>> 6];
            }
            return c;
        }

        int[] candidates(int n) {
            if (candidates.length < n) {
                candidates = new int[n];
                sum = new double[n];
                least = new float[n];
                norm = new long[n];
            }
            return candidates;
        }

        /** Candidate {@code c}'s norm (document {@code doc}), read once, as Lucene's term scorer reads it. */
        long norm(int c, int doc, NumericDocValues norms) throws IOException {
            long v = norm[c];
            if (v == UNREAD) {
                v = norms == null ? 1L : norms.advanceExact(doc) ? norms.longValue() : 1L;
                norm[c] = v;
            }
            return v;
        }

        /** Moves candidate {@code from}, with its sum, least score and norm, to {@code to} (≤ {@code from}). */
        void move(int from, int to) {
            candidates[to] = candidates[from];
            sum[to] = sum[from];
            least[to] = least[from];
            norm[to] = norm[from];
        }

        /** Adds a score to candidate {@code c}'s sum; false for a negative or non-finite score. */
        boolean add(int c, float score) {
            return Sums.add(sum, least, c, score);
        }

        /**
         * Keeps, in order and with their sums, the candidates counted at least {@code need} (the others' counts back
         * to 0); how many.
         */
        int keep(int nc, int need) {
            int kept = 0;
            for (int c = 0; c < nc; c++) {
                int d = candidates[c];
                if ((count[d] & 0xFF) >= need) {
                    move(c, kept++);
                } else {
                    count[d] = 0;
                }
            }
            return kept;
        }

        void give() {
            if (FREE_SIZE.incrementAndGet() <= KEPT) FREE.offer(this);
            else FREE_SIZE.decrementAndGet();
        }
    }

    /**
     * Per document, the sum of its clause scores in a {@code double}, and the smallest float ulp among them: the sum
     * is the same in every order when no term is negative and it stays below 2<sup>53</sup> of that ulp.
     */
    private static final class Sums {
        /** The documents summed, in order (null when the caller keeps them). */
        private final int[] docs;
        private final double[] sum;
        /** The smallest positive term (whose float ulp is the smallest: ulp grows with the magnitude). */
        private final float[] least;

        Sums(int n) {
            docs = null;
            sum = new double[n];
            least = new float[n];
            Arrays.fill(least, Float.POSITIVE_INFINITY);
        }

        /** The sums so far of {@code docs}, each with its smallest positive term (infinity for none). */
        Sums(int[] docs, double[] sum, float[] least) {
            this.docs = docs;
            this.sum = sum;
            this.least = least;
        }

        /**
         * Adds the terms' scores to each of {@code docs} they match, document by document (each document's norm is
         * then read once from memory, not once per term); false for a negative or non-finite score.
         */
        boolean add(Scorer[] scorers, int[] docs) throws IOException {
            int n = scorers.length;
            DocIdSetIterator[] its = new DocIdSetIterator[n];
            int[] at = new int[n];
            for (int j = 0; j < n; j++) {
                its[j] = scorers[j].iterator();
                at[j] = its[j].docID();
            }
            for (int i = 0; i < docs.length; i++) {
                int doc = docs[i];
                for (int j = 0; j < n; j++) {
                    int d = at[j];
                    if (d < doc) at[j] = d = its[j].advance(doc);
                    if (d == doc && !add(i, scorers[j].score())) return false;
                }
            }
            return true;
        }

        boolean add(int i, float score) {
            return add(sum, least, i, score);
        }

        /** Adds {@code score} to {@code sum[i]} (and to {@code least[i]}); false for a negative or non-finite one. */
        static boolean add(double[] sum, float[] least, int i, float score) {
            if (!(score >= 0f) || Float.isInfinite(score)) return false;
            if (score > 0f) {
                sum[i] += score;
                if (score < least[i]) least[i] = score;
            }
            return true;
        }

        /** The sums as floats, or null when one of them might depend on the order of its terms. */
        Matches floats() {
            float[] out = new float[sum.length];
            for (int i = 0; i < sum.length; i++) {
                if (sum[i] != 0 && !(sum[i] < (double) Math.ulp(least[i]) * 0x1p53)) return null;
                out[i] = (float) sum[i];
            }
            return new Matches(null, out);
        }
    }

    /** A document's score as the collector reads it. */
    private static final class Current extends Scorable {
        private final Matches matches;
        private int index = -1;

        Current(Matches matches) {
            this.matches = matches;
        }

        @Override
        public float score() {
            return matches.scores()[index];
        }

        @Override
        public int docID() {
            return index < 0 ? -1 : index < matches.docs().length ? matches.docs()[index]
                    : DocIdSetIterator.NO_MORE_DOCS;
        }
    }

    /** The segment's matches, counted and scored here (not by {@code plain}). */
    static final class ArrayBulkScorer extends BulkScorer {
        private final Matches matches;
        private final Current current;

        ArrayBulkScorer(Matches matches) {
            this.matches = matches;
            this.current = new Current(matches);
        }

        @Override
        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
            collector.setScorer(current);
            int[] docs = matches.docs();
            int i = Arrays.binarySearch(docs, min);
            if (i < 0) i = -i - 1;
            for (; i < docs.length && docs[i] < max; i++) {
                if (acceptDocs == null || acceptDocs.get(docs[i])) {
                    current.index = i;
                    collector.collect(docs[i]);
                }
            }
            return i < docs.length ? docs[i] : DocIdSetIterator.NO_MORE_DOCS;
        }

        @Override
        public long cost() {
            return matches.docs().length;
        }
    }

    private static final class ArrayScorer extends Scorer {
        private final Matches matches;
        private final float max;
        private int index = -1;

        ArrayScorer(Weight weight, Matches matches) {
            super(weight);
            this.matches = matches;
            float m = 0;
            for (float s : matches.scores()) m = Math.max(m, s);
            this.max = m;
        }

        @Override
        public int docID() {
            return index < 0 ? -1 : index < matches.docs().length ? matches.docs()[index]
                    : DocIdSetIterator.NO_MORE_DOCS;
        }

        @Override
        public float score() {
            return matches.scores()[index];
        }

        @Override
        public float getMaxScore(int upTo) {
            return max;
        }

        @Override
        public DocIdSetIterator iterator() {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return ArrayScorer.this.docID();
                }

                @Override
                public int nextDoc() {
                    if (index < matches.docs().length) index++;
                    return docID();
                }

                @Override
                public int advance(int target) {
                    int d;
                    while ((d = nextDoc()) < target) {
                        // linear: the documents are few and the scorer is only a fallback path
                    }
                    return d;
                }

                @Override
                public long cost() {
                    return matches.docs().length;
                }
            };
        }
    }
}
