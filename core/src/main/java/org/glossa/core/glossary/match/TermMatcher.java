package org.glossa.core.glossary.match;

import org.glossa.core.text.RecentTexts;
import org.glossa.core.text.TermMatchTokenizer;
import org.glossa.core.text.BoundedMemo;
import org.glossa.core.text.WordToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;

/**
 * Finds the terms of a glossary in texts of one language.
 *
 * <p>Built once per glossary and language, then {@link #find(String)} any number of texts. Rules:
 * <ul>
 *   <li>terms and texts are split into words and punctuation (ICU word rules; a hyphen is a token of its own) and
 *       whitespace is ignored, so any run of spaces, NBSP, thin spaces or line breaks between words matches the space
 *       of a term; a term never matches part of a word (except compound heads, below);</li>
 *   <li>acronyms (words of two or more letters, all upper case) and terms marked case-sensitive match only with the
 *       same case and without stemming (an English possessive "'s" is allowed: "NATO's"); other words match
 *       case-insensitively after stemming (see {@link LanguageAnalysis}): "joint declarations", "Russia's";</li>
 *   <li>leftmost-longest: at each position the longest term wins ("European Commission President" rather than
 *       "European Commission"); hits never overlap and come in text order;</li>
 *   <li>compound heads ({@link MatchOptions#compoundHeads()}, German by default): when no term starts at a word, a
 *       one-word term of at least {@code minCompoundHead} letters matches the end of it if at least
 *       {@code minCompoundPrefix} letters precede ("Landesverteidigung" has "Verteidigung", "Verteidigungsbündnis"
 *       does not); the hit covers the head only.</li>
 * </ul>
 * The terms are kept in a trie over token keys, so the cost of {@link #find(String)} grows with the text, not with
 * the glossary. When two terms have the same keys, the first in glossary order is reported.
 *
 * <p>Thread-safe, and immutable but for what it remembers: the keys and compound head of each distinct word it has
 * seen (up to a bound) and, per thread, the tokens of the last few texts, so {@link #find} and {@link #findAll} of one
 * text cut and analyse it once.
 */
public final class TermMatcher {
    private final String language;
    private final MatchOptions options;
    private final LanguageAnalysis analysis;
    private final TermMatchTokenizer tokenizer;
    private final TermTrie trie = new TermTrie();
    /** One-word terms by folded key, for compound heads. */
    private final Map<String, TermTrie.Entry> heads = new HashMap<>();
    /** The keys of each distinct word and punctuation token seen: a run's vocabulary is analysed once. */
    private final BoundedMemo<String, List<String>> wordKeys;
    private final BoundedMemo<String, List<String>> punctuationKeys;
    /** The compound head of each distinct word seen (empty: none). */
    private final BoundedMemo<String, Optional<Head>> compoundHeads = new BoundedMemo<>(MEMO_BOUND, this::compoundHead);
    /** The last texts' tokens and keys: {@link #find} and {@link #findAll} of the same text cut it once. */
    private final RecentTexts<Cut> recent = new RecentTexts<>(4, this::cut);

    /** How many distinct words the memos keep before they start again. */
    private static final int MEMO_BOUND = 50_000;

    /** A text cut into tokens, with the keys each token offers. */
    private record Cut(List<WordToken> tokens, List<List<String>> keys) {
    }

    /** A compound head: where in the word it starts, and its term. */
    private record Head(int offset, TermTrie.Entry entry) {
    }

    private TermMatcher(String language, MatchOptions options) {
        this.language = language;
        this.options = Objects.requireNonNull(options, "options");
        this.analysis = LanguageAnalysis.forLanguage(language);
        this.tokenizer = new TermMatchTokenizer(language);
        this.wordKeys = new BoundedMemo<>(MEMO_BOUND, w -> List.copyOf(analysis.textKeys(new WordToken(0, w.length(), w, true))));
        this.punctuationKeys = new BoundedMemo<>(MEMO_BOUND,
                p -> List.copyOf(analysis.textKeys(new WordToken(0, p.length(), p, false))));
    }

    /** Matches the source-language terms of each concept, with the default options of the source language. */
    public static TermMatcher forSource(Glossary glossary, String sourceLang, String targetLang) {
        return forSource(glossary, sourceLang, targetLang, MatchOptions.defaultsFor(sourceLang));
    }

    public static TermMatcher forSource(Glossary glossary, String sourceLang, String targetLang, MatchOptions options) {
        Objects.requireNonNull(targetLang, "targetLang");
        TermMatcher m = new TermMatcher(sourceLang, options);
        for (Concept c : glossary.concepts()) m.addAll(c, c.termsIn(sourceLang));
        return m;
    }

    /**
     * Matches the target-language terms of each concept (all of them, deprecated ones too, so that QA can flag them),
     * with the default options of the target language. A do-not-translate concept without target-language terms is
     * looked for with its source terms.
     */
    public static TermMatcher forTarget(Glossary glossary, String sourceLang, String targetLang) {
        return forTarget(glossary, sourceLang, targetLang, MatchOptions.defaultsFor(targetLang));
    }

