package org.glossa.core.qa.report;

import java.util.Optional;
import org.glossa.core.qa.Span;

/** Plain-text excerpts of a segment for the text report, with the finding's span marked »like this«. */
final class Excerpt {
    static final char OPEN = '»';
    static final char CLOSE = '«';
    static final char ELLIPSIS = '…';

    private Excerpt() {
    }

    /**
     * Replaces characters a terminal would act on or that would break the line with a visible stand-in of the
     * same length: line feed ↵, tab ⇥, other C0 controls and DEL their Unicode control pictures (␛ for escape),
     * C1 controls and lone surrogates U+FFFD. Offsets into the result are offsets into {@code s}.
     */
    static String visible(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char v = visibleChar(s, i);
            if (v != c && b == null) b = new StringBuilder(s).delete(i, s.length());
            if (b != null) b.append(v);
        }
        return b == null ? s : b.toString();
    }

    private static char visibleChar(String s, int i) {
        char c = s.charAt(i);
        if (c == '\n') return '↵';
        if (c == '\t') return '⇥';
        if (c < 0x20) return (char) (0x2400 + c);
        if (c == 0x7f) return '\u2421';
        if (c >= 0x80 && c <= 0x9f) return '\uFFFD';
        if (c == '\u2028' || c == '\u2029') return '↵';
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? c : '\uFFFD';
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1)) ? c : '\uFFFD';
        return c;
    }

    /** The span clamped to the text, so that a bad offset from a check cannot break a report. */
    static Optional<Span> within(Optional<Span> span, String text) {
        return span.map(sp -> {
            int start = Math.min(sp.start(), text.length());
            return new Span(start, Math.min(Math.max(sp.end(), start), text.length()));
        });
    }

    /** The marked text, with no length limit. */
    static String marked(String raw, Optional<Span> span) {
        String text = visible(raw);
        Optional<Span> sp = within(span, text);
        if (sp.isEmpty()) return text;
        int s = sp.get().start();
        int e = sp.get().end();
        return text.substring(0, s) + OPEN + text.substring(s, e) + CLOSE + text.substring(e);
    }

    /** The length of {@link #marked}. */
    static int markedLength(String raw, Optional<Span> span) {
        return raw.length() + (span.isPresent() ? 2 : 0);
    }

    /**
     * At most {@code width} characters of the text around the span, the span marked, cut text shown by an
     * ellipsis. About a third of the room beside the span goes to the text before it. Without a span, the start
     * of the text.
     */
    static String excerpt(String raw, Optional<Span> span, int width) {
        if (width < 4) throw new IllegalArgumentException("width too small: " + width);
        String text = visible(raw);
        int len = text.length();
        Optional<Span> sp = within(span, text);
        if (sp.isEmpty()) return len <= width ? text : text.substring(0, width - 1) + ELLIPSIS;
        int s = sp.get().start();
        int e = sp.get().end();
        if (cost(s, e, len) > width) {
            String inner = text.substring(s, e);
            String before = s > 0 ? "" + ELLIPSIS : "";
            return before + OPEN + inner.substring(0, width - 3 - before.length()) + ELLIPSIS + CLOSE;
        }
        int a = s;
        int b = e;
        while (a > 0 || b < len) {
            boolean left = a > 0 && (b == len || (s - a) * 2 < (b - e));
            int na = left ? a - 1 : a;
            int nb = left ? b : b + 1;
            if (cost(na, nb, len) > width) break;
            a = na;
            b = nb;
        }
        return (a > 0 ? "" + ELLIPSIS : "") + text.substring(a, s) + OPEN + text.substring(s, e) + CLOSE
                + text.substring(e, b) + (b < len ? "" + ELLIPSIS : "");
    }

    private static int cost(int a, int b, int len) {
        return (b - a) + 2 + (a > 0 ? 1 : 0) + (b < len ? 1 : 0);
    }
}
