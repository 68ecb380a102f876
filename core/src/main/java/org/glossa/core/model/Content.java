package org.glossa.core.model;

import java.util.ArrayList;
import java.util.List;

/** Text with inline codes, immutable. */
public record Content(List<Inline> parts) {

    public static final Content EMPTY = new Content(List.of());

    public Content {
        if (parts.size() == 1 && !(parts.get(0) instanceof Inline.Text t && t.value().isEmpty())) {
            parts = List.of(parts.get(0)); // the common case, one run of text: nothing to merge
        } else {
            parts = merged(parts);
        }
    }

    private static List<Inline> merged(List<Inline> parts) {
        List<Inline> merged = new ArrayList<>();
        for (Inline p : parts) {
            if (p instanceof Inline.Text t) {
                if (t.value().isEmpty()) continue;
                if (!merged.isEmpty() && merged.get(merged.size() - 1) instanceof Inline.Text prev) {
                    merged.set(merged.size() - 1, new Inline.Text(prev.value() + t.value()));
                    continue;
                }
            }
            merged.add(p);
        }
        return List.copyOf(merged);
    }

    public static Content of(String text) {
        return new Content(List.of(new Inline.Text(text)));
    }

    /** The text without inline codes. */
    public String plainText() {
        if (parts.size() == 1) return parts.get(0) instanceof Inline.Text t ? t.value() : "";
        StringBuilder sb = new StringBuilder();
        for (Inline p : parts) {
            if (p instanceof Inline.Text t) sb.append(t.value());
        }
        return sb.toString();
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public boolean hasTags() {
        for (Inline p : parts) {
            if (p instanceof Inline.Tag) return true;
        }
        return false;
    }

    public List<Inline.Tag> tags() {
        List<Inline.Tag> tags = null;
        for (Inline p : parts) {
            if (p instanceof Inline.Tag t) {
                if (tags == null) tags = new ArrayList<>();
                tags.add(t);
            }
        }
        return tags == null ? List.of() : List.copyOf(tags);
    }

    public Content append(Content other) {
        List<Inline> all = new ArrayList<>(parts);
        all.addAll(other.parts);
        return new Content(all);
    }

    /**
     * The character that stands for one inline code in {@link #codedText()}: U+E000, the first private-use character
     * (no letter, digit, space or punctuation to break iterators, and never in the text itself in practice).
     */
    public static final char CODE = '\uE000';

    /** The text with each inline code as one {@link #CODE}: offsets in it are coded offsets ({@link #slice}). */
    public String codedText() {
        if (parts.size() == 1 && parts.get(0) instanceof Inline.Text t) return t.value();
        StringBuilder sb = new StringBuilder(codedLength());
        for (Inline p : parts) {
            if (p instanceof Inline.Text t) sb.append(t.value());
            else sb.append(CODE);
        }
        return sb.toString();
    }

    /** Number of characters when each tag counts as one character (the coded-text view used for offsets). */
    public int codedLength() {
        int n = 0;
        for (Inline p : parts) n += p instanceof Inline.Text t ? t.value().length() : 1;
        return n;
    }

    /** The part between coded offsets {@code start} (inclusive) and {@code end} (exclusive). */
    public Content slice(int start, int end) {
        if (parts.size() == 1 && parts.get(0) instanceof Inline.Text t) {
            int from = Math.max(start, 0);
            int to = Math.min(end, t.value().length());
            if (from == 0 && to == t.value().length()) return this;
            return from < to ? new Content(List.of(new Inline.Text(t.value().substring(from, to)))) : EMPTY;
        }
        List<Inline> out = new ArrayList<>();
        int pos = 0;
        for (Inline p : parts) {
            int len = p instanceof Inline.Text t ? t.value().length() : 1;
            int from = Math.max(start, pos);
            int to = Math.min(end, pos + len);
            if (from < to) {
                if (p instanceof Inline.Text t) out.add(new Inline.Text(t.value().substring(from - pos, to - pos)));
                else out.add(p);
            }
            pos += len;
        }
        return new Content(out);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Inline p : parts) {
            if (p instanceof Inline.Text t) sb.append(t.value());
            else if (p instanceof Inline.Tag g) sb.append(switch (g.kind()) {
                case OPEN -> "{" + g.id() + "}";
                case CLOSE -> "{/" + g.id() + "}";
                case STANDALONE -> "{" + g.id() + "/}";
            });
        }
        return sb.toString();
    }
}
