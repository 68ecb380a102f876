package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * Segment content as editable text: inline codes become placeholders ({@code ⟨1⟩ … ⟨/1⟩}, {@code ⟨2/⟩} for a
 * standalone code) and text stays as it is.
 *
 * <p>Parsing the edited text back ({@link #parse}) keeps the source's codes safe: a placeholder that names one of the
 * source's codes becomes that code (with its original markup), anything else stays literal text. A source code
 * missing from the text stays missing: no code is ever placed where the translator did not put it (QA's
 * {@code tag-mismatch} error shows it, and export asks first). {@link #protect} widens an edit that would cut a placeholder so that a placeholder is
 * only ever deleted whole and never typed into.
 */
public final class TagText {

    static final Pattern PLACEHOLDER = Pattern.compile("⟨(/?)([^⟨⟩/\\s]+)(/?)⟩");

    private TagText() {
    }

    /** The content as text with a placeholder for each inline code. */
    public static String display(Content content) {
        StringBuilder sb = new StringBuilder();
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text text) sb.append(text.value());
            else sb.append(placeholder((Inline.Tag) part));
        }
        return sb.toString();
    }

    /** Like {@link #display(Content)}, but drops the codes that {@code reference} does not have (for TM matches). */
    public static String display(Content content, Content reference) {
        Set<String> known = new HashSet<>();
        for (Inline.Tag tag : reference.tags()) known.add(key(tag));
        StringBuilder sb = new StringBuilder();
        for (Inline part : content.parts()) {
            if (part instanceof Inline.Text text) sb.append(text.value());
            else if (known.contains(key((Inline.Tag) part))) sb.append(placeholder((Inline.Tag) part));
        }
        return sb.toString();
    }

    public static String placeholder(Inline.Tag tag) {
        return switch (tag.kind()) {
            case OPEN -> "⟨" + tag.id() + "⟩";
            case CLOSE -> "⟨/" + tag.id() + "⟩";
            case STANDALONE -> "⟨" + tag.id() + "/⟩";
        };
    }

    /** The target content for edited {@code text}: its placeholders of {@code source}'s codes as those codes. */
    public static Content parse(String text, Content source) {
        List<Inline.Tag> sourceTags = source.tags();
        List<Inline> parts = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int pos = 0;
        while (m.find()) {
            Inline.Tag tag = find(sourceTags, kindOf(m), m.group(2));
            if (tag == null || !used.add(key(tag))) continue;
            parts.add(new Inline.Text(text.substring(pos, m.start())));
            parts.add(tag);
            pos = m.end();
        }
        parts.add(new Inline.Text(text.substring(pos)));
        return new Content(parts);
    }

    /**
     * The range an edit of {@code [start, end)} in {@code text} must cover so that no placeholder is cut: a
     * deletion reaching into a placeholder takes all of it; an insertion inside one moves behind it.
     *
     * @return {@code {start, end}}
     */
    public static int[] protect(String text, int start, int end) {
        Matcher m = PLACEHOLDER.matcher(text);
        int s = start;
        int e = end;
        while (m.find()) {
            boolean startInside = s > m.start() && s < m.end();
            if (start == end && startInside) return new int[] {m.end(), m.end()};
            if (startInside) s = m.start();
            if (e > m.start() && e < m.end()) e = m.end();
        }
        return new int[] {s, e};
    }

    /** A caret position outside any placeholder (moved behind the one it is in). */
    public static int caretOutside(String text, int caret) {
        int c = Math.max(0, Math.min(caret, text.length()));
        return protect(text, c, c)[0];
    }

    private static Inline.TagKind kindOf(Matcher m) {
        if (!m.group(1).isEmpty()) return Inline.TagKind.CLOSE;
        return m.group(3).isEmpty() ? Inline.TagKind.OPEN : Inline.TagKind.STANDALONE;
    }

    private static Inline.Tag find(List<Inline.Tag> tags, Inline.TagKind kind, String id) {
        for (Inline.Tag tag : tags) if (tag.kind() == kind && tag.id().equals(id)) return tag;
        return null;
    }

    private static String key(Inline.Tag tag) {
        return tag.kind() + ":" + tag.id();
    }
}
