package org.glossa.core.model;

import java.util.Locale;

/** Workflow state of a segment, the XLIFF 2 state values (1.2 states map onto them). */
public enum SegmentState {
    INITIAL, TRANSLATED, REVIEWED, FINAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
