package org.glossa.core.glossary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.lang.LanguageTags;

/**
 * A concept entry (TBX termEntry / conceptEntry): terms in several languages for one meaning.
 *
 * @param id            the entry id (generated when the file has none)
 * @param definition    definition or note on the concept
 * @param subjectField  domain, e.g. "politics"
 * @param doNotTranslate the source term stays as it is in the target (names such as Jens Stoltenberg)
 * @param terms         all terms, any language, in file order
 */
public record Concept(String id, Optional<String> definition, Optional<String> subjectField, boolean doNotTranslate,
                      List<Term> terms) {
    public Concept {
        Objects.requireNonNull(id, "id");
        definition = definition == null ? Optional.empty() : definition;
        subjectField = subjectField == null ? Optional.empty() : subjectField;
        terms = List.copyOf(terms);
    }

    /** Terms whose language is {@code language} or a more specific tag of it ("de" takes "de-DE"). */
    public List<Term> termsIn(String language) {
        return terms.stream().filter(t -> LanguageTags.matches(t.language(), language)).toList();
    }
}
