package org.glossa.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;

/**
 * The word count of analyses, batch reports and the editor's counts, with ICU's word boundaries: every token that
 * contains a letter or a digit is a word (a number is one word, as in Trados and Okapi's word count); punctuation
 * and inline codes are not counted. The other tokenizers of this package serve other purposes (memory matching,
 * term matching, QA, editing); {@link #bySpaces} is the rough length structure recovery's rules use.
 */
public final class WordCount {
    private final BreakIterator words;
    /** The text being counted, as the break iterator reads it (one per instance, reused). */
    private final Chars text = new Chars();

    public WordCount(String language) {
        this.words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    }

    public int count(String text) {
        char[] cs = this.text.reset(text);
        words.setText(this.text);
        int n = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE || containsLetterOrDigit(cs, start, end)) n++;
        }
        return n;
    }

    private static boolean containsLetterOrDigit(char[] s, int start, int end) {
        for (int i = start; i < end; i++) if (Character.isLetterOrDigit(s[i])) return true;
        return false;
    }

    /**
     * {@link java.text.StringCharacterIterator}'s behaviour over a reused {@code char[]}: the break iterator reads
     * every char through {@link #next()}, and the JDK's iterator reads them with {@code String.charAt}, which on a
     * UTF-16 string (an article with curly quotes) calls {@code String.checkIndex}, a method too large for the client
     * compiler to inline (decision 0056).
     */
    private static final class Chars implements CharacterIterator {
        private char[] chars = new char[128];
        private int end;
        private int pos;

        /** Holds {@code s} from index 0 and returns the array (valid until the next reset). */
        char[] reset(String s) {
            end = s.length();
            if (chars.length < end) chars = new char[Math.max(end, chars.length * 2)];
            s.getChars(0, end, chars, 0);
            pos = 0;
            return chars;
        }

        @Override
        public char first() {
            pos = 0;
            return current();
        }

        @Override
        public char last() {
            pos = end > 0 ? end - 1 : end;
            return current();
        }

        @Override
        public char current() {
            return pos >= 0 && pos < end ? chars[pos] : DONE;
        }

        @Override
        public char next() {
            if (pos < end - 1) return chars[++pos];
            pos = end;
            return DONE;
        }

        @Override
        public char previous() {
            if (pos > 0) return chars[--pos];
            return DONE;
        }

        @Override
        public char setIndex(int position) {
            if (position < 0 || position > end) throw new IllegalArgumentException("Invalid index " + position);
            pos = position;
            return current();
        }

        @Override
        public int getBeginIndex() {
            return 0;
        }

        @Override
        public int getEndIndex() {
            return end;
        }

        @Override
        public int getIndex() {
            return pos;
        }

        @Override
        public Object clone() {
            try {
                Chars copy = (Chars) super.clone();
                copy.chars = chars.clone(); // this one's array is refilled by the next count
                return copy;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /**
     * The number of white-space-separated pieces of {@code text}: the length structure recovery's rules measure
     * (a title has at most 25, a byline at most 12), the same in every language and for every kind of piece.
     */
    public static int bySpaces(String text) {
        // a loop instead of split("\\s+"): structure recovery counts every block of every article (JFR, issue 17)
        if (text.isBlank()) return 0;
        char[] t = text.trim().toCharArray(); // not charAt: see Chars
        int words = 1;
        boolean inSpace = false;
        for (char c : t) {
            boolean space = isRegexSpace(c);
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
