package org.glossa.core.tmx;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.model.Content;

/**
 * One language version of a translation unit (TMX {@code <tuv>}).
 *
 * @param language BCP 47 tag with normalised case ("EN-US" becomes "en-US"), see {@link LanguageTags#canonical}
 * @param content  the {@code <seg>}: text and inline codes
 */
public record Variant(String language, Content content, List<Property> properties, List<String> notes,
                      Optional<Instant> creationDate, Optional<Instant> changeDate,
                      Optional<String> creationId, Optional<String> changeId) {
    public Variant {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(content, "content");
        language = LanguageTags.canonical(language);
        properties = properties == null ? List.of() : List.copyOf(properties);
        notes = notes == null ? List.of() : List.copyOf(notes);
        creationDate = creationDate == null ? Optional.empty() : creationDate;
        changeDate = changeDate == null ? Optional.empty() : changeDate;
        creationId = creationId == null ? Optional.empty() : creationId;
        changeId = changeId == null ? Optional.empty() : changeId;
    }

    /** A variant with content only. */
    public static Variant of(String language, Content content) {
        return new Variant(language, content, List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
