package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.qa.Span;
import org.glossa.core.text.RecentTexts;

/**
 * Finds URLs, e-mail addresses and social-media handles (@RoshniMaj) in plain text. Patterns have no repeated
 * groups (deep recursion in java.util.regex), lengths are bounded and an e-mail address only starts at the start of a token, so matching stays linear; trailing
 * sentence punctuation is cut off a URL.
 */
final class Links {
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|ftp://|www\\.)[^\\s<>\"“”„«»‚‘]+");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}@"
                    + "[\\p{L}\\p{N}-][\\p{L}\\p{N}.-]{0,252}\\.\\p{L}{2,24}(?![\\p{L}\\p{N}])");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_/@])@[A-Za-z0-9_]{1,30}\\b");
    private static final String TRAILING = ".,;:!?'\")]}»«“”’>";

    enum Kind { URL, EMAIL, HANDLE }

    record Link(Kind kind, String text, Span span) {
    }

    private Links() {
    }

    /** A segment's texts are searched by several checks (url-email-mismatch, untranslated, wrong-language): once. */
    private static final RecentTexts<List<Link>> RECENT = new RecentTexts<>(4, Links::search);

    /**
     * Links in order of position; an e-mail inside a URL or a handle inside either is not counted twice. An
     * unmodifiable list, the same one for a text this thread searched lately.
     */
    static List<Link> find(String text) {
        return RECENT.get(text);
    }

    private static List<Link> search(String text) {
        List<Link> out = new ArrayList<>();
        // every URL the pattern finds holds "://" or "www." (in any case): a text without either has none
        if (text.contains("://") || containsWww(text)) {
            Matcher m = URL.matcher(text);
            while (m.find()) {
                int end = trimEnd(text, m.start(), m.end());
                out.add(new Link(Kind.URL, text.substring(m.start(), end), new Span(m.start(), end)));
            }
        }
        if (text.indexOf('@') >= 0) {
            addFree(out, EMAIL.matcher(text), Kind.EMAIL);
            addFree(out, HANDLE.matcher(text), Kind.HANDLE);
        }
        out.sort(Comparator.comparingInt(l -> l.span().start()));
        return List.copyOf(out);
    }

    /** Whether "www." occurs in {@code text}, in any case (as the URL pattern's {@code (?i)} reads it). */
    static boolean containsWww(String text) {
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) return true;
        }
        return false;
    }

    private static void addFree(List<Link> out, Matcher m, Kind kind) {
        List<Link> found = new ArrayList<>();
        while (m.find()) {
            Span s = new Span(m.start(), m.end());
            if (out.stream().noneMatch(l -> overlaps(l.span(), s))) found.add(new Link(kind, m.group(), s));
        }
        out.addAll(found);
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Cuts trailing punctuation off a URL, keeping a closing parenthesis that closes one inside the URL. */
    private static int trimEnd(String text, int start, int end) {
        int opening = count(text, start, end, '(');
        int closing = count(text, start, end, ')');
        while (end > start) {
            char c = text.charAt(end - 1);
            if (TRAILING.indexOf(c) < 0) break;
            if (c == ')') {
                if (opening >= closing) break;
                closing--;
            }
            end--;
        }
        return end;
    }

    private static int count(String text, int start, int end, char c) {
        int n = 0;
        for (int i = start; i < end; i++) if (text.charAt(i) == c) n++;
        return n;
    }
}
