package org.glossa.desktop.viewmodel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.glossa.core.model.Unit;

/**
 * The document's undo history: every edit is a {@link Step} holding the units it changed, before and after, so
 * undoing puts the old units back whatever the edit was (typing, a status, a join or split, a replace-all). Typing
 * in one segment coalesces into one step until another kind of edit is made or another segment is chosen. The
 * history keeps at most {@code limit} steps; the oldest are dropped.
 */
public final class EditHistory {

    /** Steps kept by default. */
    public static final int DEFAULT_LIMIT = 200;

    /** One unit changed by a step ({@code unitIndex} is its position in the document). */
    public record UnitChange(int unitIndex, Unit before, Unit after) {
        public UnitChange {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * One undoable edit.
     *
     * @param label     what the edit was, e.g. "Typing", "Join segments" (shown as "Undo Typing")
     * @param changes   the units it changed
     * @param unitId    the unit of the segment to show when the step is undone or redone
     * @param segmentId that segment (it exists both before and after the edit)
     */
    public record Step(String label, List<UnitChange> changes, String unitId, String segmentId) {
        public Step {
            Objects.requireNonNull(label, "label");
            changes = List.copyOf(changes);
            if (changes.isEmpty()) throw new IllegalArgumentException("a step changes at least one unit");
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(segmentId, "segmentId");
        }

        private Step mergedWith(Step later) {
            List<UnitChange> merged = new ArrayList<>();
            for (UnitChange change : later.changes) {
                Unit before = changes.stream().filter(c -> c.unitIndex() == change.unitIndex()).findFirst()
                        .map(UnitChange::before).orElse(change.before());
                merged.add(new UnitChange(change.unitIndex(), before, change.after()));
            }
            return new Step(label, merged, unitId, segmentId);
        }
    }

    private final int limit;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    /** The segment whose typing the top step collects, empty when the next typing starts a new step. */
    private Optional<String> typingIn = Optional.empty();

    public EditHistory() {
        this(DEFAULT_LIMIT);
    }

    public EditHistory(int limit) {
        if (limit < 1) throw new IllegalArgumentException("limit must be positive: " + limit);
        this.limit = limit;
    }

    /**
     * Records {@code step}; clears what could be redone. With {@code typing}, a step in the segment the previous
     * typing step was in joins that step instead.
     */
    public void record(Step step, boolean typing) {
        redo.clear();
        String segment = step.unitId() + "\u0000" + step.segmentId();
        if (typing && typingIn.filter(segment::equals).isPresent() && !undo.isEmpty()) {
            undo.push(undo.pop().mergedWith(step));
        } else {
            undo.push(step);
            while (undo.size() > limit) undo.removeLast();
        }
        typingIn = typing ? Optional.of(segment) : Optional.empty();
        changed();
    }

    /** The next typing starts a new step (another segment was chosen, or an edit of another kind follows). */
    public void endTyping() {
        typingIn = Optional.empty();
    }

    /** Takes the last step off the history; the caller puts its units' {@code before} back. */
    public Optional<Step> undo() {
        typingIn = Optional.empty();
        if (undo.isEmpty()) return Optional.empty();
        Step step = undo.pop();
        redo.push(step);
        changed();
        return Optional.of(step);
    }

    /** Takes the last undone step; the caller puts its units' {@code after} back. */
    public Optional<Step> redo() {
        typingIn = Optional.empty();
        if (redo.isEmpty()) return Optional.empty();
        Step step = redo.pop();
        undo.push(step);
        changed();
        return Optional.of(step);
    }

    public void clear() {
        undo.clear();
        redo.clear();
        typingIn = Optional.empty();
        changed();
    }

    public int size() {
        return undo.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** E.g. "Typing"; empty when there is nothing to undo. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    private void changed() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }
}
