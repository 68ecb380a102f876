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

    /**
     * The target a translator (or a memory) gave: empty when there is none, or when the target is only the source
     * copied unchanged and not confirmed ({@link SegmentState#INITIAL}), as {@code extract --copy-source}, Okapi
     * Rainbow and other tools write it for programs that translate over the target. Merge and QA read this, so a
     * copied target counts as untranslated.
     */
    public Optional<Content> translation() {
        return isUnchangedCopy() ? Optional.empty() : target;
    }

    /** True when the target is the source copied unchanged and still {@link SegmentState#INITIAL}. */
    public boolean isUnchangedCopy() {
        return state == SegmentState.INITIAL && target.isPresent() && target.get().equals(source);
    }

    /** This segment with the source copied into an absent target, still {@link SegmentState#INITIAL}. */
    public Segment withSourceCopied() {
        return target.isPresent() ? this : new Segment(id, source, Optional.of(source), SegmentState.INITIAL);
    }

    public Segment withTarget(Content newTarget, SegmentState newState) {
        return new Segment(id, source, Optional.ofNullable(newTarget), newState);
    }
}
