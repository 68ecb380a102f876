package org.glossa.core.glossary.io;

import java.util.Objects;

/**
 * A problem {@link GlossaryCheck} found.
 *
 * @param kind      duplicate, empty-target, conflicting-targets or forbidden-also-preferred
 * @param conceptId the concept it is reported on
 * @param message   for people
 */
public record GlossaryProblem(String kind, String conceptId, String message) {
    public static final String DUPLICATE = "duplicate";
    public static final String EMPTY_TARGET = "empty-target";
    public static final String CONFLICTING_TARGETS = "conflicting-targets";
    public static final String FORBIDDEN_ALSO_PREFERRED = "forbidden-also-preferred";

    public GlossaryProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(conceptId, "conceptId");
        Objects.requireNonNull(message, "message");
    }
}
