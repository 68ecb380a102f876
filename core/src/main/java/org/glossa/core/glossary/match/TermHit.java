package org.glossa.core.glossary.match;

import java.util.Objects;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Term;

/**
 * One occurrence of a glossary term in a text.
 *
 * @param start       char offset of the first matched char in the searched text
 * @param end         char offset after the last matched char
 * @param matchedText {@code text.substring(start, end)}, as it is in the text (inflected, any spacing)
 * @param concept     the concept the term belongs to
 * @param term        the glossary term exactly as written in the glossary
 */
public record TermHit(int start, int end, String matchedText, Concept concept, Term term) {
    public TermHit {
        Objects.requireNonNull(matchedText, "matchedText");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(term, "term");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
        if (matchedText.length() != end - start) throw new IllegalArgumentException("matchedText does not fit the range");
    }
}
