package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import org.glossa.core.text.EditingWords;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * Word-by-word difference of two sentences, as translation tools show a fuzzy match: the match's source with the
 * words the current segment does not have marked as deleted and the segment's own words inserted in their place.
 * Texts are cut at ICU word boundaries (words, spaces and punctuation are tokens of their own, so the pieces join
 * back into the texts) and compared with java-diff-utils' Myers diff.
 */
public final class WordDiff {

    private final EditingWords words;

    /** @param language BCP 47 tag of the sentences' language (its word break rules) */
    public WordDiff(String language) {
        words = new EditingWords(language);
    }

    /**
     * The pieces that turn {@code from} (the match's source) into {@code to} (the segment's source): joining the
     * SAME and DELETED pieces gives {@code from}, the SAME and INSERTED ones {@code to} up to white space (SAME
     * pieces are {@code from}'s text, and white space differences are no change). Adjacent pieces of the same
     * kind are merged; a change shows its deleted words before the inserted ones.
     */
    public List<DiffPiece> diff(String from, String to) {
        List<String> a = tokens(from);
        List<String> b = tokens(to);
        Patch<String> patch = DiffUtils.diff(a, b, WordDiff::same);
        List<DiffPiece> out = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            for (int i = at; i < start; i++) add(out, a.get(i), DiffPiece.Kind.SAME);
            for (String t : delta.getSource().getLines()) add(out, t, DiffPiece.Kind.DELETED);
            for (String t : delta.getTarget().getLines()) add(out, t, DiffPiece.Kind.INSERTED);
            at = start + delta.getSource().size();
        }
        for (int i = at; i < a.size(); i++) add(out, a.get(i), DiffPiece.Kind.SAME);
        return out;
    }

    /** Tokens match when equal; runs of white space of any kind (a no-break space, two spaces) match each other. */
    private static boolean same(String a, String b) {
        return a.equals(b) || space(a) && space(b);
    }

    private static boolean space(String token) {
        return !token.isEmpty() && token.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The word-boundary tokens of {@code text}; they join back into it. */
    List<String> tokens(String text) {
        return words.pieces(text);
    }

    private static void add(List<DiffPiece> out, String text, DiffPiece.Kind kind) {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            DiffPiece last = out.remove(out.size() - 1);
            out.add(new DiffPiece(last.text() + text, kind));
        } else {
            out.add(new DiffPiece(text, kind));
        }
    }
}
