package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes non-breaking spaces visible where text is only shown (the grid, the source): each U+00A0 (and the narrow
 * U+202F) as a middle dot, as word processors show them. The text itself keeps its spaces. In the target, where the
 * text is edited, the view draws a dot over each of them ({@link #positions}).
 */
public final class VisibleSpaces {

    /** What a non-breaking space is shown as. */
    public static final char NBSP_MARK = '·';

    private VisibleSpaces() {
    }

    /** Whether {@code c} is a no-break space shown as a dot: U+00A0 or the narrow U+202F. */
    public static boolean isNoBreakSpace(char c) {
        return c == '\u00A0' || c == '\u202F';
    }

    /** Where {@code text} has no-break spaces (their offsets, in order). */
    public static List<Integer> positions(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) if (isNoBreakSpace(text.charAt(i))) out.add(i);
        return out;
    }

    public static String show(String text) {
        if (text == null || (text.indexOf('\u00A0') < 0 && text.indexOf('\u202F') < 0)) return text;
        return text.replace('\u00A0', NBSP_MARK).replace('\u202F', NBSP_MARK);
    }
}
