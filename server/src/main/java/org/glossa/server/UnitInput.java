package org.glossa.server;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.Property;

/**
 * A unit to add or update: one source and one target. Dates and users not given are the request's time and user.
 *
 * @param tuid an id that makes a later unit with the same tuid and language pair an update ("" none: a unit
 *             with the same source and target text is not added twice)
 */
record UnitInput(String tuid, String sourceLang, String targetLang, Content source, Content target,
                 Optional<String> createdBy, Optional<Instant> createdAt, Optional<String> changedBy,
                 Optional<Instant> changedAt, List<Property> properties, List<String> notes, String project,
                 String document, String segment) {
    UnitInput {
        tuid = tuid == null ? "" : tuid;
        Objects.requireNonNull(sourceLang, "sourceLang");
        Objects.requireNonNull(targetLang, "targetLang");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        properties = List.copyOf(properties);
        notes = List.copyOf(notes);
        project = project == null ? "" : project;
        document = document == null ? "" : document;
        segment = segment == null ? "" : segment;
    }
}
