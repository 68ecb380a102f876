package org.glossa.core.tm.score;

import com.ibm.icu.util.ULocale;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import org.glossa.core.model.Content;
import org.glossa.core.text.FuzzyMatchTokenizer;
import org.glossa.core.tm.TmScorer;

/**
 * Scores memory entries the OmegaT/Trados way: by word-level edit distance on normalised tokens, with small
 * penalties when only white space, case, punctuation, tags or numbers differ.
 *
 * <h2>Tokens</h2>
 * ICU word boundaries cut the text. Words and numbers are word tokens; every other character except white space
 * (NBSP included) is a punctuation token; each inline tag is a tag token. Words are compared in NFKC form with
 * full case folding; a number is compared by its value, read with the source language's separators ("1,000" is
 * 1000 in English, "1.000" is 1000 in German), so "1000" and "1,000" are the same number.
 *
 * <h2>Score</h2>
 * <ul>
 *   <li><b>100</b>: the plain texts are equal and the tags are equal (kind, type, data) at the same offsets; tag
 *       ids are not compared.</li>
 *   <li><b>95–99</b>: the words are equal ignoring case, with numbers at the same places. Start at 100 and
 *       subtract for each kind of difference: case −1, punctuation −2, tags −2, numbers −3; keep within 95–99.
 *       A difference in white space or written form only (NFKC, "1000" vs "1,000") gives 99.</li>
 *   <li><b>0–94</b>: otherwise, {@code round(100 × (1 − d / max(n1, n2)))} with {@code d} the Levenshtein
 *       distance over the word tokens (numbers by value) and {@code n1}, {@code n2} the word counts, at most 94 —
 *       so any difference in words ranks below any candidate with the same words, whatever the sentence length.
 *       Case, punctuation and tags do not count in this band.</li>
 * </ul>
 * Short segments are scored by the same rule: one word against another scores 0 ("Yes." vs "No."), one word
 * changed of two scores 50.
 *
 * <p>Thread-safe. For many candidates, {@link #prepare} the segment once and call {@link #score(PreparedQuery,
 * Content)}.
 */
public final class MatchScorer implements TmScorer {
    private final Side source;
    private final Side target;

    /** One language's tokenizer and number reader. */
    private record Side(FuzzyMatchTokenizer tokenizer, LocaleNumbers numbers) {
        Side(ULocale locale) {
            this(new FuzzyMatchTokenizer(locale), new LocaleNumbers(locale));
        }

        Tokens tokenize(Content content) {
            Tokens.Builder b = new Tokens.Builder(numbers);
            return b.build(tokenizer.tokenize(content, b));
        }
    }

    /** A scorer for English sources and targets. */
    public MatchScorer() {
        this(Locale.ENGLISH, Locale.ENGLISH);
    }

    /** A scorer reading numbers of the source and target languages with their separators. */
    public MatchScorer(Locale sourceLanguage, Locale targetLanguage) {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        this.source = new Side(ULocale.forLocale(sourceLanguage));
        this.target = sourceLanguage.equals(targetLanguage) ? source : new Side(ULocale.forLocale(targetLanguage));
    }

    /** A scorer for a language pair given as BCP 47 tags ("en", "de-CH"). */
    public static MatchScorer forLanguages(String sourceLanguage, String targetLanguage) {
        return new MatchScorer(Locale.forLanguageTag(sourceLanguage), Locale.forLanguageTag(targetLanguage));
    }

    /** The segment tokenised for scoring against many candidates. */
    public PreparedQuery prepare(Content segment) {
        return new PreparedQuery(segment, source.tokenize(segment));
    }

    @Override
    public int score(Content segment, Content candidate) {
        return score(prepare(segment), candidate);
    }

    public int score(PreparedQuery segment, Content candidate) {
        return Comparison.score(segment.tokens, source.tokenize(candidate));
    }

    /** For a memory that keeps its entries' sources prepared: only the comparison, no tokenising. */
    public int score(PreparedQuery segment, PreparedQuery candidate) {
        return Comparison.score(segment.tokens, candidate.tokens);
    }

    /** The score with the kinds of difference behind it. */
    public MatchDetail detail(PreparedQuery segment, Content candidate) {
        Tokens c = source.tokenize(candidate);
        int mask = Comparison.differences(segment.tokens, c);
        EnumSet<Difference> differences = EnumSet.noneOf(Difference.class);
        for (Difference d : Difference.values()) {
            if ((mask & d.bit()) != 0) differences.add(d);
        }
        return new MatchDetail(Comparison.score(segment.tokens, c, mask), differences);
    }

    /**
     * {@code floor(words × (201 − 2 × minScore) / 200)}: a fuzzy score is {@code round(100 × (1 − d / max(n1, n2)))}
     * (halves up), so scoring {@code minScore} needs {@code d ≤ max(n1, n2) × (201 − 2 × minScore) / 200}; a
     * candidate that lacks {@code m} of the segment's {@code n1} words aligns at most {@code n1 − m} of them, so
     * {@code d ≥ max(n1, n2) − n1 + m}, hence {@code m ≤ n1 × (201 − 2 × minScore) / 200}. Scores of 95 and more
     * need all words. Words are compared as {@link Tokens} keys (NFKC, case-folded, numbers by value).
     */
    @Override
    public int maxMissingWords(int words, int minScore) {
        if (minScore <= 0) return words;
        return Math.max(0, words * (201 - 2 * minScore) / 200);
    }

    /**
     * The candidate's target with the segment's numbers, when the segment and the candidate's source differ only in
     * numbers (white space aside); otherwise, or when the numbers cannot be mapped unambiguously, the target itself.
     * See {@link NumberSubstitution} for the mapping.
     */
    @Override
    public Content adaptTarget(Content segment, Content candidateSource, Content candidateTarget) {
        return adaptTarget(prepare(segment), candidateSource, candidateTarget);
    }

    public Content adaptTarget(PreparedQuery segment, Content candidateSource, Content candidateTarget) {
        Tokens c = source.tokenize(candidateSource);
        int mask = Comparison.differences(segment.tokens, c);
        int allowed = Difference.NUMBERS.bit() | Difference.WHITESPACE.bit();
        if ((mask & Difference.NUMBERS.bit()) == 0 || (mask & ~allowed) != 0) return candidateTarget;
        return NumberSubstitution.adapt(segment.tokens, c, candidateTarget, target.tokenize(candidateTarget),
                target.numbers());
    }
}
