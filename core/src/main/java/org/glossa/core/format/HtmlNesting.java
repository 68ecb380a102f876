package org.glossa.core.format;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.glossa.core.InputException;
import org.glossa.core.model.Original;

/**
 * How deep the elements of an HTML page nest, counted in one linear pass before Okapi's HTML filter sees the page.
 * The filter's time grows with the square of the nesting depth (40,000 nested {@code <div>}s, 440 KB: about a
 * minute; 100,000: no end), so a page nested deeper than {@link #MAX_DEPTH} is refused with a message naming it.
 * Browsers do not build trees that deep either (Chromium's parser stops nesting at 512).
 *
 * <p>Counted are the start tags of elements that need an end tag; void elements ({@code <br>}), self-closed tags
 * and elements whose end tag may be left out ({@code <p>}, {@code <li>}, {@code <td>}…) are not, so a page of
 * unclosed paragraphs is no deep page. Comments, declarations and the raw text of {@code <script>},
 * {@code <style>}, {@code <textarea>} and {@code <title>} hold no tags.
 */
final class HtmlNesting {
    /** The deepest nesting read; deeper pages are refused. */
    static final int MAX_DEPTH = 1_000;

    private static final Set<String> NOT_COUNTED = Set.of(
            // void elements
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr", "keygen", "command", "basefont", "frame", "isindex",
            // end tag optional
            "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
            "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "plaintext");

    private HtmlNesting() {
    }

    /** Refuses {@code page} (in the encoding it is read with) when its elements nest deeper than {@link #MAX_DEPTH}. */
    static void check(Original page, String fileName) {
        Charset cs = Charset.isSupported(page.encoding()) ? Charset.forName(page.encoding()) : StandardCharsets.ISO_8859_1;
        String html = new String(page.bytes(), cs);
        int at = firstBeyond(html, MAX_DEPTH);
        if (at >= 0) {
            throw new InputException(fileName, "HTML elements nested more than " + MAX_DEPTH + " deep (line "
                    + line(html, at) + "): refused, Glossa reads pages nested at most " + MAX_DEPTH
                    + " deep (the HTML filter's time grows with the square of the depth)");
        }
    }

    /** The offset of the start tag that opens the element at depth {@code limit + 1}, or -1 when none does. */
    static int firstBeyond(String html, int limit) {
        int depth = 0;
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) break;
            char c = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                i = skipPast(html, lt + 4, "-->");
            } else if (c == '!' || c == '?') {
                i = skipPast(html, lt + 2, ">");
            } else if (c == '/' && lt + 2 < n && isAsciiLetter(html.charAt(lt + 2))) {
                int end = nameEnd(html, lt + 2);
                if (!NOT_COUNTED.contains(html.substring(lt + 2, end).toLowerCase(Locale.ROOT)) && depth > 0) depth--;
                i = skipPast(html, end, ">");
            } else if (isAsciiLetter(c)) {
                int end = nameEnd(html, lt + 1);
                String name = html.substring(lt + 1, end).toLowerCase(Locale.ROOT);
                int close = tagEnd(html, end);
                boolean selfClosed = close > 0 && html.charAt(close - 1) == '/';
                i = close < 0 ? n : close + 1;
                if (RAW_TEXT.contains(name)) {
                    i = rawTextEnd(html, i, name);
                } else if (!selfClosed && !NOT_COUNTED.contains(name) && ++depth > limit) {
                    return lt;
                }
            } else {
                i = lt + 1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int nameEnd(String html, int from) {
        int i = from;
        while (i < html.length() && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-'
                || html.charAt(i) == ':' || html.charAt(i) == '_' || html.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    /** The offset of the '>' that ends a start tag whose attributes begin at {@code from}; quoted values may hold '>'. */
    private static int tagEnd(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static int skipPast(String html, int from, String end) {
        int at = html.indexOf(end, from);
        return at < 0 ? html.length() : at + end.length();
    }

    /** The offset after the end tag of a raw-text element ({@code </script>}), searched without regard to case. */
    private static int rawTextEnd(String html, int from, String name) {
        String lower = "</" + name;
        int i = from;
        while (true) {
            int at = html.indexOf("</", i);
            if (at < 0) return html.length();
            if (html.regionMatches(true, at, lower, 0, lower.length())) return skipPast(html, at, ">");
            i = at + 2;
        }
    }

    private static int line(String html, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (html.charAt(i) == '\n') line++;
        return line;
    }
}
