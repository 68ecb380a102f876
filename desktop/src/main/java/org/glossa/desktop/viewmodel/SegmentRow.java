package org.glossa.desktop.viewmodel;

import java.util.Objects;

/**
 * One line of the segment grid.
 *
 * @param number     1-based position of the segment in the document
 * @param unitId     id of the unit the segment belongs to
 * @param segmentId  id of the segment within its unit
 * @param roleId     the unit's role, e.g. {@code title}
 * @param sourceText source without inline codes
 * @param targetText target without inline codes, empty when there is none yet
 * @param stateId    workflow state, e.g. {@code initial}
 * @param locked     true when the unit is not translated (boilerplate, translate=no)
 */
public record SegmentRow(int number, String unitId, String segmentId, String roleId, String sourceText,
                         String targetText, String stateId, boolean locked) {
    public SegmentRow {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(segmentId, "segmentId");
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        Objects.requireNonNull(stateId, "stateId");
    }
}
