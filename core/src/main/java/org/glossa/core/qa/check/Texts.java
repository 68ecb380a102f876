package org.glossa.core.qa.check;

import java.util.List;
import org.glossa.core.qa.Span;
import org.glossa.core.text.WordToken;

/** Small text helpers shared by the checks. */
final class Texts {
    private Texts() {
    }

    /** Whitespace including no-break spaces (U+00A0, U+202F, U+2007), which {@link String#isBlank()} misses. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(String s) {
        return s.codePoints().allMatch(Texts::isSpace);
    }

    /** Length of the leading whitespace. */
    static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) i++;
        return i;
    }

    /** Index where the trailing whitespace starts. */
    static int trailingSpaceStart(String s) {
        int i = s.length();
        while (i > 0 && isSpace(s.charAt(i - 1))) i--;
        return i;
    }

    /** The text without leading and trailing whitespace (no-break spaces included). */
    static String strip(String s) {
        int start = leadingSpace(s);
        int end = trailingSpaceStart(s);
        return start >= end ? "" : s.substring(start, end);
    }

    /** Where a word is in its text. */
    static Span span(WordToken word) {
        return new Span(word.start(), word.end());
    }

    /** Whether a text holds an ASCII digit 0-9 (what {@code \d} matches without UNICODE_CHARACTER_CLASS). */
    static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** The number of letters in a text. */
    static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetter).count();
    }

    /** The text with the given spans replaced by spaces, so that offsets stay the same. */
    static String blank(String s, List<Span> spans) {
        char[] chars = s.toCharArray();
        for (Span sp : spans) for (int i = sp.start(); i < sp.end(); i++) chars[i] = ' ';
        return new String(chars);
    }
}
