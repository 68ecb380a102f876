package org.glossa.core.qa;

import java.util.Objects;

/** A check with a fixed id, default severity and ITS issue type, given once to the constructor. */
public abstract class AbstractCheck implements Check {
    private final String id;
    private final Severity severity;
    private final String itsIssueType;

    protected AbstractCheck(String id, Severity severity, String itsIssueType) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.itsIssueType = Objects.requireNonNull(itsIssueType, "itsIssueType");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity defaultSeverity() {
        return severity;
    }

    @Override
    public final String itsIssueType() {
        return itsIssueType;
    }

    /** A finding of this check about {@code pair}, with the check's id and default severity. */
    protected final Finding finding(SegmentPair pair, String message, Span sourceSpan, Span targetSpan) {
        return pair.finding(id, severity, message, sourceSpan, targetSpan);
    }
}
