package org.glossa.core.qa;

import java.util.Objects;
import org.glossa.core.model.Content;

/**
 * What a check looks at: one segment's source and target with where they come from.
 *
 * @param target the target content; {@link Content#EMPTY} when there is none
 */
public record SegmentPair(String file, String unit, String segment, Content source, Content target,
                          String sourceLanguage, String targetLanguage) {
    public SegmentPair {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(source, "source");
        target = target == null ? Content.EMPTY : target;
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
    }

    public String sourceText() {
        return source.plainText();
    }

    public String targetText() {
        return target.plainText();
    }

    /** A finding about this pair, with the pair's file, unit, segment and texts filled in. */
    public Finding finding(String check, Severity severity, String message, Span sourceSpan, Span targetSpan) {
        return new Finding(file, unit, segment, check, severity, message, sourceText(), targetText(),
                java.util.Optional.ofNullable(sourceSpan), java.util.Optional.ofNullable(targetSpan), java.util.Optional.empty());
    }

    /** A pair for examples and tests: file "example", unit "u1", segment "s1". */
    public static SegmentPair of(String source, String target, String sourceLanguage, String targetLanguage) {
        return new SegmentPair("example", "u1", "s1", Content.of(source), Content.of(target), sourceLanguage, targetLanguage);
    }
}
