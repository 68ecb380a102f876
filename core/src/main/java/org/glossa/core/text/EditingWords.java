package org.glossa.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Words as the editor handles them, by the ICU word break rules of a language: the pieces a word diff compares
 * (words, runs of white space and punctuation are pieces of their own, and the pieces join back into the text),
 * whether an offset is a word boundary (where a segment may be split), and the word a double click selects.
 * Immutable: each call works on a clone of the prototype break iterator.
 */
public final class EditingWords {
    /** A stretch of a text: {@code start} inclusive, {@code end} exclusive. */
    public record Range(int start, int end) {
    }

    private final BreakIterator prototype;

    /** @param language BCP 47 tag of the text's language (its word break rules); "" for the root rules */
    public EditingWords(String language) {
        this.prototype = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    }

    /** The word-boundary pieces of {@code text}, in order; they join back into it. */
    public List<String> pieces(String text) {
        BreakIterator bi = iterator(text);
        List<String> out = new ArrayList<>();
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }

    /** Whether {@code at} is a word boundary of {@code text} (its start and end are). */
    public boolean isBoundary(String text, int at) {
        return iterator(text).isBoundary(at);
    }

    /** The piece of {@code text} around offset {@code at} (the last piece when {@code at} is at the end). */
    public Range pieceAround(String text, int at) {
        if (text.isEmpty()) return new Range(0, 0);
        BreakIterator bi = iterator(text);
        int to = bi.following(Math.min(at, Math.max(0, text.length() - 1)));
        int from = bi.previous();
        return new Range(from, to == BreakIterator.DONE ? text.length() : to);
    }

    private BreakIterator iterator(String text) {
        BreakIterator bi = (BreakIterator) prototype.clone();
        bi.setText(text);
        return bi;
    }
}
