package org.glossa.client;

import java.util.Objects;
import java.util.Optional;
import org.glossa.core.model.Content;

/**
 * A unit to add to a server memory, with where it was translated. Texts travel with their inline codes.
 *
 * @param source   the source
 * @param target   the translation
 * @param tuid     the unit's id ("" for none); a reviewer's unit with a tuid the memory has replaces that unit
 * @param project  provenance: the project ("" for none)
 * @param document provenance: the document
 * @param segment  provenance: the segment's id in the document
 * @param previous the source of the segment before it, for context (101) matches
 */
public record UnitUpload(Content source, Content target, String tuid, String project, String document, String segment,
                         Optional<Content> previous) {
    public UnitUpload {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        tuid = Objects.requireNonNullElse(tuid, "");
        project = Objects.requireNonNullElse(project, "");
        document = Objects.requireNonNullElse(document, "");
        segment = Objects.requireNonNullElse(segment, "");
        previous = Objects.requireNonNullElse(previous, Optional.empty());
    }

    /** A unit of plain texts without tuid, provenance or context. */
    public static UnitUpload of(String source, String target) {
        return new UnitUpload(Content.of(source), Content.of(target), "", "", "", "", Optional.empty());
    }
}
