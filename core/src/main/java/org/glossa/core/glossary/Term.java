package org.glossa.core.glossary;

import java.util.Objects;
import java.util.Optional;

/**
 * One term in one language.
 *
 * @param text          the term as written in the glossary
 * @param language      BCP 47 tag
 * @param status        administrative status (forbidden = deprecated)
 * @param partOfSpeech  e.g. noun, properNoun, verb (TBX partOfSpeech values)
 * @param note          a note or usage hint for this term
 * @param caseSensitive match only with this exact capitalisation (acronyms are always matched exactly)
 */
public record Term(String text, String language, TermStatus status, Optional<String> partOfSpeech, Optional<String> note,
                   boolean caseSensitive) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        status = status == null ? TermStatus.UNSPECIFIED : status;
        partOfSpeech = partOfSpeech == null ? Optional.empty() : partOfSpeech;
        note = note == null ? Optional.empty() : note;
    }

    public Term(String text, String language) {
        this(text, language, TermStatus.UNSPECIFIED, Optional.empty(), Optional.empty(), false);
    }

    public Term withStatus(TermStatus s) {
        return new Term(text, language, s, partOfSpeech, note, caseSensitive);
    }
}
