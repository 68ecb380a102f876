package org.glossa.desktop.viewmodel;

import java.util.Optional;

import org.glossa.core.model.Content;

/**
 * A segment the translator just confirmed (translated, reviewed or final), as a memory entry.
 *
 * @param document       the document's name
 * @param unitId         its unit
 * @param segmentId      the segment
 * @param source         the source
 * @param target         the confirmed target
 * @param previousSource the source of the segment before it (for context matches)
 */
public record ConfirmedSegment(String document, String unitId, String segmentId, Content source, Content target,
        Optional<Content> previousSource, String sourceLanguage, String targetLanguage) {

    /** The memory unit id: "document:unit/segment" (as {@code glossa tm import} names units). */
    public String tuid() {
        return document + ":" + unitId + "/" + segmentId;
    }
}
