package org.glossa.core.mt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * Inline codes across a machine translation: each code of a segment becomes {@code <x id="N"/>} (N its position
 * among the segment's codes) and the text is XML-escaped; the translation is read back with each placeholder turned
 * into its code again. A placeholder the service dropped stays out (QA's {@code tag-mismatch} reports it; nothing is
 * appended silently), an unknown or repeated one is dropped.
 */
public final class MtCodes {
    private static final Pattern PLACEHOLDER = Pattern.compile("<x\\s+id=\"(\\d+)\"\\s*/>");

    private MtCodes() {
    }

    /** The text to send for {@code content}. */
    public static String protect(Content content) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (Inline p : content.parts()) {
            if (p instanceof Inline.Text t) {
                sb.append(escape(t.value()));
            } else {
                sb.append("<x id=\"").append(++n).append("\"/>");
            }
        }
        return sb.toString();
    }

    /** The translation {@code translated} of {@code source} as content, with the source's codes back in place. */
    public static Content restore(String translated, Content source) {
        List<Inline.Tag> tags = source.tags();
        List<Inline> parts = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(translated);
        int at = 0;
        while (m.find()) {
            addText(parts, unescape(translated.substring(at, m.start())));
            int n = Integer.parseInt(m.group(1));
            if (n >= 1 && n <= tags.size() && used.add(n)) parts.add(tags.get(n - 1));
            at = m.end();
        }
        addText(parts, unescape(translated.substring(at)));
        return new Content(parts);
    }

    private static void addText(List<Inline> parts, String text) {
        if (!text.isEmpty()) parts.add(new Inline.Text(text));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
