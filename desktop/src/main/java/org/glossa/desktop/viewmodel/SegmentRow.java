package org.glossa.desktop.viewmodel;

import java.util.Objects;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One line of the segment grid. What never changes is a plain field; target, status and match score are
 * properties the grid's cells follow while the translator works.
 */
public final class SegmentRow {

    private final int number;
    private final String unitId;
    private final String segmentId;
    private final String roleId;
    private final String sourceText;
    private final boolean locked;
    private final int words;
    private final ReadOnlyStringWrapper targetText;
    private final ReadOnlyStringWrapper statusId;
    private final ReadOnlyStringWrapper matchScore = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper repetition = new ReadOnlyStringWrapper("");

    /**
     * @param number     1-based position of the segment in the document
     * @param unitId     id of the unit the segment belongs to
     * @param segmentId  id of the segment within its unit
     * @param roleId     the unit's role, e.g. {@code title}
     * @param sourceText source with placeholders for inline codes
     * @param targetText target with placeholders, empty when there is none yet
     * @param statusId   workflow status, e.g. {@code draft} (see {@link SegmentStatus})
     * @param locked     true when the unit is not translated (boilerplate, translate=no)
     * @param words      words of the source
     */
    public SegmentRow(int number, String unitId, String segmentId, String roleId, String sourceText, String targetText,
                      String statusId, boolean locked, int words) {
        this.number = number;
        this.unitId = Objects.requireNonNull(unitId, "unitId");
        this.segmentId = Objects.requireNonNull(segmentId, "segmentId");
        this.roleId = Objects.requireNonNull(roleId, "roleId");
        this.sourceText = Objects.requireNonNull(sourceText, "sourceText");
        this.targetText = new ReadOnlyStringWrapper(Objects.requireNonNull(targetText, "targetText"));
        this.statusId = new ReadOnlyStringWrapper(Objects.requireNonNull(statusId, "statusId"));
        this.locked = locked;
        this.words = words;
    }

    public int number() {
        return number;
    }

    public String unitId() {
        return unitId;
    }

    public String segmentId() {
        return segmentId;
    }

    public String roleId() {
        return roleId;
    }

    public String sourceText() {
        return sourceText;
    }

    public boolean locked() {
        return locked;
    }

    public int words() {
        return words;
    }

    public String targetText() {
        return targetText.get();
    }

    public ReadOnlyStringProperty targetTextProperty() {
        return targetText.getReadOnlyProperty();
    }

    public String statusId() {
        return statusId.get();
    }

    public ReadOnlyStringProperty statusIdProperty() {
        return statusId.getReadOnlyProperty();
    }

    /** Best translation-memory score seen for the segment ("" when none). */
    public String matchScore() {
        return matchScore.get();
    }

    public ReadOnlyStringProperty matchScoreProperty() {
        return matchScore.getReadOnlyProperty();
    }

    /**
     * How often the source occurs in the document ("×3", empty when once), followed by "auto" when the target was
     * filled from a confirmed repetition (see {@link Repetitions}).
     */
    public String repetition() {
        return repetition.get();
    }

    public ReadOnlyStringProperty repetitionProperty() {
        return repetition.getReadOnlyProperty();
    }

    void showRepetition(String marker) {
        repetition.set(marker);
    }

    /** This row at position {@code newNumber} (after a join or split before it). */
    SegmentRow renumbered(int newNumber) {
        SegmentRow row = new SegmentRow(newNumber, unitId, segmentId, roleId, sourceText, targetText(), statusId(),
                locked, words);
        row.matchScore.set(matchScore());
        row.repetition.set(repetition());
        return row;
    }

    void update(String target, SegmentStatus status) {
        targetText.set(target);
        statusId.set(status.id());
    }

    void showMatchScore(int score) {
        matchScore.set(score + "%");
    }

    @Override
    public String toString() {
        return "SegmentRow[" + number + " " + unitId + "/" + segmentId + " " + statusId() + " " + sourceText + " → "
                + targetText() + "]";
    }
}
