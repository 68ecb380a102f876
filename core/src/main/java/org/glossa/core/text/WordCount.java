package org.glossa.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words with ICU's word boundaries: every token that contains a letter or a digit is a word (a number is
 * one word, as in Trados and Okapi's word count); punctuation and inline codes are not counted.
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
        for (int i = start; i < end; i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }
}
