package org.glossa.core.segment;

import java.util.List;
import org.glossa.core.model.Content;

/** Splits a unit's content into sentence ranges. Implementations hold state: one per thread. */
public interface Segmenter {
    /** The sentence ranges of {@code content}, in the coded view (a tag counts as one character), in order. */
    List<Span> split(Content content);

    /** A half-open range [start, end). */
    record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
