package org.glossa.core.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.glossa.core.model.Content;
import org.glossa.core.model.Format;
import org.glossa.core.model.Original;

/**
 * Plain text: paragraphs separated by blank lines. Writing puts back every byte that is not translated (the
 * byte-order mark, line endings, blank lines, trailing spaces), so a round trip without translation is
 * byte-identical.
 */
public final class PlainTextFormat implements DocumentFormat {
    /**
     * One or more blank (or whitespace-only) lines, including the line break that ends the paragraph. Searched for by
     * {@link #separator}, which finds what this pattern's {@code find} finds (PlainTextSeparatorTest) without the
     * regular expression engine's cost on every character of every article.
     */
    static final Pattern SEPARATOR = Pattern.compile("(?:\\r\\n|\\r|\\n)(?:[ \\t\\u00A0\\f]*(?:\\r\\n|\\r|\\n))+");

    @Override
    public Format format() {
        return Format.TEXT;
    }

    @Override
    public List<Block> read(Original original, String fileName, String sourceLanguage) {
        String text = TextDecoding.decode(original, fileName);
        List<Block> blocks = new ArrayList<>();
        for (Paragraph p : paragraphs(text)) {
            blocks.add(Block.plain(p.origin(), text.substring(p.start(), p.end())));
        }
        return blocks;
    }

    @Override
    public void write(Original original, String fileName, String sourceLanguage, String targetLanguage,
                      Map<String, Content> translations, OutputStream out) {
        String text = TextDecoding.decode(original, fileName);
        StringBuilder sb = new StringBuilder(text.length() + 256);
        int pos = 0;
        for (Paragraph p : paragraphs(text)) {
            sb.append(text, pos, p.start());
            Content t = translations.get(p.origin());
            sb.append(t == null ? text.substring(p.start(), p.end()) : t.plainText());
            pos = p.end();
        }
        sb.append(text.substring(pos));
        try {
            out.write(TextDecoding.encode(sb.toString(), original, fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Paragraph(String origin, int start, int end) {
    }

    private static List<Paragraph> paragraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int limit = tailStart(text);
        // the chars, read by the separator search instead of charAt (on a UTF-16 string it calls a method C1 does not
        // inline, decisions 0056 and 0059)
        char[] cs = text.toCharArray();
        int start = 0;
        int n = 0;
        while (start < limit) {
            long found = separator(cs, start, limit);
            int end = found < 0 ? limit : (int) (found >>> 32);
            int from = start;
            // leading blank lines at the very start belong to the skeleton
            while (from < end && (text.charAt(from) == '\n' || text.charAt(from) == '\r')) from++;
            if (end > from && !text.substring(from, end).isBlank()) out.add(new Paragraph("p" + (++n), from, end));
            if (end == limit) break;
            start = (int) found;
        }
        return out;
    }

    /**
     * The first match of {@link #SEPARATOR} in the chars {@code text} from {@code from}, the text ending at
     * {@code limit}: its start in the high 32 bits and its end in the low ones, or -1 when there is none. As the
     * pattern: a line break (\r\n before \r), then as many as there are of spaces, tabs, no-break spaces or form feeds
     * followed by a line break, at least one; when \r\n is followed by none, the \r alone is the first break and the
     * \n the second.
     */
    static long separator(char[] text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text[i];
            if (c != '\r' && c != '\n') continue;
            if (c == '\r' && i + 1 < limit && text[i + 1] == '\n') {
                int end = blankLines(text, i + 2, limit);
                if (end >= 0) return (long) i << 32 | end;
            }
            int end = blankLines(text, i + 1, limit);
            if (end >= 0) return (long) i << 32 | end;
        }
        return -1;
    }

    /** The end of the blank lines (each: spaces, tabs, no-break spaces, form feeds, a line break) at {@code at}; -1: none. */
    private static int blankLines(char[] text, int at, int limit) {
        int end = -1;
        for (int p = at; ; ) {
            while (p < limit && isBlankLineSpace(text[p])) p++;
            if (p < limit && text[p] == '\r') p += p + 1 < limit && text[p + 1] == '\n' ? 2 : 1;
            else if (p < limit && text[p] == '\n') p++;
            else return end;
            end = p;
        }
    }

    private static boolean isBlankLineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f';
    }

    /**
     * Where the text's tail of line breaks and whitespace begins (the first line break of the trailing whitespace
     * run), or the text's length when it does not end that way. Found by one backward scan, so texts full of
     * whitespace cannot make the separator search quadratic.
     */
    private static int tailStart(String text) {
        int i = text.length();
        int lineBreak = -1;
        while (i > 0 && isRegexSpace(text.charAt(i - 1))) {
            i--;
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') lineBreak = i;
        }
        return lineBreak < 0 ? text.length() : lineBreak;
    }

    /** The characters of the regex class {@code \\s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
