package org.glossa.core.tm.index;

import org.glossa.core.text.TextKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.glossa.core.model.Content;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;

/**
 * The lookup over an index in the {@link IndexFields} layout, shared by the file-backed {@link TranslationMemory}
 * and the updatable {@link LiveMemory}: the entries whose normalised source equals the segment's (a point
 * lookup), then, unless these already fill the results, the top {@link IndexOptions#candidates()} entries by BM25
 * over the segment's words among those that hold enough of its words to reach the minimum score, scored and ranked
 * by {@link MatchRanker}.
 */
final class IndexSearch {
    /** Most entries taken from the exact-key lookup (identical sources with different targets). */
    private static final int EXACT_LIMIT = 100;

    private IndexSearch() {
    }

    static List<TmMatch> lookup(IndexSearcher searcher, Analyzer analyzer, IndexOptions options, TmScorer scorer,
                                Content segment, Optional<Content> previousSegment, int minScore, int maxResults) {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(previousSegment, "previousSegment");
        if (maxResults <= 0) return List.of();
        MatchRanker ranker = new MatchRanker(segment, previousSegment, scorer, minScore);
        String text = segment.plainText();
        try {
            StoredFields stored = searcher.storedFields();
            Set<Integer> seen = new HashSet<>();
            offer(searcher.search(IndexFields.exact(TextKey.matchHash(text)), EXACT_LIMIT), stored, seen, ranker);
            // a fuzzy candidate scores at most 99 (TmScorer: 100 only for identical text, whose key the exact lookup
            // found), so once the exact lookup fills the results the fuzzy search cannot change them
            if (minScore < 100 && ranker.atLeast(100) < maxResults) {
                Optional<Query> fuzzy = candidateQuery(analyzer, options, scorer, text, minScore);
                if (fuzzy.isPresent()) {
                    // the total hit count is not needed: counting stops at the candidates wanted (same top documents)
                    int n = options.candidates();
                    offer(searcher.search(fuzzy.get(), new TopScoreDocCollectorManager(n, null, n)), stored, seen, ranker);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the translation-memory index", e);
        }
        return ranker.top(maxResults);
    }

    /**
     * Concordance: the entries whose source, or whose target, holds every word of {@code text} (Unicode words, case
     * ignored), best first by BM25, at most {@code maxResults}, with the words marked in both sides.
     */
    static List<ConcordanceHit> concordance(IndexSearcher searcher, Analyzer analyzer, String text, int maxResults) {
        Set<String> terms = IndexFields.terms(analyzer, IndexFields.WORDS, text);
        if (terms.isEmpty() || maxResults <= 0) return List.of();
        Query query = new BooleanQuery.Builder()
                .add(allOf(IndexFields.WORDS, terms), BooleanClause.Occur.SHOULD)
                .add(allOf(IndexFields.TARGET_WORDS, terms), BooleanClause.Occur.SHOULD).build();
        try {
            StoredFields stored = searcher.storedFields();
            List<ConcordanceHit> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, maxResults).scoreDocs) {
                MemoryEntry e = IndexFields.entry(stored.document(sd.doc, IndexFields.STORED));
                out.add(new ConcordanceHit(e.source(), e.target(), e.tuid(), e.origin(),
                        highlights(analyzer, e.source().plainText(), terms),
                        highlights(analyzer, e.target().plainText(), terms)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the translation-memory index", e);
        }
    }

    private static Query allOf(String field, Set<String> terms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST);
        return b.build();
    }

    private static List<ConcordanceHit.Highlight> highlights(Analyzer analyzer, String text, Set<String> terms) {
        List<ConcordanceHit.Highlight> out = new ArrayList<>();
        for (int[] o : IndexFields.occurrences(analyzer, text, terms)) out.add(new ConcordanceHit.Highlight(o[0], o[1]));
        return out;
    }

    private static Optional<Query> candidateQuery(Analyzer analyzer, IndexOptions options, TmScorer scorer,
                                                  String text, int minScore) {
        if (!options.charNgrams()) return words(analyzer, scorer, text, minScore);
        Optional<Query> words = terms(analyzer, IndexFields.WORDS, text);
        Optional<Query> grams = terms(analyzer, IndexFields.GRAMS, text);
        if (words.isEmpty() || grams.isEmpty()) return words.or(() -> grams);
        return Optional.of(new BooleanQuery.Builder()
                .add(words.get(), BooleanClause.Occur.SHOULD)
                .add(grams.get(), BooleanClause.Occur.SHOULD).build());
    }

    /**
     * BM25 over the segment's words, among the entries that hold enough of them to score {@code minScore}: when the
     * scorer says a candidate may lack at most {@code k} of the segment's {@code n} word tokens
     * ({@link TmScorer#maxMissingWords}), an entry must hold at least {@code w − k} of its {@code w} distinct words
     * (a minimum-should-match), which lets Lucene skip the many entries that share only common words. The entries
     * left out could not have scored {@code minScore}, so every match the plain disjunction's candidates gave is
     * still among these candidates (see decision 0026). Numbers are never required (the scorer compares them by
     * value, "1,000" = "1000", the index as written), and there is no bound for text in scripts whose words ICU cuts
     * by dictionary (the index cuts them per character).
     */
    static Optional<Query> words(Analyzer analyzer, TmScorer scorer, String text, int minScore) {
        IndexFields.Analysed a = IndexFields.analyse(analyzer, IndexFields.WORDS, text);
        if (a.distinct().isEmpty()) return Optional.empty();
        int required = a.complete() && a.alphabetic()
                ? a.words().size() - scorer.maxMissingWords(a.tokens(), minScore) : 0;
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        List<Term> wordTerms = new ArrayList<>();
        List<Term> optional = new ArrayList<>();
        for (String t : a.distinct()) {
            Term term = new Term(IndexFields.WORDS, t);
            Query q = new TermQuery(term);
            if (required >= 2 && a.words().contains(t)) {
                words.add(q, BooleanClause.Occur.SHOULD);
                wordTerms.add(term);
            } else {
                all.add(q, BooleanClause.Occur.SHOULD);
                optional.add(term);
            }
        }
        if (required < 2) return Optional.of(all.build());
        all.add(words.setMinimumNumberShouldMatch(required).build(), BooleanClause.Occur.SHOULD);
        // the same matches and scores, counted term at a time (decision 0042)
        return Optional.of(new WordCountQuery(all.build(), wordTerms, required, optional));
    }

    private static Optional<Query> terms(Analyzer analyzer, String field, String text) {
        Set<String> terms = IndexFields.terms(analyzer, field, text);
        if (terms.isEmpty()) return Optional.empty();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) b.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD);
        return Optional.of(b.build());
    }

    private static void offer(TopDocs hits, StoredFields stored, Set<Integer> seen, MatchRanker ranker)
            throws IOException {
        for (ScoreDoc sd : hits.scoreDocs) {
            if (seen.add(sd.doc)) ranker.offer(IndexFields.entry(stored.document(sd.doc, IndexFields.STORED)));
        }
    }
}
