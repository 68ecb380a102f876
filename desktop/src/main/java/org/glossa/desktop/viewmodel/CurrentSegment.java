package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;

/**
 * The segment the translator works on: which row it is, what its target editor and its glossary, memory and QA
 * panels show, and the edits made to it (typing, status, copy source, insert term or match).
 */
final class CurrentSegment {

    /** The panels that show the current segment. */
    record Panels(SegmentEditorViewModel editor, GlossaryPanelViewModel glossary, TmPanelViewModel memory,
            QaPanelViewModel qa) {
    }

    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(-1);
    private final SegmentGrid grid;
    private final DocumentEdits edits;
    private final EditHistory history;
    private final Panels panels;
    private final MemoryConnection memories;
    private final ProjectRepetitions projectRepetitions;
    private final Supplier<TermMarks> terms;
    private final Consumer<String> tell;

    /** @param terms the open document's term marks */
    CurrentSegment(SegmentGrid grid, DocumentEdits edits, EditHistory history, Panels panels,
            MemoryConnection memories, ProjectRepetitions projectRepetitions, Supplier<TermMarks> terms,
            Consumer<String> tell) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.history = Objects.requireNonNull(history, "history");
        this.panels = Objects.requireNonNull(panels, "panels");
        this.memories = Objects.requireNonNull(memories, "memories");
        this.projectRepetitions = Objects.requireNonNull(projectRepetitions, "projectRepetitions");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.tell = Objects.requireNonNull(tell, "tell");
    }

    ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The current row; -1 when there is none. */
    int index() {
        return index.get();
    }

    /** No row is current (the rows are being replaced). */
    void reset() {
        index.set(-1);
    }

    /** The current segment; empty when there is none. */
    Optional<Segment> segment() {
        return index.get() < 0 ? Optional.empty() : Optional.of(grid.segment(index.get()));
    }

    /** Makes row {@code row} the current segment. */
    void select(int row) {
        if (row < 0 || row >= grid.size()) throw new IndexOutOfBoundsException("no row " + row);
        history.endTyping();
        index.set(row);
        SegmentRow shown = grid.row(row);
        List<TermMark> marks = terms.get().termsOf(grid.unitOf(row), shown.segmentId());
        panels.editor().show(grid.segment(row), marks, shown.locked());
        panels.glossary().show(marks);
        if (shown.locked()) {
            panels.memory().clear();
            panels.qa().segmentFindings().clear();
            return;
        }
        lookup();
        panels.qa().checkSegment(shown.number(), grid.pair(row));
    }

    /** Looks up the current segment in the memories. */
    void lookup() {
        int row = index.get();
        if (row < 0 || grid.row(row).locked()) return;
        panels.memory().lookup(grid.segment(row).source(), grid.previousSource(row), grid.row(row)::showMatchScore);
    }

    /** Shows the current segment's terms again (the glossary grew) and checks it again. */
    void refreshTerms() {
        int row = index.get();
        if (row < 0) return;
        List<TermMark> marks = terms.get().termsOf(grid.unitOf(row), grid.row(row).segmentId());
        panels.editor().showTerms(marks);
        panels.glossary().show(marks);
        if (!grid.row(row).locked()) panels.qa().checkSegment(grid.row(row).number(), grid.pair(row));
    }

    /** See {@link EditorViewModel#setStatus}. */
    boolean setStatus(SegmentStatus status) {
        Optional<Segment> current = segment();
        if (current.isEmpty() || !panels.editor().editable()) return false;
        Segment segment = current.get();
        boolean hasTarget = segment.target().isPresent();
        int row = index.get();
        if (status != SegmentStatus.NEW && !hasTarget) {
            tell.accept("Segment " + grid.row(row).number() + " has no target to mark " + status.id());
            return false;
        }
        if (status == SegmentStatus.NEW && hasTarget) status = SegmentStatus.DRAFT;
        edits.statusSet(row, segment.withTarget(segment.target().orElse(null), status.state()),
                "Status " + status.id());
        if (status.confirmed()) {
            addToProjectMemory(row, segment);
            propagate(row);
            projectRepetitions.confirmed(row);
        }
        return true;
    }

    /**
     * Fills the repetitions of row {@code row}'s segment that have no translation (see {@link Repetitions}); those in
     * the project's other documents are filled by {@link ProjectRepetitions}.
     */
    private void propagate(int row) {
        int filled = edits.fillRepetitions(row);
        if (filled > 0) {
            tell.accept("Filled " + filled + (filled == 1 ? " repetition" : " repetitions") + " of segment "
                    + grid.row(row).number() + " with its translation (Ctrl+Z undoes)");
        }
    }

    private void addToProjectMemory(int row, Segment segment) {
        if (!memories.remembers() || segment.target().map(t -> t.plainText().isBlank()).orElse(true)) {
            return;
        }
        memories.remember(grid.confirmed(row, segment.target().get()));
    }

    void copySource() {
        if (panels.editor().editable()) edits.labelled("Copy source", panels.editor()::copySource);
    }

    /** See {@link EditorViewModel#insertTerm}. */
    int insertTerm(int n, int caret) {
        Optional<String> term = panels.glossary().target(n);
        if (term.isEmpty() || !panels.editor().editable()) return caret;
        int[] after = {caret};
        edits.labelled("Insert term", () -> after[0] = panels.editor().insert(term.get(), caret));
        return after[0];
    }

    boolean insertMatch(int n) {
        Optional<TmPanelViewModel.MatchRow> match = panels.memory().match(n);
        if (match.isEmpty() || !panels.editor().editable()) return false;
        int row = index.get();
        Content placed = InlineTags.placeInto(match.get().match().target(), panels.editor().source(),
                terms.get().termsOf(grid.unitOf(row), grid.row(row).segmentId()));
        edits.labelled("Insert match", () -> panels.editor().replace(placed));
        return true;
    }

    /** Replaces the target with {@code target} (one undo step named {@code label}). */
    void replaceTarget(Content target, String label) {
        if (panels.editor().editable()) edits.labelled(label, () -> panels.editor().replace(target));
    }

    /** The target editor's text changed to {@code target}. */
    void targetEdited(Optional<Content> target) {
        Segment segment = segment().orElseThrow();
        if (segment.target().equals(target)) return;
        int row = index.get();
        edits.targetEdited(row, segment.withTarget(target.orElse(null), SegmentState.INITIAL));
        panels.qa().segmentEdited(grid.row(row).number(), grid.pair(row));
    }
}
