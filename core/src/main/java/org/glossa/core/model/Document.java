package org.glossa.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document ready for translation: its units in order and what merge needs to rebuild the original format.
 *
 * @param name           file name of the original (never a path of this machine)
 * @param format         the original's format
 * @param sourceLanguage BCP 47 tag
 * @param targetLanguage BCP 47 tag, empty when not known
 * @param original       the original document, when it travels with the document (merge needs it)
 */
public record Document(String name, Format format, String sourceLanguage, Optional<String> targetLanguage,
                       List<Unit> units, Optional<Original> original) {
    public Document {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        targetLanguage = targetLanguage == null ? Optional.empty() : targetLanguage;
        original = original == null ? Optional.empty() : original;
        units = List.copyOf(units);
    }

    public List<Segment> segments() {
        List<Segment> all = new ArrayList<>();
        for (Unit u : units) all.addAll(u.segments());
        return Collections.unmodifiableList(all);
    }

    public Document withUnits(List<Unit> newUnits) {
        return new Document(name, format, sourceLanguage, targetLanguage, newUnits, original);
    }

    /**
     * This document with the source copied into every empty target of the translatable units, the copies still
     * {@link SegmentState#INITIAL} ({@link Segment#isUnchangedCopy()}): what tools that translate over the target
     * (OmegaT's XLIFF filter) need to see a segment at all.
     */
    public Document withSourceCopied() {
        return withUnits(units.stream().map(u -> !u.translate() ? u : u.withParts(u.parts().stream()
                .map(p -> p instanceof Segment s ? (UnitPart) s.withSourceCopied() : p).toList())).toList());
    }

    public Document withTargetLanguage(String tag) {
        return new Document(name, format, sourceLanguage, Optional.ofNullable(tag), units, original);
    }
}