    public static TermMatcher forTarget(Glossary glossary, String sourceLang, String targetLang, MatchOptions options) {
        TermMatcher m = new TermMatcher(targetLang, options);
        for (Concept c : glossary.concepts()) {
            List<Term> terms = c.termsIn(targetLang);
            m.addAll(c, terms.isEmpty() && c.doNotTranslate() ? c.termsIn(sourceLang) : terms);
        }
        return m;
    }

    /** The language whose terms this matcher finds. */
    public String language() {
        return language;
    }

    public MatchOptions options() {
        return options;
    }

    /** Number of distinct terms indexed. */
    public int size() {
        return trie.size();
    }

    private void addAll(Concept concept, List<Term> terms) {
        for (Term t : terms) add(concept, t);
    }

    /** A term and each of its variants (derived forms), all reported as the term. */
    private void add(Concept concept, Term term) {
        add(concept, term, term.text());
        for (String variant : term.variants()) add(concept, term, variant);
    }

    private void add(Concept concept, Term term, String text) {
        List<WordToken> tokens = tokenizer.tokenize(text);
        if (tokens.isEmpty()) return;
        List<String> keys = tokens.stream().map(tok -> analysis.termKey(tok, term.caseSensitive())).toList();
        TermTrie.Entry entry = new TermTrie.Entry(concept, term);
        trie.add(keys, entry);
        if (options.compoundHeads() && keys.size() == 1 && keys.get(0).charAt(0) == LanguageAnalysis.FOLDED
                && letters(text, 0, text.length()) >= options.minCompoundHead()) {
            heads.putIfAbsent(keys.get(0), entry);
        }
    }

    /** Non-overlapping hits in text order. */
    public List<TermHit> find(String text) {
        Cut cut = recent.get(text);
        List<WordToken> tokens = cut.tokens();
        List<List<String>> keys = cut.keys();
        List<TermHit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TermTrie.Match> m = trie.longestAt(keys, i);
            if (m.isPresent()) {
                int start = tokens.get(i).start();
                int end = tokens.get(m.get().to() - 1).end();
                hits.add(hit(text, start, end, m.get().entry()));
                i = m.get().to() - 1;
            } else if (!heads.isEmpty() && tokens.get(i).word()) {
                compoundHead(text, tokens.get(i)).ifPresent(hits::add);
            }
        }
        return List.copyOf(hits);
    }

    /**
     * Every hit, overlapping ones too: each term (or variant) starting at each word, and compound heads where none
     * starts. For "is this concept in the text": "EU-Staaten" holds both the EU ("EU") and the European Union (its
     * variant "EU-"), where {@link #find} reports only the longer.
     */
    public List<TermHit> findAll(String text) {
        Cut cut = recent.get(text);
        List<WordToken> tokens = cut.tokens();
        List<List<String>> keys = cut.keys();
        List<TermHit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<TermTrie.Match> all = trie.allAt(keys, i);
            for (TermTrie.Match m : all) {
                hits.add(hit(text, tokens.get(i).start(), tokens.get(m.to() - 1).end(), m.entry()));
            }
            if (all.isEmpty() && !heads.isEmpty() && tokens.get(i).word()) compoundHead(text, tokens.get(i)).ifPresent(hits::add);
        }
        return List.copyOf(hits);
    }

    private Cut cut(String text) {
        List<WordToken> tokens = tokenizer.tokenize(text);
        List<List<String>> keys = new ArrayList<>(tokens.size());
        for (WordToken t : tokens) keys.add((t.word() ? wordKeys : punctuationKeys).get(t.text()));
        return new Cut(List.copyOf(tokens), List.copyOf(keys));
    }

    /** The longest one-word term that ends the word, leaving at least minCompoundPrefix letters before it. */
    private Optional<TermHit> compoundHead(String text, WordToken word) {
        return compoundHeads.get(word.text())
                .map(h -> hit(text, word.start() + h.offset(), word.end(), h.entry()));
    }

    private Optional<Head> compoundHead(String w) {
        int total = letters(w, 0, w.length());
        if (total < options.minCompoundPrefix() + options.minCompoundHead()) return Optional.empty();
        int prefixLetters = 0;
        for (int i = 0; i < w.length(); ) {
            int cp = w.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) prefixLetters++;
            if (prefixLetters < options.minCompoundPrefix()) continue;
            if (total - prefixLetters < options.minCompoundHead()) break;
            for (String key : analysis.foldedKeys(w.substring(i))) {
                TermTrie.Entry e = heads.get(key);
                if (e != null) return Optional.of(new Head(i, e));
            }
        }
        return Optional.empty();
    }

    private static TermHit hit(String text, int start, int end, TermTrie.Entry e) {
        return new TermHit(start, end, text.substring(start, end), e.concept(), e.term());
    }

    private static int letters(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) n++;
            i += Character.charCount(cp);
        }
        return n;
    }
}
