package org.glossa.core.segment.news;

import java.util.BitSet;
import java.util.Locale;

/**
 * Finds sentence boundaries in one line of text in a single pass: every run of terminators (". ", "?! ", "...",
 * ". . . .", "." with closing quotes) is a candidate, decided by the words on either side with set look-ups, no
 * regular expressions. Immutable and thread-safe.
 */
final class BoundaryScanner {
    private final LanguagePack pack;

    BoundaryScanner(LanguagePack pack) {
        this.pack = pack;
    }

    /** Offsets where a new sentence starts, ascending, each in (0, length). */
    BitSet boundaries(String s) {
        int n = s.length();
        char[] cs = s.toCharArray(); // not charAt: on a UTF-16 string it calls a method C1 does not inline (0056)
        BitSet out = ListMarkers.itemStarts(s, cs, pack.inlineNumberedLists());
        BitSet listStarts = (BitSet) out.clone();
        BitSet embedded = hasQuoteOrBracket(cs) ? QuoteSpans.embedded(s) : new BitSet();
        for (int i = 0; i < n; i++) {
            if (!Chars.isTerminator(cs[i])) continue;
            if (embedded.get(i)) continue;
            int j = runEnd(s, i);
            int b = decide(s, i, j, listStarts);
            if (b > 0 && b < n) out.set(b);
            i = j - 1;
        }
        return out;
    }

