package org.glossa.core.structure;

import org.glossa.core.text.WordCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.format.Block;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Role;

/**
 * Finds the structure of a news article: which block is the title, the dateline, the lead, a caption, a credit,
 * the byline, page furniture. Markup decides where there is markup (h1, figcaption, nav, footer, class names,
 * DOCX styles); plain text is read with the conventions of news pages. A photo credit glued to its caption
 * ("…on UkraineImage: Johanna Geron/REUTERS") is split off into a unit of its own.
 */
public final class ArticleStructure {
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^\\s*(?:\\d+\\.\\s*|[-*•]\\s*)?(?:skip to\\b.*|jump to\\b.*|zum inhalt springen|zur navigation.*|advertisement|"
                    + "share(?: on \\w+)?|print|send|facebook|twitter|x|whatsapp|linkedin|e-?mail|copy link|"
                    + "follow us.*|related (?:topics|content)|more on this topic|accept (?:all )?cookies.*)\\s*$");
    private static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember)\\.?";
    private static final Pattern DATE = Pattern.compile("(?i)^[\\p{L} ,/-]{0,40}?(?:" + MONTHS + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+"
            + MONTHS + "\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?:[ ,]+\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\w{2,4})?)?\\s*$");
    /** A photo credit label, possibly glued to the caption before it. */
    static final Pattern CREDIT_LABEL = Pattern.compile("(?:Image|Images|Photo|Photos|Picture|Pictures|Bild|Bilder|Foto|Fotos|Credit|Source|Quelle|Video)\\s*:\\s*\\S.*$");
    /** The words every {@link #CREDIT_LABEL} label starts with (case as written: the pattern has no (?i)). */
    private static final List<String> CREDIT_LABEL_WORDS =
            List.of("Image", "Photo", "Picture", "Bild", "Foto", "Credit", "Source", "Quelle", "Video");
    /*
     * A whole block that is a credit, and a byline, are each two patterns: matching the one pattern "A|B" is matching
     * A or matching B. The second of each can only match text holding a word it names, which a plain search finds far
     * sooner than the pattern's backtracking over every body paragraph (decision 0035).
     */
    private static final Pattern CREDIT_WHOLE = Pattern.compile("(?is)^\\s*(?:(?:Image|Images|Photo|Photos|Picture|Bild|Foto|Credit|Source|Quelle)\\s*:\\s*\\S.*"
            + "|\\([a-z]{2,5}(?:/[a-z]{2,5})*\\)|©.*)$");
    /** A credit "… with material from …": needs "material from" (ASCII letters in any case). */
    private static final Pattern CREDIT_MATERIAL = Pattern.compile("(?is)^\\s*(?:(?:[\\w ,]*\\b)?(?:with|using) (?:\\w+ )?material from\\b.*)$");
    private static final Pattern BYLINE = Pattern.compile("(?s)^\\s*(?i:edited by|written by|reported by|by|redaktion|von|autor|autorin)"
            + "\\s*:?\\s+\\p{Lu}[\\p{L}.'-]*(?:,?\\s+(?:\\p{Lu}[\\p{L}.'-]*|and|und|&))*\\s*$");
    /**
     * A byline "X is a writer …": needs "is a", "is the", "was a" or "was the" and one of its seven nouns (as written;
     * {@link #BIO_NOUNS}).
     */
    private static final Pattern BYLINE_BIO = Pattern.compile(
            "(?s).*\\b(?:is|was) (?:a|an|the) [\\w' -]{0,40}(?:writer|reporter|journalist|correspondent|editor|author|columnist)\\b.*");
    /** The nouns one of which {@link #BYLINE_BIO} needs, as written (the pattern has no (?i)). */
    private static final List<String> BIO_NOUNS =
            List.of("writer", "reporter", "journalist", "correspondent", "editor", "author", "columnist");
    private static final Pattern HEADING_ELEMENT = Pattern.compile("h[2-6]|heading ?[1-6]|berschrift ?[1-6]|.*heading[1-6]");
    private static final Set<String> BOILERPLATE_CONTEXT = Set.of("nav", "footer", "aside", "class:nav", "class:menu",
            "class:navigation", "class:breadcrumb", "class:breadcrumbs", "class:share", "class:social", "class:cookie",
            "class:skip-link", "class:skip", "class:advertisement", "class:ad", "class:related");

    private ArticleStructure() {
    }

    public static List<RoledBlock> analyze(List<Block> blocks) {
        List<RoledBlock> out = new ArrayList<>();
        boolean titleSeen = false;
        boolean leadSeen = false;
        boolean headingSeen = false;
        boolean bylineZone = false;
        for (Block b : blocks) {
            String text = b.content().plainText().strip();
            Role role = fromMarkup(b).orElse(null);
            Optional<Integer> credit = Optional.empty(); // where a glued credit starts, once found (splitCredit needs it too)
            if (role == null) {
                // the text's chars, read by the scans below instead of charAt (on a UTF-16 string it calls a method
                // C1 does not inline, decision 0056)
                char[] cs = text.toCharArray();
                if (!b.translatable() || isFurniture(text, cs)) role = Role.BOILERPLATE;
                else if (bylineZone || isByline(text, cs)) role = Role.BYLINE;
                else if (isWholeCredit(text, cs)) role = Role.CREDIT;
                else if (!titleSeen && looksLikeTitle(text)) role = Role.TITLE;
                else if (isDateline(text, cs)) role = Role.DATELINE;
                else if ((credit = findGluedCredit(b.content())).isPresent()) role = Role.CAPTION;
                // where there is markup, it says what a heading is: a short list item or caption paragraph is none
                else if (titleSeen && b.element().isEmpty() && looksLikeHeading(text)) role = Role.HEADING;
                else if (titleSeen && !leadSeen && !headingSeen) role = Role.LEAD;
                else role = Role.BODY;
            }
            if (role == Role.TITLE) titleSeen = true;
            if (role == Role.LEAD) leadSeen = true;
            if (role == Role.HEADING) headingSeen = true;
            if (role == Role.BODY && titleSeen) leadSeen = true;
            if (role == Role.BYLINE && text.toLowerCase(Locale.ROOT).startsWith("edited by")) bylineZone = true;
            if (role == Role.CAPTION) splitCredit(b, credit.isPresent() ? credit : findGluedCredit(b.content()), out);
            else out.add(RoledBlock.of(b, role));
        }
        return out;
    }

    private static Optional<Role> fromMarkup(Block b) {
        String el = b.element().toLowerCase(Locale.ROOT);
        Set<String> ctx = b.context();
        for (String c : ctx) {
            if (BOILERPLATE_CONTEXT.contains(c)) return Optional.of(Role.BOILERPLATE);
        }
        if (ctx.contains("header") && !ctx.contains("article") && !el.equals("h1")) return Optional.of(Role.BOILERPLATE);
        if (ctx.contains("class:credit") || ctx.contains("class:copyright") || ctx.contains("class:photo-credit")) {
            return Optional.of(Role.CREDIT);
        }
        if (el.equals("figcaption") || ctx.contains("figcaption") || el.equals("caption") || ctx.contains("class:caption")) {
            return Optional.of(Role.CAPTION);
        }
        if (el.equals("@alt")) return Optional.of(Role.CAPTION);
        if (el.startsWith("@")) return Optional.of(Role.BODY);
        if (el.equals("time") || ctx.contains("time") || ctx.contains("class:date") || ctx.contains("class:dateline")) {
            return Optional.of(Role.DATELINE);
        }
        if (el.equals("address") || ctx.contains("address") || ctx.contains("class:byline") || ctx.contains("class:author")
                || ctx.contains("class:bio")) {
            return Optional.of(Role.BYLINE);
        }
        if (ctx.contains("class:lead") || ctx.contains("class:intro") || ctx.contains("class:teaser")
                || ctx.contains("class:standfirst") || el.equals("subtitle")) {
            return Optional.of(Role.LEAD);
        }
        if (el.equals("h1") || el.equals("title")) {
            return Optional.of(Role.TITLE);
        }
        if (!el.isEmpty() && HEADING_ELEMENT.matcher(el).matches()) return Optional.of(Role.HEADING);
        return Optional.empty();
    }

    private static boolean isByline(String text, char[] cs) {
        return BYLINE.matcher(text).matches() || hasBioVerb(cs) && hasBioNoun(text) && BYLINE_BIO.matcher(text).matches();
    }

    /**
     * Whether the chars {@code cs} hold "is a", "is the", "was a" or "was the": one pass for their "s " instead of four
     * searches of the whole text (decision 0059).
     */
    static boolean hasBioVerb(char[] cs) {
        int n = cs.length;
        for (int s = 1; s + 2 < n; s++) {
            if (cs[s] != 's' || cs[s + 1] != ' ') continue;
            if ((cs[s - 1] == 'i' || s >= 2 && cs[s - 2] == 'w' && cs[s - 1] == 'a')
                    && (cs[s + 2] == 'a' || s + 4 < n && cs[s + 2] == 't' && cs[s + 3] == 'h' && cs[s + 4] == 'e')) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} holds a noun of {@link #BIO_NOUNS}: without one {@link #BYLINE_BIO} cannot match. */
    private static boolean hasBioNoun(String text) {
        for (String noun : BIO_NOUNS) {
            if (text.contains(noun)) return true;
        }
        return false;
    }

    private static boolean isWholeCredit(String text, char[] cs) {
        return CREDIT_WHOLE.matcher(text).matches()
                || containsIgnoringAsciiCase(text, cs, "material from") && CREDIT_MATERIAL.matcher(text).matches();
    }

    /**
     * Whether {@code text} (its chars {@code cs}) holds {@code lower} (lower-case ASCII) with its ASCII letters in any
     * case, as (?i) matches.
     */
    private static boolean containsIgnoringAsciiCase(String text, char[] cs, String lower) {
        char first = lower.charAt(0);
        for (int i = 0, last = cs.length - lower.length(); i <= last; i++) {
            if ((cs[i] | 0x20) == first && text.regionMatches(true, i, lower, 0, lower.length())) return true;
        }
        return false;
    }

    /** Every line ({@link String#lines}: split at \n, \r and \r\n) blank or page furniture, and some text. */
    private static boolean isFurniture(String text, char[] cs) {
        if (text.isEmpty()) return false;
        for (int start = 0, end; start < cs.length; start = end + (text.startsWith("\r\n", end) ? 2 : 1)) {
            end = start;
            while (end < cs.length && cs[end] != '\n' && cs[end] != '\r') end++;
            String line = text.substring(start, end);
            if (!line.isBlank() && !FURNITURE_LINE.matcher(line).matches()) return false;
        }
        return true;
    }

    /** Every date form {@link #DATE} knows has a digit (its \d is [0-9]): text without one is no dateline. */
    private static boolean isDateline(String text, char[] cs) {
        return text.length() <= 80 && text.indexOf('\n') < 0 && hasAsciiDigit(cs) && DATE.matcher(text).matches();
    }

    private static boolean hasAsciiDigit(char[] cs) {
        for (char c : cs) {
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    /** Whether {@code text} holds a word {@link #CREDIT_LABEL} starts with (its other labels extend these). */
    private static boolean hasCreditLabelWord(String text) {
        for (String word : CREDIT_LABEL_WORDS) {
            if (text.contains(word)) return true;
        }
        return false;
    }

    // the word count last: most paragraphs end with a stop, and counting reads all of them (decision 0059)
    private static boolean looksLikeTitle(String text) {
        return text.indexOf('\n') < 0 && !endsWithOneOf(text, ".,;:") && words(text) <= 25;
    }

    private static boolean looksLikeHeading(String text) {
        return text.indexOf('\n') < 0 && !endsWithOneOf(text, ".,;:\"”“'»«")
                && (text.isEmpty() || "\"“„«'".indexOf(text.charAt(0)) < 0) && words(text) <= 12;
    }

    private static boolean endsWithOneOf(String text, String chars) {
        return !text.isEmpty() && chars.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** The number of words separated by whitespace ({@code text.trim().split("\\s+").length}, without a regex). */
    private static int words(String text) {
        return WordCount.bySpaces(text);
    }

    /** The coded offset where a photo credit starts inside the content, when there is one after some caption text. */
    static Optional<Integer> findGluedCredit(Content content) {
        int pos = 0;
        for (Inline p : content.parts()) {
            if (p instanceof Inline.Text t && (t.value().indexOf(':') < 0 || !hasCreditLabelWord(t.value()))) {
                pos += t.value().length(); // every credit label has a colon and one of the words
            } else if (p instanceof Inline.Text t) {
                // find's matches, tried only where a label word starts: every label begins with one (decision 0059)
                Matcher m = CREDIT_LABEL.matcher(t.value());
                for (int at = labelWordAt(t.value(), 0); at >= 0; at = labelWordAt(t.value(), at + 1)) {
                    if (!m.region(at, t.value().length()).lookingAt()) continue;
                    boolean glued = at > 0 && Character.isLetterOrDigit(t.value().charAt(at - 1));
                    boolean lineStart = at > 0 && t.value().charAt(at - 1) == '\n' || at == 0 && pos > 0;
                    boolean afterSentence = at > 1 && Character.isWhitespace(t.value().charAt(at - 1))
                            && ".!?\"”".indexOf(t.value().charAt(at - 2)) >= 0;
                    if ((glued || lineStart || afterSentence) && (pos + at) > 0) return Optional.of(pos + at);
                }
                pos += t.value().length();
            } else {
                pos++;
            }
        }
        return Optional.empty();
    }

    /** The first offset from {@code from} where a word of {@link #CREDIT_LABEL_WORDS} starts, or -1. */
    private static int labelWordAt(String text, int from) {
        int first = -1;
        for (String word : CREDIT_LABEL_WORDS) {
            int at = text.indexOf(word, from);
            if (at >= 0 && (first < 0 || at < first)) first = at;
        }
        return first;
    }

    /** Adds the caption {@code b}, split where its glued credit starts ({@link #findGluedCredit}) when {@code at} is one. */
    private static void splitCredit(Block b, Optional<Integer> at, List<RoledBlock> out) {
        if (at.isEmpty()) {
            out.add(RoledBlock.of(b, Role.CAPTION));
            return;
        }
        int split = at.get();
        // an opening tag right before the label belongs to the credit (<span class="credit">Image: …)
        while (split > 0 && openTagAt(b.content(), split - 1)) {
            split--;
        }
        Content caption = b.content().slice(0, split);
        Content credit = b.content().slice(split, b.content().codedLength());
        boolean translate = b.translatable();
        out.add(new RoledBlock(b.origin(), caption, Role.CAPTION, translate));
        out.add(new RoledBlock(b.origin(), credit, Role.CREDIT, translate));
    }

    /** Whether the code at {@code codedOffset} is an opening tag (a loop, not a stream: every caption comes here). */
    private static boolean openTagAt(Content content, int codedOffset) {
        for (Inline p : content.slice(codedOffset, codedOffset + 1).parts()) {
            if (p instanceof Inline.Tag t) return t.kind() == Inline.TagKind.OPEN;
        }
        return false;
    }
}
