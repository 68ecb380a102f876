package org.glossa.core.glossary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A terminology collection: concepts with terms in several languages.
 *
 * @param name     file name it was read from (for messages and reports)
 * @param concepts in file order
 */
public record Glossary(String name, List<Concept> concepts) {
    public Glossary {
        Objects.requireNonNull(name, "name");
        concepts = List.copyOf(concepts);
    }

    /** Languages used by the terms, in order of first appearance. */
    public Set<String> languages() {
        Set<String> out = new LinkedHashSet<>();
        for (Concept c : concepts) for (Term t : c.terms()) out.add(t.language());
        return out;
    }
}
