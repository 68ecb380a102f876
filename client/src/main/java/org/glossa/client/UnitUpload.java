package org.glossa.client;

import java.util.Objects;

/**
 * A unit to add to a server memory, with where it was translated. Texts are plain (inline codes are not sent;
 * use {@link RemoteMemory#importTmx} to keep them).
 *
 * @param source   the source text
 * @param target   the translation
 * @param tuid     the unit's id ("" for none); a reviewer's unit with a tuid the memory has replaces that unit
 * @param project  provenance: the project ("" for none)
 * @param document provenance: the document
 * @param segment  provenance: the segment's id in the document
 */
public record UnitUpload(String source, String target, String tuid, String project, String document, String segment) {
    public UnitUpload {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        tuid = Objects.requireNonNullElse(tuid, "");
        project = Objects.requireNonNullElse(project, "");
        document = Objects.requireNonNullElse(document, "");
        segment = Objects.requireNonNullElse(segment, "");
    }

    /** A unit without tuid or provenance. */
    public static UnitUpload of(String source, String target) {
        return new UnitUpload(source, target, "", "", "", "");
    }
}
