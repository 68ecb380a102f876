package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.junit.jupiter.api.Test;

class UndoRedoTest {

    private static EditorViewModel fourSegments() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(EditorViewModelTest.fourSegments());
        return vm;
    }

    @Test
    void typingInOneSegmentIsOneStepAndUndoJumpsToTheSegment() {
        EditorViewModel vm = fourSegments();
        for (String typed : List.of("Z", "Zw", "Zwei", "Zwei.")) vm.editor().textProperty().set(typed);
        vm.select(3);
        vm.editor().textProperty().set("V");
        vm.editor().textProperty().set("Vier.");
        assertEquals(2, vm.history().size());

        assertTrue(vm.undo());
        assertEquals(3, vm.currentIndex());
        assertEquals("", vm.editor().text());
        assertEquals("new", vm.rows().get(3).statusId());

        vm.select(0);
        assertTrue(vm.undo());
        assertEquals(1, vm.currentIndex(), "undo goes to the segment it changes");
        assertEquals(Optional.empty(), EditorViewModelTest.segment(vm, 1).target());
        assertEquals("", vm.rows().get(1).targetText());
        assertFalse(vm.undo(), "nothing more to undo");

        assertTrue(vm.redo());
        assertEquals("Zwei.", vm.editor().text());
        assertEquals("Zwei.", vm.rows().get(1).targetText());
        assertTrue(vm.redo());
        assertEquals(3, vm.currentIndex());
        assertEquals("Vier.", vm.rows().get(3).targetText());
        assertFalse(vm.redo());
    }

    @Test
    void copySourceStatusAndMatchAreStepsOfTheirOwn() {
        EditorViewModel vm = fourSegments();
        vm.memory().useMemory((source, previous) -> List.of(
                new TmMatch(90, MatchKind.FUZZY, Content.of("Two!"), Content.of("Zwei!"), "t1", "mem.tmx")));
        vm.select(1);
        vm.editor().textProperty().set("x");
        vm.copySource();
        vm.insertMatch(1);
        assertTrue(vm.setStatus(SegmentStatus.REVIEWED));
        assertEquals(4, vm.history().size());
        assertEquals("Status reviewed", vm.history().undoLabelProperty().get());

        vm.undo();
        assertEquals("draft", vm.rows().get(1).statusId());
        vm.undo();
        assertEquals("Two.", vm.editor().text());
        vm.undo();
        assertEquals("x", vm.editor().text());
        vm.editor().textProperty().set("xy");
        assertFalse(vm.history().canRedoProperty().get(), "a new edit clears what could be redone");
        assertEquals("Typing", vm.history().undoLabelProperty().get());
        assertEquals(2, vm.history().size(), "typing after an undo is a new step");
    }

    @Test
    void insertedTermIsOneStep() {
        Unit unit = new Unit("u1", Role.BODY, true, "u1", List.of(new Segment("s1", Content.of("The EU acts."))),
                List.of(new org.glossa.core.model.TermMark("s1", 4, 6, "EU",
                        List.of(new org.glossa.core.model.TermMark.Target("EU", "preferred")), "g")));
        EditorViewModel vm = new EditorViewModel();
        vm.load(EditorViewModelTest.document(List.of(unit)));
        vm.editor().textProperty().set("Die ");

        assertEquals(6, vm.insertTerm(1, 4));

        assertEquals("Die EU", vm.editor().text());
        assertEquals(2, vm.history().size());
        vm.undo();
        assertEquals("Die ", vm.editor().text());
    }

    @Test
    void theHistoryIsBounded() {
        EditHistory history = new EditHistory(3);
        Unit before = EditorViewModelTest.unit("u1", new Segment("s1", Content.of("A")));
        for (int i = 0; i < 5; i++) {
            Unit after = before.withSegment(before.segments().get(0).withTarget(Content.of("a" + i), null));
            history.record(new EditHistory.Step("Step " + i, List.of(new EditHistory.UnitChange(0, before, after)),
                    "u1", "s1"), false);
        }

        assertEquals(3, history.size());
        assertEquals("Step 4", history.undo().orElseThrow().label());
        assertEquals("Step 3", history.undo().orElseThrow().label());
        assertEquals("Step 2", history.undo().orElseThrow().label());
        assertTrue(history.undo().isEmpty());
    }

    @Test
    void openingAnotherDocumentClearsTheHistory() {
        EditorViewModel vm = fourSegments();
        vm.editor().textProperty().set("Zwei.");

        vm.load(EditorViewModelTest.fourSegments());

        assertFalse(vm.undo());
        assertEquals("", vm.rows().get(1).targetText());
    }
}
