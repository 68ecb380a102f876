package org.glossa.core.qa;

/** A half-open character range [start, end) in a segment's plain text (source or target). */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
