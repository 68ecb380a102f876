package org.glossa.desktop.viewmodel;

import org.glossa.core.text.EditingWords;

/**
 * The word a double click selects in a text the editor shows, by core's editing word boundaries (ICU's root rules:
 * the source panel does not know the document's language).
 */
public final class WordSelection {
    private static final EditingWords ROOT = new EditingWords("");

    private WordSelection() {
    }

    /** {start, end} of the word (or run of spaces or punctuation) at offset {@code at} of {@code text}. */
    public static int[] around(String text, int at) {
        EditingWords.Range r = ROOT.pieceAround(text, at);
        return new int[] {r.start(), r.end()};
    }
}
