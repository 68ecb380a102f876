package org.glossa.core.model;

import java.util.Objects;
import java.util.Optional;

/** A translatable sentence (or sentence-like piece) of a unit. */
public record Segment(String id, Content source, Optional<Content> target, SegmentState state) implements UnitPart {
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        target = target == null ? Optional.empty() : target;
        state = state == null ? SegmentState.INITIAL : state;
    }

    public Segment(String id, Content source) {
        this(id, source, Optional.empty(), SegmentState.INITIAL);
    }

    public Segment withTarget(Content newTarget, SegmentState newState) {
        return new Segment(id, source, Optional.ofNullable(newTarget), newState);
    }
}
