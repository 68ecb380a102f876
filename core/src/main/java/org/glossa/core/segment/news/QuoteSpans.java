package org.glossa.core.segment.news;

import java.util.BitSet;

/**
 * Text in parentheses or square brackets never breaks ("[16:  firma? 13:28]", "(Ind.)"). Quotations embedded in a sentence: a quotation whose closing mark is followed by a lower-case word or a
 * parenthesis ("'Well! Oh dear!' thought Alice") is part of the sentence around it, so nothing inside breaks.
 * A quotation followed by a capital ("…divide us. On both counts, he failed," Stoltenberg said) is split as usual.
 */
final class QuoteSpans {
    /** How far a closing mark is looked for, in characters. */
    private static final int MAX_QUOTE = 1000;

    private QuoteSpans() {
    }

    /** The offsets inside brackets and embedded quotations, or an empty set. */
    static BitSet embedded(String s) {
        BitSet inside = new BitSet();
        int n = s.length();
        for (int p = 0; p < n; p++) {
            char open = s.charAt(p);
            if (open == '(' || open == '[') {
                int q = s.indexOf(open == '(' ? ')' : ']', p + 1);
                if (q > p && q - p < MAX_QUOTE && s.lastIndexOf(open, q - 1) == p) inside.set(p, q + 1);
                continue;
            }
            if (!isOpeningQuote(open) || (p > 0 && !Chars.isSpace(s.charAt(p - 1)) && "([—–-".indexOf(s.charAt(p - 1)) < 0)) {
                continue;
            }
            int q = closing(s, p, open);
            if (q < 0) continue;
            int m = q + 1;
            while (m < n && ",;:".indexOf(s.charAt(m)) >= 0) m++;
            while (m < n && Chars.isSpace(s.charAt(m))) m++;
            if (m < n && (Chars.isLower(s.charAt(m)) || s.charAt(m) == '(')) inside.set(p, q + 1);
            p = q;
        }
        return inside;
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '„' || c == '‚' || c == '«' || c == '»';
    }

    private static int closing(String s, int p, char open) {
        int end = Math.min(s.length(), p + MAX_QUOTE);
        for (int q = p + 1; q < end; q++) {
            char c = s.charAt(q);
            if (!closes(open, c) || Chars.isSpace(s.charAt(q - 1))) continue;
            boolean apostrophe = (c == '\'' || c == '’') && q + 1 < s.length() && Character.isLetter(s.charAt(q + 1));
            if (!apostrophe) return q;
        }
        return -1;
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '"' -> c == '"';
            case '\'' -> c == '\'';
            case '“' -> c == '”';
            case '‘' -> c == '’';
            case '„' -> c == '“' || c == '”';
            case '‚' -> c == '‘' || c == '’';
            case '«' -> c == '»';
            case '»' -> c == '«';
            default -> false;
        };
    }
}
