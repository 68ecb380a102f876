package org.glossa.core.qa.report;

import java.util.Optional;
import org.glossa.core.qa.Span;

/** HTML escaping for the HTML report. */
final class Html {
    private Html() {
    }

    /**
     * {@code s} escaped for text and for quoted attribute values: {@code & < > " '} as references; C0 controls
     * other than tab, line feed and carriage return, and DEL, as their Unicode control pictures; C1 controls and
     * lone surrogates as U+FFFD (none of them may appear raw in HTML, and lone surrogates cannot be encoded).
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n', '\r' -> b.append(c);
                default -> {
                    if (c < 0x20) b.append((char) (0x2400 + c));
                    else if (c == 0x7f) b.append('\u2421');
                    else if (c >= 0x80 && c <= 0x9f) b.append('\uFFFD');
                    else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) b.append(c).append(s.charAt(++i));
                    else if (Character.isSurrogate(c)) b.append('\uFFFD');
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /**
     * The escaped text with the span wrapped in {@code <mark class="markClass">}; an empty span becomes an empty
     * mark shown as a caret. A span past the end of the text is clamped to it.
     */
    static String marked(String text, Optional<Span> span, String markClass, String label) {
        Optional<Span> sp = Excerpt.within(span, text);
        if (sp.isEmpty()) return esc(text);
        int s = sp.get().start();
        int e = sp.get().end();
        String open = "<mark class=\"" + esc(markClass) + (s == e ? " gap" : "") + "\" title=\"" + esc(label) + "\">";
        return esc(text.substring(0, s)) + open + esc(text.substring(s, e)) + "</mark>" + esc(text.substring(e));
    }
}
