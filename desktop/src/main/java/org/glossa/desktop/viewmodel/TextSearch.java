package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * Finding and replacing in segment content. Only text is searched: a match never covers an inline code (it lies
 * within one text run), so replacing can never damage a code. Offsets are display offsets (codes as placeholders,
 * see {@link TagText}).
 */
public final class TextSearch {

    /** What to look for. */
    public record Query(String text, boolean matchCase, boolean wholeWords, boolean regex) {

        /** The query as a pattern; throws {@link PatternSyntaxException} for a bad regular expression. */
        public Pattern pattern() {
            String body = regex ? text : Pattern.quote(text);
            if (wholeWords) body = "(?<![\\p{L}\\p{N}_])(?:" + body + ")(?![\\p{L}\\p{N}_])";
            int flags = matchCase ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            return Pattern.compile(body, flags);
        }
    }

    /** A match from display offset {@code start} to {@code end}; {@code text} is what it matched. */
    public record Hit(int start, int end, String text) {
    }

    private TextSearch() {
    }

    /** The non-empty matches of {@code pattern} in the text runs of {@code content}, in order. */
    public static List<Hit> find(Pattern pattern, Content content) {
        List<Hit> out = new ArrayList<>();
        int display = 0;
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text text) {
                Matcher m = pattern.matcher(text.value());
                while (m.find()) {
                    if (m.end() > m.start()) out.add(new Hit(display + m.start(), display + m.end(), m.group()));
                }
                display += text.value().length();
            } else {
                display += TagText.placeholder((Inline.Tag) part).length();
            }
        }
        return out;
    }

    /** {@code content} with every match replaced; {@code replacement} may use $1… when {@code regex}. */
    public static Replaced replaceAll(Pattern pattern, Content content, String replacement, boolean regex) {
        String with = regex ? replacement : Matcher.quoteReplacement(replacement);
        List<Inline> parts = new ArrayList<>();
        int count = 0;
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text text) {
                Matcher m = pattern.matcher(text.value());
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    if (m.end() == m.start()) continue;
                    m.appendReplacement(sb, with);
                    count++;
                }
                m.appendTail(sb);
                parts.add(new Inline.Text(sb.toString()));
            } else {
                parts.add(part);
            }
        }
        return new Replaced(new Content(parts), count);
    }

    /**
     * {@code content} with the one match at display offset {@code hit} replaced; the content unchanged when the
     * match is no longer there.
     */
    public static Replaced replaceOne(Pattern pattern, Content content, Hit hit, String replacement, boolean regex) {
        String with = regex ? replacement : Matcher.quoteReplacement(replacement);
        List<Inline> parts = new ArrayList<>();
        int display = 0;
        int count = 0;
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text text) {
                String value = text.value();
                int local = hit.start() - display;
                if (count == 0 && local >= 0 && local < value.length()) {
                    Matcher m = pattern.matcher(value);
                    if (m.find(local) && m.start() == local && m.end() == hit.end() - display) {
                        StringBuilder sb = new StringBuilder();
                        m.appendReplacement(sb, with);
                        sb.append(value, m.end(), value.length());
                        value = sb.toString();
                        count = 1;
                    }
                }
                parts.add(new Inline.Text(value));
                display += text.value().length();
            } else {
                parts.add(part);
                display += TagText.placeholder((Inline.Tag) part).length();
            }
        }
        return new Replaced(new Content(parts), count);
    }

    /** Content after replacing and how many matches were replaced. */
    public record Replaced(Content content, int count) {
    }
}
