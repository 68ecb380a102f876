package org.glossa.desktop.viewmodel;

/**
 * Makes non-breaking spaces visible where text is only shown (the grid, the source): each U+00A0 (and the narrow
 * U+202F) as a middle dot, as word processors show them. The text itself keeps its spaces.
 */
public final class VisibleSpaces {

    /** What a non-breaking space is shown as. */
    public static final char NBSP_MARK = '·';

    private VisibleSpaces() {
    }

    public static String show(String text) {
        if (text == null || (text.indexOf('\u00A0') < 0 && text.indexOf('\u202F') < 0)) return text;
        return text.replace('\u00A0', NBSP_MARK).replace('\u202F', NBSP_MARK);
    }
}
