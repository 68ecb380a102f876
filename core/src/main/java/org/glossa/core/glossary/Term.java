package org.glossa.core.glossary;

import java.util.List;
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
 * @param variants      derived and related forms that count as this term when found in a text, with its status (an
 *                      adjective: Russland → "russisch", Schweden → "schwedisch"; a compound prefix ending in a
 *                      hyphen: Europäische Union → "EU-"; a forbidden term's forms are forbidden too); inflected like
 *                      the term. TBX: a term with {@code termType} "variant" after it; CSV/TSV: a "LANG variants" column
 */
public record Term(String text, String language, TermStatus status, Optional<String> partOfSpeech, Optional<String> note,
                   boolean caseSensitive, List<String> variants) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        status = status == null ? TermStatus.UNSPECIFIED : status;
        partOfSpeech = partOfSpeech == null ? Optional.empty() : partOfSpeech;
        note = note == null ? Optional.empty() : note;
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public Term(String text, String language, TermStatus status, Optional<String> partOfSpeech, Optional<String> note,
                boolean caseSensitive) {
        this(text, language, status, partOfSpeech, note, caseSensitive, List.of());
    }

    public Term(String text, String language) {
        this(text, language, TermStatus.UNSPECIFIED, Optional.empty(), Optional.empty(), false);
    }

    public Term withStatus(TermStatus s) {
        return new Term(text, language, s, partOfSpeech, note, caseSensitive, variants);
    }

    public Term withVariants(List<String> newVariants) {
        return new Term(text, language, status, partOfSpeech, note, caseSensitive, newVariants);
    }
}
