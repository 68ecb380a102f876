package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glossa.desktop.SampleDocument;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {

    @Test
    void startsEmpty() {
        EditorViewModel viewModel = new EditorViewModel();

        assertTrue(viewModel.rows().isEmpty());
        assertEquals("0 segments", viewModel.statusText());
        assertEquals("Glossa", viewModel.title());
    }

    @Test
    void loadBuildsOneRowPerSegment() {
        EditorViewModel viewModel = new EditorViewModel();

        viewModel.load(SampleDocument.create());

        List<SegmentRow> rows = viewModel.rows();
        assertEquals(List.of(
                new SegmentRow(1, "u1", "s1", "title", SampleDocument.TITLE_SOURCE, SampleDocument.TITLE_TARGET,
                        "translated", false),
                new SegmentRow(2, "u2", "s1", "boilerplate", SampleDocument.BOILERPLATE_SOURCE, "", "initial",
                        true)), rows);
        assertFalse(rows.get(0).locked());
        assertTrue(rows.get(1).locked());
        assertEquals("2 segments", viewModel.statusText());
        assertEquals("Glossa — article.html", viewModel.title());
    }

    @Test
    void loadReplacesThePreviousDocument() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(SampleDocument.create());

        viewModel.load(SampleDocument.create().withUnits(List.of(SampleDocument.create().units().get(1))));

        assertEquals(1, viewModel.rows().size());
        assertEquals(1, viewModel.rows().get(0).number());
        assertEquals("1 segment", viewModel.statusText());
    }

    @Test
    void showFileNameOnlyChangesTheTitle() {
        EditorViewModel viewModel = new EditorViewModel();

        viewModel.showFileName("notes.docx");

        assertEquals("Glossa — notes.docx", viewModel.title());
        assertTrue(viewModel.rows().isEmpty());
    }
}
