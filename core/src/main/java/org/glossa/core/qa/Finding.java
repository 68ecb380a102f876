package org.glossa.core.qa;

import java.util.Objects;
import java.util.Optional;

/**
 * One QA issue. {@code unit} is the XLIFF unit / trans-unit id, or the TMX tuid (the 1-based TU position when
 * there is none); offsets are in the plain text of the segment's source and target.
 */
public record Finding(String file, String unit, String segment, String check, Severity severity, String message,
                      String source, String target, Optional<Span> sourceSpan, Optional<Span> targetSpan,
                      Optional<TermInfo> term) {
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        source = source == null ? "" : source;
        target = target == null ? "" : target;
        sourceSpan = sourceSpan == null ? Optional.empty() : sourceSpan;
        targetSpan = targetSpan == null ? Optional.empty() : targetSpan;
        term = term == null ? Optional.empty() : term;
    }
}
