package org.glossa.core.segment.news;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * List items run together on one line: "1.) The first item 2.) The second item", "a) here b) there",
 * "• 9. The first item • 10. The second item". Two or more markers of one style in sequence (1, 2 or a, b) start
 * items; a bullet after a space always does.
 */
final class ListMarkers {
    private enum Style { NUMBER_DOT, NUMBER_DOT_PAREN, NUMBER_PAREN, LOWER_DOT, LOWER_DOT_PAREN, LOWER_PAREN, UPPER_PAREN }

    private record Marker(int start, Style style, int value) {
    }

    private ListMarkers() {
    }

    /**
     * Where list items start (a new segment), excluding offset 0. {@code cs} holds the chars of {@code s}: the loop
     * reads them, not {@code charAt}, which on a UTF-16 string calls a method C1 does not inline (decision 0056).
     */
    static BitSet itemStarts(String s, char[] cs, boolean inlineNumbers) {
        BitSet starts = new BitSet();
        List<Marker> markers = new ArrayList<>();
        int n = cs.length;
        for (int p = 0; p < n; p++) {
            char c = cs[p];
            boolean tokenStart = p == 0 || Chars.isSpace(cs[p - 1]) || Chars.isBullet(cs[p - 1]);
            if (!tokenStart || Chars.isSpace(c)) continue;
            if (Chars.isBullet(c)) {
                if (p > 0 && Chars.isSpace(cs[p - 1])) starts.set(p);
                continue;
            }
            Marker m = parse(s, cs, p, inlineNumbers);
            if (m != null) markers.add(m);
        }
        for (int i = 0; i + 1 < markers.size(); i++) {
            Marker a = markers.get(i);
            Marker b = markers.get(i + 1);
            if (a.style() == b.style() && b.value() == a.value() + 1) {
                starts.set(a.start());
                starts.set(b.start());
            }
        }
        starts.clear(0);
        return starts;
    }

    /**
     * A marker at token start {@code p}, followed by a space and text; its start includes a bullet before it. Every
     * marker has a '.' or ')' right after its one or two digits or its letter: a token without one (nearly every
     * word) is turned down on that alone (decision 0059).
     */
    private static Marker parse(String s, char[] cs, int p, boolean inlineNumbers) {
        int n = cs.length;
        int q = p;
        while (q < n && q - p < 2 && isDigit(cs[q])) q++;
        Style style;
        int value;
        if (q > p) {
            if (q < n && isDigit(cs[q])) return null;
            if (q == n || cs[q] != '.' && cs[q] != ')') return null;
            value = Integer.parseInt(s.substring(p, q));
            if (s.startsWith(".)", q)) { style = Style.NUMBER_DOT_PAREN; q += 2; }
            else if (s.startsWith(")", q)) { style = Style.NUMBER_PAREN; q += 1; }
            else if (s.startsWith(".", q)) { style = Style.NUMBER_DOT; q += 1; }
            else return null;
        } else {
            char c = cs[p];
            if (c > 'z' || p + 1 >= n || cs[p + 1] != '.' && cs[p + 1] != ')' || !Character.isLetter(c)) return null;
            q = p + 1;
            value = Character.toLowerCase(c) - 'a';
            if (Chars.isLower(c) && s.startsWith(".)", q)) { style = Style.LOWER_DOT_PAREN; q += 2; }
            else if (s.startsWith(")", q)) { style = Chars.isLower(c) ? Style.LOWER_PAREN : Style.UPPER_PAREN; q += 1; }
            else if (Chars.isLower(c) && s.startsWith(".", q)) { style = Style.LOWER_DOT; q += 1; }
            else return null;
        }
        if (q >= n || !Chars.isSpace(s.charAt(q))) return null;
        int text = q;
        while (text < n && Chars.isSpace(s.charAt(text))) text++;
        if (text >= n) return null;
        int start = p;
        if (p >= 2 && Chars.isBullet(s.charAt(p - 2)) && s.charAt(p - 1) == ' ') start = p - 2;
        else if (p >= 1 && Chars.isBullet(s.charAt(p - 1))) start = p - 1;
        if (style == Style.NUMBER_DOT) {
            // "for 1. above" is no list; "1. The first item" is, where inline lists are the language's habit
            if (!Chars.isUpper(s.charAt(text))) return null;
            if (!inlineNumbers && start > 0 && !Chars.isBullet(s.charAt(start))) return null;
        }
        return new Marker(start, style, value);
    }

    /** {@link Character#isDigit}, ASCII answered without its table look-up. */
    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }
}
