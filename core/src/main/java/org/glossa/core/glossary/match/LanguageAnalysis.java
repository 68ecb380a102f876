package org.glossa.core.glossary.match;

import org.glossa.core.text.TermMatchTokenizer;
import org.glossa.core.text.WordToken;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.glossa.core.lang.LanguageTags;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.*;

/**
 * How the words of one language become match keys. Every word gets a case-folded, stemmed key ("~" prefix) used by
 * ordinary terms; acronyms, case-sensitive terms and punctuation use the exact (Unicode-normalised) surface ("="
 * prefix). Stemming runs the word through a Lucene filter chain (one keyword token per call):
 * <ul>
 *   <li>English: EnglishPossessiveFilter, EnglishMinimalStemFilter (plurals only; "Russian" stays apart from "Russia";
 *       a few singulars in "-s" such as "news" are protected with SetKeywordMarkerFilter);
 *       the possessive filter also strips "'s" from exact surfaces, so "NATO's" matches the acronym NATO;</li>
 *   <li>German: GermanNormalizationFilter (ä/ae → a, ß → ss …), GermanLightStemFilter; text words additionally get the
 *       key of GermanMinimalStemFilter + GermanLightStemFilter, which reaches the genitive "-s" the light stemmer
 *       keeps after r and vowels ("Hauptquartiers", "Generalsekretärs", "Kiews");</li>
 *   <li>other languages: the Snowball stemmer of the language when Lucene has one, otherwise only case folding.</li>
 * </ul>
 * Thread-safe: Lucene analyzers keep their per-thread components themselves.
 */
final class LanguageAnalysis {
    static final char FOLDED = '~';
    static final char EXACT = '=';

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private static final Map<String, Supplier<SnowballStemmer>> SNOWBALL = Map.ofEntries(
            Map.entry("ar", ArabicStemmer::new), Map.entry("hy", ArmenianStemmer::new),
            Map.entry("eu", BasqueStemmer::new), Map.entry("ca", CatalanStemmer::new),
            Map.entry("da", DanishStemmer::new), Map.entry("nl", DutchStemmer::new),
            Map.entry("et", EstonianStemmer::new), Map.entry("fi", FinnishStemmer::new),
            Map.entry("fr", FrenchStemmer::new), Map.entry("el", GreekStemmer::new),
            Map.entry("hi", HindiStemmer::new), Map.entry("hu", HungarianStemmer::new),
            Map.entry("id", IndonesianStemmer::new), Map.entry("ga", IrishStemmer::new),
            Map.entry("it", ItalianStemmer::new), Map.entry("lt", LithuanianStemmer::new),
            Map.entry("ne", NepaliStemmer::new), Map.entry("no", NorwegianStemmer::new),
            Map.entry("nb", NorwegianStemmer::new), Map.entry("nn", NorwegianStemmer::new),
            Map.entry("pt", PortugueseStemmer::new), Map.entry("ro", RomanianStemmer::new),
            Map.entry("ru", RussianStemmer::new), Map.entry("sr", SerbianStemmer::new),
            Map.entry("es", SpanishStemmer::new), Map.entry("sv", SwedishStemmer::new),
            Map.entry("ta", TamilStemmer::new), Map.entry("tr", TurkishStemmer::new),
            Map.entry("yi", YiddishStemmer::new));

    /** Singular words ending in "s" that the minimal stemmer would cut ("news" is not "new"). */
    private static final CharArraySet ENGLISH_UNSTEMMED =
            CharArraySet.unmodifiableSet(new CharArraySet(List.of("news", "series", "species", "means"), false));

    private final String language;
    private final Analyzer stem;
    private final Optional<Analyzer> textVariant;
    private final Optional<Analyzer> clitics;

    private LanguageAnalysis(String language, Analyzer stem, Optional<Analyzer> textVariant, Optional<Analyzer> clitics) {
        this.language = language;
        this.stem = stem;
        this.textVariant = textVariant;
        this.clitics = clitics;
    }

    /** The analysis for a BCP 47 tag; only the primary language subtag counts. */
    static LanguageAnalysis forLanguage(String tag) {
        String lang = LanguageTags.language(tag);
        return switch (lang) {
            case "en" -> new LanguageAnalysis(lang,
                    chain(ts -> new EnglishMinimalStemFilter(
                            new SetKeywordMarkerFilter(new EnglishPossessiveFilter(ts), ENGLISH_UNSTEMMED))),
                    Optional.empty(), Optional.of(chain(EnglishPossessiveFilter::new)));
            case "de" -> new LanguageAnalysis(lang,
                    chain(ts -> new GermanLightStemFilter(new GermanNormalizationFilter(ts))),
                    Optional.of(chain(ts -> new GermanLightStemFilter(
                            new GermanMinimalStemFilter(new GermanNormalizationFilter(ts))))),
                    Optional.empty());
            default -> {
                Supplier<SnowballStemmer> snowball = SNOWBALL.get(lang);
                Analyzer a = snowball == null ? chain(ts -> ts) : chain(ts -> new SnowballFilter(ts, snowball.get()));
                yield new LanguageAnalysis(lang, a, Optional.empty(), Optional.empty());
            }
        };
    }

    String language() {
        return language;
    }

    /** The key a glossary term's token must meet. */
    String termKey(WordToken token, boolean caseSensitive) {
        String surface = surface(token.text());
        if (!token.word() || caseSensitive || isAcronym(surface)) return EXACT + surface;
        return FOLDED + analyze(stem, fold(surface));
    }

    /** All keys a text token offers, exact ones first. */
    List<String> textKeys(WordToken token) {
        String surface = surface(token.text());
        List<String> keys = new ArrayList<>(4);
        keys.add(EXACT + surface);
        if (!token.word()) return keys;
        clitics.ifPresent(a -> addNew(keys, EXACT + analyze(a, surface)));
        foldedKeys(surface, keys);
        return keys;
    }

    /** The folded keys of a word or of a part of one (compound heads). */
    List<String> foldedKeys(String word) {
        List<String> keys = new ArrayList<>(2);
        foldedKeys(surface(word), keys);
        return keys;
    }

    private void foldedKeys(String surface, List<String> keys) {
        String folded = fold(surface);
        addNew(keys, FOLDED + analyze(stem, folded));
        textVariant.ifPresent(a -> addNew(keys, FOLDED + analyze(a, folded)));
    }

    private static void addNew(List<String> keys, String key) {
        if (!keys.contains(key)) keys.add(key);
    }

    /** Two or more letters, all of them upper case ("EU", "NATO", "AFP"). */
    static boolean isAcronym(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (UCharacter.isLetter(cp)) {
                if (!UCharacter.isUUppercase(cp)) return false;
                letters++;
            }
            i += Character.charCount(cp);
        }
        return letters >= 2;
    }

    /** NFKC without default-ignorables (soft hyphens), typographic apostrophe and hyphen unified. */
    static String surface(String s) {
        String n = NFKC.normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (TermMatchTokenizer.isIgnorable(cp)) continue;
            switch (cp) {
                case '\u2019', '\u02BC' -> b.append('\'');
                case '\u2010', '\u2011' -> b.append('-');
                default -> b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    private static String fold(String surface) {
        return NFKC_CASEFOLD.normalize(surface);
    }

    private static String analyze(Analyzer analyzer, String word) {
        try (TokenStream ts = analyzer.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing " + word, e);
        }
    }

    /** A Lucene analyzer that treats its whole input as one token and runs {@code filters} on it. */
    private static Analyzer chain(Function<TokenStream, TokenStream> filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, filters.apply(source));
            }
        };
    }
}
