package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;

/**
 * Changes to the open document as undoable steps: target edits and status changes of one segment, replace-all,
 * split and join, and undo and redo of them ({@link EditHistory}). Keeps the grid's rows in step with the units.
 */
final class DocumentEdits {

    /** What the editor does around an edit. */
    interface Host {
        /** The document has new work; {@code progressChanged} when a segment's status changed. */
        void edited(boolean progressChanged);

        /** Builds the grid's rows anew with {@code rebuild} (a join or split is applied). */
        void rebuildRows(Runnable rebuild);

        /** Makes row {@code index} the current one. */
        void select(int index);
    }

    private final SegmentGrid grid;
    private final EditHistory history;
    private final Supplier<DocumentSession> session;
    private final Host host;
    private final Consumer<String> tell;
    /** The history label of the target edit under way (copy source, insert term…); empty while typing. */
    private Optional<String> editLabel = Optional.empty();

    /** @param tell shows a message in the status line */
    DocumentEdits(SegmentGrid grid, EditHistory history, Supplier<DocumentSession> session, Host host,
            Consumer<String> tell) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.history = Objects.requireNonNull(history, "history");
        this.session = Objects.requireNonNull(session, "session");
        this.host = Objects.requireNonNull(host, "host");
        this.tell = Objects.requireNonNull(tell, "tell");
    }

    /** Runs a target edit that is one undo step of its own, not part of the typing around it. */
    void labelled(String label, Runnable edit) {
        history.endTyping();
        editLabel = Optional.of(label);
        try {
            edit.run();
        } finally {
            editLabel = Optional.empty();
            history.endTyping();
        }
    }

    /** Stores the target typed (or put by a {@link #labelled} edit) in row {@code index}'s segment. */
    void targetEdited(int index, Segment segment) {
        store(index, segment, editLabel.orElse("Typing"), editLabel.isEmpty());
    }

    /** Stores {@code segment} (a new status) in row {@code index} as one undo step named {@code label}. */
    void statusSet(int index, Segment segment, String label) {
        history.endTyping();
        store(index, segment, label, false);
    }

    private void store(int index, Segment segment, String label, boolean typing) {
        DocumentSession doc = session.get();
        SegmentRow row = grid.row(index);
        SegmentStatus before = RowFilter.status(row);
        int unitIndex = grid.unitOf(index);
        Unit unitBefore = doc.unit(unitIndex);
        doc.update(unitIndex, segment);
        history.record(new EditHistory.Step(label, List.of(new EditHistory.UnitChange(unitIndex, unitBefore,
                doc.unit(unitIndex))), row.unitId(), row.segmentId()), typing);
        SegmentStatus status = SegmentStatus.of(segment);
        row.update(segment.target().map(TagText::display).orElse(""), status);
        Repetitions.markUnit(grid, doc.unit(unitIndex));
        host.edited(status != before);
    }

    /**
     * Replaces the targets of several rows (keys: row index) as one undo step; the segments become drafts. Rows of
     * locked units are left out.
     */
    void replaceTargets(Map<Integer, Content> targets, String label) {
        DocumentSession doc = session.get();
        Map<Integer, Unit> changed = new LinkedHashMap<>();
        for (Map.Entry<Integer, Content> entry : targets.entrySet()) {
            SegmentRow row = grid.row(entry.getKey());
            if (row.locked()) continue;
            int unitIndex = grid.unitOf(entry.getKey());
            Unit unit = changed.getOrDefault(unitIndex, doc.unit(unitIndex));
            Segment segment = grid.segment(entry.getKey());
            changed.put(unitIndex, unit.withSegment(segment.withTarget(entry.getValue(), SegmentState.INITIAL)));
        }
        if (changed.isEmpty()) return;
        List<EditHistory.UnitChange> changes = new ArrayList<>();
        changed.forEach((unitIndex, unit) -> changes.add(new EditHistory.UnitChange(unitIndex,
                doc.unit(unitIndex), unit)));
        SegmentRow first = grid.row(targets.keySet().iterator().next());
        change(new EditHistory.Step(label, changes, first.unitId(), first.segmentId()));
    }

    /**
     * Fills the repetitions of row {@code index}'s segment that have no translation with its translation, as one undo
     * step that shows row {@code index} (see {@link Repetitions}).
     *
     * @return how many segments were filled
     */
    int fillRepetitions(int index) {
        Repetitions.Filled filled = Repetitions.propagate(grid, session.get(), index);
        if (filled.units().isEmpty()) return 0;
        DocumentSession doc = session.get();
        List<EditHistory.UnitChange> changes = new ArrayList<>();
        filled.units().forEach((unitIndex, unit) -> changes.add(new EditHistory.UnitChange(unitIndex,
                doc.unit(unitIndex), unit)));
        SegmentRow shown = grid.row(index);
        change(new EditHistory.Step("Fill repetitions", changes, shown.unitId(), shown.segmentId()));
        return filled.segments();
    }

    /** Splits row {@code index}'s segment at {@code offset} of its displayed source (see {@link Resegmenter}). */
    boolean split(int index, int offset) {
        int unitIndex = grid.unitOf(index);
        return resegmented(unitIndex, Resegmenter.split(session.get().unit(unitIndex), grid.row(index).segmentId(),
                offset, Locale.forLanguageTag(grid.sourceLanguage())), "Split segment");
    }

    /** Joins row {@code index}'s segment with the next one of its unit (see {@link Resegmenter}). */
    boolean joinWithNext(int index) {
        int unitIndex = grid.unitOf(index);
        return resegmented(unitIndex, Resegmenter.join(session.get().unit(unitIndex), grid.row(index).segmentId()),
                "Join segments");
    }

    private boolean resegmented(int unitIndex, Resegmenter.Outcome outcome, String label) {
        if (outcome instanceof Resegmenter.Refused refused) {
            tell.accept(refused.reason());
            return false;
        }
        Resegmenter.Done done = (Resegmenter.Done) outcome;
        Optional<String> problem = UnitCheck.problem(session.get().document(), done.unit());
        if (problem.isPresent()) {
            tell.accept("Not done: " + problem.get());
            return false;
        }
        Unit unit = session.get().unit(unitIndex);
        change(new EditHistory.Step(label, List.of(new EditHistory.UnitChange(unitIndex, unit, done.unit())),
                unit.id(), done.segmentId()));
        tell.accept(done.message());
        return true;
    }

    /** Makes {@code step}'s changes, records it and shows its segment. */
    private void change(EditHistory.Step step) {
        history.endTyping();
        history.record(step, false);
        apply(step, true);
    }

    /** Undoes the last edit of the document (any segment) and shows the segment it changed; false when none. */
    boolean undo() {
        return replay(history.undo(), false, "Undone: ");
    }

    /** Redoes the last undone edit; false when none. */
    boolean redo() {
        return replay(history.redo(), true, "Redone: ");
    }

    private boolean replay(Optional<EditHistory.Step> step, boolean forward, String told) {
        step.ifPresent(s -> {
            apply(s, forward);
            tell.accept(told + s.label());
        });
        return step.isPresent();
    }

    /** Puts the units of {@code step} (after it, or before it when not {@code forward}) in place and shows them. */
    private void apply(EditHistory.Step step, boolean forward) {
        DocumentSession doc = session.get();
        Set<Integer> resegmented = new HashSet<>();
        for (EditHistory.UnitChange change : step.changes()) {
            Unit unit = forward ? change.after() : change.before();
            if (!segmentIds(doc.unit(change.unitIndex())).equals(segmentIds(unit))) {
                resegmented.add(change.unitIndex());
            }
            // notes are not target edits: the unit keeps the notes it has now
            doc.replace(change.unitIndex(), unit.withNotes(doc.unit(change.unitIndex()).notes()));
        }
        if (!resegmented.isEmpty()) {
            host.rebuildRows(() -> grid.rebuild(resegmented));
        } else {
            for (EditHistory.UnitChange change : step.changes()) grid.update(doc.unit(change.unitIndex()));
        }
        host.edited(true);
        grid.rowOf(step.unitId(), step.segmentId()).ifPresent(host::select);
    }

    private static List<String> segmentIds(Unit unit) {
        return unit.segments().stream().map(Segment::id).toList();
    }
}
