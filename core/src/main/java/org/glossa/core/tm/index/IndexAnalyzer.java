package org.glossa.core.tm.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.glossa.core.text.FuzzyMatchTokenizer;

/**
 * The index's analyzer: {@link StandardTokenizer} (Unicode word segmentation, UAX #29) and {@link WordKeyFilter} (each
 * word's key), for {@link IndexFields#GRAMS} then 3-grams of those keys. Lookups, concordance and live memories
 * analyse with its token streams.
 *
 * <p>The memory build also asks it for a word field's terms without a token stream ({@link #wordTerms}): a text whose
 * characters are all ASCII or Latin-1 letters is cut here by UAX #29's rules for those characters (a handful of
 * rules on a character's class and its neighbours'), each word keyed as {@link WordKeyFilter} keys it, with no
 * automaton, attributes or per-token state. The terms, their order and their types are the token stream's
 * ({@code IndexAnalyzerTest} compares them on the seeds, the shared interop files, a generated memory and random
 * strings of every character of U+0000–U+00FF); any other text is left to the token stream (decision 0063).
 *
 * <p>The word-break classes of U+0000–U+00FF: letters A–Z, a–z, ª, µ, º, À–ÿ but × and ÷ (ALetter), digits
 * (Numeric), {@code _} (ExtendNumLet), {@code :} and · (MidLetter), {@code , ;} (MidNum), {@code . '} (MidNumLet,
 * Single_Quote); the soft hyphen (Format, which rule WB4 makes invisible) and © and ® (emoji, StandardTokenizer's
 * {@code <EMOJI>} tokens) are not decided here; everything else breaks
 * on both sides. No break: letter × letter, letter × digit, digit × letter, digit × digit (WB5, WB8–10); letter
 * (MidLetter | MidNumLet) letter (WB6, 7); digit (MidNum | MidNumLet) digit (WB11, 12); (letter | digit | _) × _ and
 * _ × (letter | digit) (WB13a, b). A segment is a token when it holds a letter ({@code <ALPHANUM>}) or else a digit
 * ({@code <NUM>}). StandardTokenizer splits a token longer than 255 characters: a text with such a run is not
 * decided here.
 */
final class IndexAnalyzer extends Analyzer {
    private static final int MAX_TOKEN = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;
    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte UNDERSCORE = 3;
    private static final byte MID_LETTER = 4;
    private static final byte MID_NUM = 5;
    private static final byte MID_NUM_LET = 6;
    /** A character whose text the token stream analyses. */
    private static final byte UNDECIDED = 7;
    private static final byte[] CLASS = classes();

    /** Where {@link #wordTerms} puts a text's terms, in order. */
    interface Terms {
        /** The next term: {@code text}'s ASCII characters [start, end), lower-cased. */
        void ascii(String text, int start, int end, boolean number);

        /** The next term, {@code term}'s characters. */
        void chars(String term, boolean number);
    }

    /**
     * Token streams reused per field on a thread: with Lucene's default (one chain per thread, whichever field came
     * first) the {@code grams} field of a build with 3-grams was analysed by the words' chain since decision 0043,
     * and a query's 3-grams depended on which field its thread had analysed first (found in session 15; index
     * format 7 rebuilds such indexes).
     */
    IndexAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new WordKeyFilter(tokenizer);
        if (field.equals(IndexFields.GRAMS)) stream = new NGramTokenFilter(stream, 3, 3, true);
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static byte[] classes() {
        byte[] c = new byte[256];
        for (char x = 'a'; x <= 'z'; x++) c[x] = LETTER;
        for (char x = 'A'; x <= 'Z'; x++) c[x] = LETTER;
        for (char x = '\u00c0'; x <= '\u00ff'; x++) c[x] = LETTER;
        c['\u00d7'] = OTHER;
        c['\u00f7'] = OTHER;
        c['\u00aa'] = LETTER;
        c['\u00b5'] = LETTER;
        c['\u00ba'] = LETTER;
        for (char x = '0'; x <= '9'; x++) c[x] = DIGIT;
        c['_'] = UNDERSCORE;
        c[':'] = MID_LETTER;
        c['\u00b7'] = MID_LETTER;
        c[','] = MID_NUM;
        c[';'] = MID_NUM;
        c['.'] = MID_NUM_LET;
        c['\''] = MID_NUM_LET;
        c['\u00ad'] = UNDECIDED;
        c['\u00a9'] = UNDECIDED; // © and ® are emoji: StandardTokenizer makes them <EMOJI> tokens
        c['\u00ae'] = UNDECIDED;
        return c;
    }