    /** Whether {@link QuoteSpans#embedded} can find anything: a quotation mark or an opening bracket. */
    private static boolean hasQuoteOrBracket(char[] s) {
        for (char c : s) {
            switch (c) { // not a String.indexOf per character (decision 0059)
                case '"', '\'', '“', '„', '‘', '«', '»', '‚', '(', '[' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** End of the run of terminators at {@code i}: stops, ellipses spaced or not, closing quotes and brackets. */
    private static int runEnd(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            if (Chars.isTerminator(c) || Chars.isCloser(c)) {
                j++;
            } else if (c == ' ' && j + 1 < n && s.charAt(j + 1) == '.' && s.charAt(j - 1) == '.'
                    && (j + 2 == n || " .".indexOf(s.charAt(j + 2)) >= 0 || Chars.isCloser(s.charAt(j + 2)))) {
                j++; // ". . ."
            } else {
                break;
            }
        }
        return j;
    }

    /** Where the sentence ends for the run [i, j), or -1 when it goes on. */
    private int decide(String s, int i, int j, BitSet listStarts) {
        int n = s.length();
        int k = j;
        while (k < n && Chars.isSpace(s.charAt(k))) k++;
        if (k == n) return -1;
        int dots = 0;
        boolean strong = false;
        boolean fullWidth = false;
        boolean ellipsis = false;
        boolean spaced = false;
        for (int p = i; p < j; p++) {
            char c = s.charAt(p);
            if (c == '.') dots++;
            else if (c == '…') ellipsis = true;
            else if (c == ' ') spaced = true;
            else if (Chars.isStrong(c)) strong = true;
            else if (Chars.isFullWidth(c)) fullWidth = true;
        }
        if (fullWidth) return j;
        if (k == j) {
            int f = footnoteEnd(s, i, j);
            if (f > 0) return f;
            return dots == 1 && j == i + 1 && missingSpace(s, i) ? j : -1;
        }
        char next = s.charAt(k);
        if (Chars.isLower(next) || ",;:".indexOf(next) >= 0) return -1;
        if (strong) return "(-–—".indexOf(next) >= 0 ? -1 : j; // "voila! -- you have cake
        if (ellipsis || dots >= 2) return ellipsis(s, i, j, k, dots, spaced);
        return period(s, i, j, k, listStarts);
    }

    /** "...", "…", ". . .", ". . . ." before a word that is not lower case. */
    private static int ellipsis(String s, int i, int j, int k, int dots, boolean spaced) {
        boolean attached = i > 0 && !Chars.isSpace(s.charAt(i - 1));
        if (spaced && !attached) return dots >= 4 ? j : -1; // " . . . I didn't" goes on; " . . . . Next" ends
        if (spaced && dots >= 4) return i + 1;              // "compounds. . . . The" ends after "compounds."
        return capitalNext(s, k) ? j : -1;
    }

    /** A single period, maybe with closing quotes or brackets, before a space and a character that is not lower case. */
    private int period(String s, int i, int j, int k, BitSet listStarts) {
        int ws = i;
        while (ws > 0 && !Chars.isSpace(s.charAt(ws - 1))) ws--;
        while (ws < i && (Chars.isOpener(s.charAt(ws)) || Chars.isBullet(s.charAt(ws)))) ws++;
        String w = s.substring(ws, i);
        if (w.isEmpty()) return j;
        boolean closed = j > i + 1;
        char next = s.charAt(k);
        String number = digits(w);
        if (number != null) {
            if (number.length() <= 2 && atSentenceStart(s, ws, listStarts) && !afterAbbreviation(s, ws, listStarts)) {
                return -1; // "1. The first item"
            }
            if (closed) return j;
            if (pack.numericOrdinals() && number.length() <= 2 && !pack.starters().contains(nextWord(s, k))) return -1;
            return j;
        }
        if (w.length() == 1 && Character.isLetter(w.charAt(0))) {
            if (atSentenceStart(s, ws, listStarts)) return -1; // "a. The first item", "Q. What is it?"
            if (closed) return j;
            return pronounI(s, w, ws) && capitalNext(s, k) ? j : -1; // initials: "Jonas E. Smith", but "you and I. Did"
        }
        if (closed) return j;
        String lw = w.toLowerCase(Locale.ROOT);
        if (isMultiPeriod(w) || pack.times().contains(lw)) return multiPeriod(s, j, k, lw);
        lw = lw.substring(lw.lastIndexOf('.') + 1); // "Tuesday.Mr" after a missing space
        if (pack.titles().contains(lw)) return -1;
        boolean abbreviation = pack.abbreviations().contains(lw);
        if (Character.isDigit(next)) return abbreviation || pack.numberAbbreviations().contains(lw) ? -1 : j;
        if (!abbreviation) return j;
        if (next == '(') return -1; // "Company A Inc. (“Company A”)"
        String nextWord = nextWord(s, k);
        if (pack.starters().contains(nextWord)) return j;
        return !pack.capitalizedNouns() && isCapitalized(nextWord) ? j : -1;
    }

    /** "U.S.", "e.g.", "a.m.": the sentence ends before a sentence starter (or, after a clock time, a capital). */
    private int multiPeriod(String s, int j, int k, String lw) {
        char next = s.charAt(k);
        String nextWord = nextWord(s, k);
        if (pack.times().contains(lw)) {
            if (Character.isDigit(next) || pack.timeContinuations().contains(nextWord.toLowerCase(Locale.ROOT))) return -1;
            return capitalNext(s, k) ? j : -1;
        }
        return pack.starters().contains(nextWord) ? j : -1;
    }

    /**
     * Footnote references glued to the stop, then a space and a capital: "martyr.[1] The", "large.[7][8] This",
     * "consultation.11 12 Take", "(type 2).10 This". Returns where the sentence ends, or -1.
     */
    private static int footnoteEnd(String s, int i, int j) {
        int n = s.length();
        if (j != i + 1 || s.charAt(i) != '.' || i == 0) return -1;
        char before = s.charAt(i - 1);
        if (!Character.isLetter(before) && before != ')') return -1;
        int e = j;
        if (s.charAt(e) == '[') {
            while (e < n && s.charAt(e) == '[') {
                int d = e + 1;
                while (d < n && Character.isDigit(s.charAt(d))) d++;
                if (d == e + 1 || d - e > 4 || d >= n || s.charAt(d) != ']') return -1;
                e = d + 1;
            }
        } else {
            while (true) {
                int d = e;
                while (d < n && Character.isDigit(s.charAt(d))) d++;
                if (d == e || d - e > 3) return -1;
                e = d;
                if (e + 1 < n && s.charAt(e) == ' ' && Character.isDigit(s.charAt(e + 1))) e++;
                else break;
            }
        }
        int k = e;
        while (k < n && Chars.isSpace(s.charAt(k))) k++;
        return k > e && k < n && capitalNext(s, k) ? e : -1;
    }

    /**
     * A missing space after the stop: "Hello world.Today is Tuesday.Mr. Smith", "the world.@handle"; not
     * "Jane.Doe@example.com" or "www.testurl.Awesome.com".
     */
    private boolean missingSpace(String s, int i) {
        int n = s.length();
        if (i == 0 || i + 2 >= n) return false;
        char before = s.charAt(i - 1);
        if (!(Chars.isLower(before) || Character.isDigit(before))) return false;
        boolean handle = s.charAt(i + 1) == '@' && Character.isLetter(s.charAt(i + 2)) && Chars.isLower(before); // "world.@RoshniMaj"
        if (!handle && (!Chars.isUpper(s.charAt(i + 1)) || !Chars.isLower(s.charAt(i + 2)))) return false;
        int ts = i;
        while (ts > 0 && !Chars.isSpace(s.charAt(ts - 1))) ts--;
        int te = i + 1;
        while (te < n && !Chars.isSpace(s.charAt(te))) te++;
        String left = s.substring(ts, i);
        String right = s.substring(i + 1, te);
        if (left.indexOf('.') >= 0 || left.indexOf('/') >= 0 || left.indexOf('@') >= 0) return false;
        if (!handle && right.indexOf('@') >= 0) return false;
        if (pack.titles().contains(left.toLowerCase(Locale.ROOT))) return false;
        for (int p = 0; p + 1 < right.length(); p++) {
            if (right.charAt(p) == '.' && Character.isLetterOrDigit(right.charAt(p + 1))) return false;
        }
        return true;
    }

    private boolean pronounI(String s, String w, int ws) {
        if (!pack.pronounI() || !w.equals("I")) return false;
        int p = ws - 1;
        while (p >= 0 && Chars.isSpace(s.charAt(p))) p--;
        int e = p + 1;
        while (p >= 0 && !Chars.isSpace(s.charAt(p))) p--;
        return e > p + 1 && Chars.isLower(s.charAt(p + 1));
    }

    /** True when only spaces and bullets stand between the last sentence end (or line start) and {@code ws}. */
    private static boolean atSentenceStart(String s, int ws, BitSet listStarts) {
        int p = ws - 1;
        while (p >= 0 && (Chars.isSpace(s.charAt(p)) || Chars.isBullet(s.charAt(p)) || Chars.isOpener(s.charAt(p)))) {
            if (listStarts.get(p + 1)) return true;
            p--;
        }
        if (p < 0 || listStarts.get(p + 1)) return true;
        char c = s.charAt(p);
        return Chars.isTerminator(c) || Chars.isCloser(c) && p > 0 && Chars.isTerminator(s.charAt(p - 1));
    }

    /**
     * True when the stop before the word at {@code ws} belongs to an abbreviation that does not end a sentence and
     * no list item starts at the word: "on Jan. 10. The", "in Fig. 3. The" (an AP-style date or a reference ends
     * the sentence, it is no list item).
     */
    private boolean afterAbbreviation(String s, int ws, BitSet listStarts) {
        if (listStarts.get(ws)) return false;
        int p = ws - 1;
        while (p >= 0 && Chars.isSpace(s.charAt(p))) p--;
        if (p < 1 || p == ws - 1 || s.charAt(p) != '.') return false;
        int a = p;
        while (a > 0 && !Chars.isSpace(s.charAt(a - 1))) a--;
        while (a < p && Chars.isOpener(s.charAt(a))) a++;
        String w = s.substring(a, p).toLowerCase(Locale.ROOT);
        return !w.isEmpty() && (pack.abbreviations().contains(w) || pack.numberAbbreviations().contains(w));
    }

    /** The digits of a number like "12", "-3", "1,000", "1026.253.553"; null when {@code w} is not one. */
    private static String digits(String w) {
        int start = w.charAt(0) == '-' || w.charAt(0) == '$' ? 1 : 0;
        if (start >= w.length()) return null;
        for (int p = start; p < w.length(); p++) {
            char c = w.charAt(p);
            if (!Character.isDigit(c) && ((c != ',' && c != '.') || p == start)) return null;
        }
        return w.substring(start);
    }

    /** Letters in groups of one or two separated by periods: "U.S", "e.g", "Ph.D", "u.a". */
    private static boolean isMultiPeriod(String w) {
        int group = 0;
        int groups = 1;
        for (int p = 0; p < w.length(); p++) {
            char c = w.charAt(p);
            if (c == '.') {
                if (group == 0) return false;
                group = 0;
                groups++;
            } else if (Character.isLetter(c) && ++group <= 2) {
                continue;
            } else {
                return false;
            }
        }
        return groups >= 2 && group > 0;
    }

    /** The word at {@code k} without opening quotes and trailing punctuation. */
    private static String nextWord(String s, int k) {
        int n = s.length();
        int a = k;
        while (a < n && Chars.isOpener(s.charAt(a))) a++;
        int b = a;
        while (b < n && (Character.isLetterOrDigit(s.charAt(b)) || s.charAt(b) == '\'' || s.charAt(b) == '’')) b++;
        return s.substring(a, b);
    }

    private static boolean isCapitalized(String word) {
        return word.length() >= 2 && Chars.isUpper(word.charAt(0)) && Chars.isLower(word.charAt(1));
    }

    /** A capital at {@code k}, maybe after opening quotes. */
    private static boolean capitalNext(String s, int k) {
        int n = s.length();
        while (k < n && Chars.isOpener(s.charAt(k)) && s.charAt(k) != '(') k++;
        return k < n && Chars.isUpper(s.charAt(k));
    }
}
