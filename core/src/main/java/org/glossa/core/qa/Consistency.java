package org.glossa.core.qa;

import java.util.Optional;

/**
 * {@code inconsistent-target}: the same source translated differently across the files checked;
 * {@code inconsistent-source}: one target for different sources. Texts are compared with whitespace collapsed ({@link org.glossa.core.text.TextKey#ofCollapsedSpaces}).
 * Each segment that departs from the most frequent rendering (the first one on a tie) is reported, naming the
 * first segment of that rendering. {@link QaSession} runs them.
 */
public final class Consistency {
    public static final String INCONSISTENT_TARGET = "inconsistent-target";
    public static final String INCONSISTENT_SOURCE = "inconsistent-source";

    private Consistency() {
    }

    /**
     * The finding for a segment that departs from the majority.
     *
     * @param other    the majority's text on the compared side (the target for inconsistent-target)
     * @param location where the majority's first segment is: "file unit/segment"
     */
    public static Finding finding(String file, String unit, String segment, String source, String target, String check,
                           String other, String location) {
        String prefix = check.equals(INCONSISTENT_TARGET)
                ? "the same source is translated differently elsewhere: "
                : "the same translation stands for a different source elsewhere: ";
        return new Finding(file, unit, segment, check, Severity.WARNING, prefix + "\"" + other + "\" (" + location + ")",
                source, target, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
