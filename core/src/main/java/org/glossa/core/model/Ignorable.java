package org.glossa.core.model;

import java.util.Objects;
import java.util.Optional;

/** Text between segments that is not translated (whitespace, usually); kept so merge restores it exactly. */
public record Ignorable(String id, Content source, Optional<Content> target) implements UnitPart {
    public Ignorable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        target = target == null ? Optional.empty() : target;
    }

    public Ignorable(String id, Content source) {
        this(id, source, Optional.empty());
    }
}
