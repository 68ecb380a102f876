package org.glossa.core.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SizeLimit;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * What a check looks at: one segment's source and target with where they come from.
 *
 * @param target the target content; {@link Content#EMPTY} when there is none
 * @param limits how long this segment's target may be: the unit's {@link SizeLimit}s, less what the unit's other
 *               parts take ({@link #limitsOf(Unit, String)}); empty for units without limits
 */
public record SegmentPair(String file, String unit, String segment, Content source, Content target,
                          String sourceLanguage, String targetLanguage, List<SizeLimit> limits) {
    public SegmentPair {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(source, "source");
        target = target == null ? Content.EMPTY : target;
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    /** A pair without size limits. */
    public SegmentPair(String file, String unit, String segment, Content source, Content target,
                       String sourceLanguage, String targetLanguage) {
        this(file, unit, segment, source, target, sourceLanguage, targetLanguage, List.of());
    }

    /** This pair with these limits. */
    public SegmentPair withLimits(List<SizeLimit> newLimits) {
        return new SegmentPair(file, unit, segment, source, target, sourceLanguage, targetLanguage, newLimits);
    }

    /**
     * The unit's limits as they bear on one segment's target: each maximum less the size of the unit's other parts
     * (the other segments' targets, their sources while untranslated, and the text between segments), so a segment
     * over its share is a unit over its limit. A unit with one segment has its limits as they are.
     */
    public static List<SizeLimit> limitsOf(Unit u, String segmentId) {
        if (u.limits().isEmpty()) return List.of();
        StringBuilder rest = new StringBuilder();
        for (UnitPart p : u.parts()) {
            if (p instanceof Segment s && s.id().equals(segmentId)) continue;
            rest.append((p instanceof Segment s ? s.translation().orElse(s.source()) : p.target().orElse(p.source())).plainText());
        }
        if (rest.isEmpty()) return u.limits();
        List<SizeLimit> out = new ArrayList<>(u.limits().size());
        for (SizeLimit l : u.limits()) {
            out.add(new SizeLimit(l.measure(), Math.max(0, l.max() - l.size(rest.toString())), l.normalization()));
        }
        return out;
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
