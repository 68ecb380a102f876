package org.glossa.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The word count of analyses, batch reports and the editor's counts, with ICU's word boundaries: every token that
 * contains a letter or a digit is a word (a number is one word, as in Trados and Okapi's word count); punctuation
 * and inline codes are not counted. The other tokenizers of this package serve other purposes (memory matching,
 * term matching, QA, editing); {@link #bySpaces} is the rough length structure recovery's rules use.
 */
public final class WordCount {
    private final BreakIterator words;

    public WordCount(String language) {
        this.words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    }

    public int count(String text) {
        words.setText(text);
        int n = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE || containsLetterOrDigit(text, start, end)) n++;
        }
        return n;
    }

    private static boolean containsLetterOrDigit(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            // ASCII (the spaces and punctuation between words, mostly) without Character's table look-up (0059)
            if (c < 0x80 ? c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The number of white-space-separated pieces of {@code text}: the length structure recovery's rules measure
     * (a title has at most 25, a byline at most 12), the same in every language and for every kind of piece.
     */
    public static int bySpaces(String text) {
        // a loop instead of split("\\s+"): structure recovery counts every block of every article (JFR, issue 17)
        if (text.isBlank()) return 0;
        String t = text.trim();
        int words = 1;
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = isRegexSpace(t.charAt(i));
            if (space && !inSpace) words++;
            inSpace = space;
        }
        return words;
    }

    /** The characters of the regular expression {@code \\s}: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
