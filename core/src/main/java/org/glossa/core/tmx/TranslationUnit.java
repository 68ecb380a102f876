package org.glossa.core.tmx;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.lang.LanguageTags;

/**
 * A TMX {@code <tu>}: the same text in several languages.
 *
 * @param tuid           the unit's id, empty when the file gives none
 * @param position       1-based index of the unit in its file (0 for units built in memory)
 * @param sourceLanguage the unit's own {@code srclang}, when it overrides the header's
 * @param variants       the {@code <tuv>} elements in file order (a language may occur more than once)
 */
public record TranslationUnit(String tuid, int position, Optional<String> sourceLanguage, List<Property> properties,
                              List<String> notes, Optional<Instant> creationDate, Optional<Instant> changeDate,
                              Optional<String> creationId, Optional<String> changeId, List<Variant> variants) {
    public TranslationUnit {
        tuid = tuid == null ? "" : tuid;
        if (position < 0) throw new IllegalArgumentException("position < 0: " + position);
        sourceLanguage = sourceLanguage == null ? Optional.empty() : sourceLanguage.map(LanguageTags::canonical);
        properties = properties == null ? List.of() : List.copyOf(properties);
        notes = notes == null ? List.of() : List.copyOf(notes);
        creationDate = creationDate == null ? Optional.empty() : creationDate;
        changeDate = changeDate == null ? Optional.empty() : changeDate;
        creationId = creationId == null ? Optional.empty() : creationId;
        changeId = changeId == null ? Optional.empty() : changeId;
        variants = List.copyOf(Objects.requireNonNull(variants, "variants"));
    }

    /** A unit with an id and variants only. */
    public static TranslationUnit of(String tuid, List<Variant> variants) {
        return new TranslationUnit(tuid, 0, Optional.empty(), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), variants);
    }

    /** The first variant in {@code language} (compared case-insensitively), if any. */
    public Optional<Variant> variant(String language) {
        return variants.stream().filter(v -> v.language().equalsIgnoreCase(language)).findFirst();
    }

    /** The same unit at another position (the writer ignores positions; the reader sets them). */
    public TranslationUnit withPosition(int newPosition) {
        return new TranslationUnit(tuid, newPosition, sourceLanguage, properties, notes, creationDate, changeDate,
                creationId, changeId, variants);
    }
}
