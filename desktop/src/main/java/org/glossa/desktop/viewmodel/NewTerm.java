package org.glossa.desktop.viewmodel;

import java.util.Objects;
import java.util.Optional;

/**
 * A term pair the translator adds from the editor (Glossary → Add Term…).
 *
 * @param source the source-language term
 * @param target the target-language term
 * @param note   an optional usage note, kept on the target term
 */
public record NewTerm(String source, String target, Optional<String> note) {
    public NewTerm {
        source = Objects.requireNonNull(source, "source").strip();
        target = Objects.requireNonNull(target, "target").strip();
        note = Objects.requireNonNull(note, "note").map(String::strip).filter(n -> !n.isEmpty());
        if (source.isEmpty() || target.isEmpty()) throw new IllegalArgumentException("a term needs a source and a target");
    }
}
