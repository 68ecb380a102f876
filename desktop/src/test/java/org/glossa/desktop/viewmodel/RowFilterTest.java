package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RowFilterTest {

    private static List<Integer> numbers(EditorViewModel vm) {
        return vm.filter().visibleRows().stream().map(SegmentRow::number).toList();
    }

    @Test
    void showsOneStatusUnconfirmedOrAll() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(EditorViewModelTest.fourSegments());

        vm.applyFilter(RowFilter.Show.TRANSLATED);
        assertEquals(List.of(1, 3), numbers(vm));
        assertEquals(0, vm.currentIndex(), "the current row was hidden: the first shown row is current");
        assertEquals("Showing 2 of 4 segments: Translated", vm.message());

        vm.applyFilter(RowFilter.Show.UNCONFIRMED);
        assertEquals(List.of(2, 4), numbers(vm));
        assertEquals(1, vm.filter().viewIndex(3));
        assertEquals(-1, vm.filter().viewIndex(2));

        vm.applyFilter(RowFilter.Show.ALL);
        assertEquals(List.of(1, 2, 3, 4), numbers(vm));
    }

    @Test
    void movingUsesTheVisibleRows() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(EditorViewModelTest.fourSegments());
        vm.applyFilter(RowFilter.Show.UNCONFIRMED);
        assertEquals(1, vm.currentIndex());

        vm.next();
        assertEquals(3, vm.currentIndex(), "row 3 is hidden");
        vm.previous();
        assertEquals(1, vm.currentIndex());

        vm.editor().textProperty().set("Zwei.");
        vm.confirm();
        assertEquals(3, vm.currentIndex());
        assertEquals(List.of(2, 4), numbers(vm), "a confirmed row stays until the filter is chosen again");
        vm.applyFilter(RowFilter.Show.UNCONFIRMED);
        assertEquals(List.of(4), numbers(vm));
        assertFalse(vm.nextUnconfirmed());
    }

    @Test
    void showsTheRowsWithQaIssues() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(EditorViewModelTest.fourSegments());
        vm.editor().textProperty().set("Zwei 2.");
        vm.checkFile();
        assertTrue(vm.qa().segmentsWithFindings().contains(RowFilter.key("u2", "s1")), vm.qa().fileFindings().toString());

        vm.applyFilter(RowFilter.Show.QA_ISSUES);

        assertEquals(List.of(2), numbers(vm));
    }
}