    /**
     * Puts the terms this analyzer's token stream makes of {@code text} for {@code field} into {@code out} and
     * returns true, or returns false when it leaves the text to the token stream, for which the terms put by then
     * are to be discarded: for a field other than {@link IndexFields#WORDS} and {@link IndexFields#TARGET_WORDS}
     * (nothing put), or a text with a character above U+00FF, a soft hyphen, © or ®, or a run of more than 255
     * characters that are not breaks on both sides.
     */
    boolean wordTerms(String field, String text, Terms out) {
        return cuts(field) && cut(text, out);
    }

    /** Whether {@link #wordTerms} may decide texts of {@code field}: the word fields, not the 3-grams. */
    boolean cuts(String field) {
        return field.equals(IndexFields.WORDS) || field.equals(IndexFields.TARGET_WORDS);
    }

    /**
     * {@link #wordTerms} for a word field, in one pass: each character is classed once, where the cut reaches it
     * (a first pass that only checked whether the text could be cut was 28% of the cut's samples in a 10M build,
     * session 16), so a text left to the token stream may have put the terms before its first undecided character.
     */
    static boolean cut(String text, Terms out) {
        int n = text.length();
        int run = 0; // characters in a row that are not breaks on both sides (OTHER), up to and with the last classed
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c > 0xff) return false;
            byte x = CLASS[c];
            if (x == UNDECIDED) return false;
            run = x == OTHER ? 0 : run + 1;
            if (run > MAX_TOKEN) return false;
            if (x != LETTER && x != DIGIT && x != UNDERSCORE) {
                i++; // a break on both sides, or a mid character no word precedes: no token
                continue;
            }
            int start = i;
            boolean letter = x == LETTER;
            boolean digit = x == DIGIT;
            boolean ascii = c < 0x80;
            for (i++; i < n; ) {
                c = text.charAt(i);
                if (c > 0xff) return false;
                byte y = CLASS[c];
                if (y == UNDECIDED) return false;
                char d;
                if (y == LETTER || y == DIGIT || y == UNDERSCORE) { // WB5, WB8-10, WB13a, WB13b
                    if (++run > MAX_TOKEN) return false;
                    letter |= y == LETTER;
                    digit |= y == DIGIT;
                    ascii &= c < 0x80;
                    x = y;
                    i++;
                } else if (i + 1 < n && (d = text.charAt(i + 1)) <= 0xff && CLASS[d] == x
                        && (x == LETTER && (y == MID_LETTER || y == MID_NUM_LET) // WB6, WB7
                            || x == DIGIT && (y == MID_NUM || y == MID_NUM_LET))) { // WB11, WB12
                    run += 2; // the mid character and the letter or digit after it
                    if (run > MAX_TOKEN) return false;
                    ascii &= c < 0x80 && d < 0x80;
                    i += 2;
                } else {
                    break; // the character at i ends the word: classed again where the outer loop reaches it
                }
            }
            if (letter) {
                if (ascii) out.ascii(text, start, i, false);
                else out.chars(FuzzyMatchTokenizer.wordKey(text.substring(start, i)), false);
            } else if (digit) {
                out.ascii(text, start, i, true); // digits and _ , ; . ' are ASCII
            }
        }
        return true;
    }
}
