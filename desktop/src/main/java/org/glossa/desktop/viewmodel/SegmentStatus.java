package org.glossa.desktop.viewmodel;

import java.util.Locale;

import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;

/**
 * The workflow status the editor shows: the XLIFF states, with {@code initial} split into {@link #NEW} (no target)
 * and {@link #DRAFT} (a target that is not confirmed yet). Translated, reviewed and final count as confirmed.
 */
public enum SegmentStatus {
    NEW(SegmentState.INITIAL), DRAFT(SegmentState.INITIAL), TRANSLATED(SegmentState.TRANSLATED),
    REVIEWED(SegmentState.REVIEWED), FINAL(SegmentState.FINAL);

    private final SegmentState state;

    SegmentStatus(SegmentState state) {
        this.state = state;
    }

    public static SegmentStatus of(Segment segment) {
        boolean hasTarget = segment.target().map(t -> !t.isEmpty()).orElse(false);
        return switch (segment.state()) {
            case INITIAL -> hasTarget ? DRAFT : NEW;
            case TRANSLATED -> TRANSLATED;
            case REVIEWED -> REVIEWED;
            case FINAL -> FINAL;
        };
    }

    /** The XLIFF state written for this status. */
    public SegmentState state() {
        return state;
    }

    public boolean confirmed() {
        return compareTo(TRANSLATED) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
