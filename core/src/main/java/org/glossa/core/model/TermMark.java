package org.glossa.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A glossary term found in a segment's source, with the approved target terms, so other tools (and translators)
 * see it: XLIFF 1.2 {@code mrk mtype="term"}, XLIFF 2 core {@code mrk type="term"} plus the glossary module.
 *
 * @param segmentId the segment of the unit
 * @param start     start offset in the segment source's coded view (a tag counts as one character)
 * @param end       end offset, exclusive
 * @param term      the source term as written in the glossary
 * @param targets   target terms with their status, preferred first
 * @param source    where the term comes from (glossary file name and concept id, e.g. "dw-en-de.tbx#dw008")
 */
public record TermMark(String segmentId, int start, int end, String term, List<Target> targets, String source) {
    public TermMark {
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(term, "term");
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad term span " + start + ".." + end);
        targets = List.copyOf(targets);
        source = source == null ? "" : source;
    }

    /** A target term and its status id (preferred, admitted, deprecated…). */
    public record Target(String text, String status) {
        public Target {
            Objects.requireNonNull(text, "text");
            status = status == null ? "" : status;
        }
    }
}
