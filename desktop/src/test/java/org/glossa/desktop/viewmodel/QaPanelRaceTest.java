package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.junit.jupiter.api.Test;

/**
 * With more than one worker, QA results come back in any order. The file's findings list must still end up with
 * the newest findings of every segment: this is what came out incomplete with two workers.
 */
class QaPanelRaceTest {

    private final ManualAsync async = new ManualAsync();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final EditorViewModel viewModel = new EditorViewModel(path -> {
        throw new UnsupportedOperationException();
    }, Resources.NONE, async, scheduler);

    @Test
    void anEditCheckedBeforeTheOlderFileCheckEndsStaysInTheFileList() {
        viewModel.load(EditorViewModelTest.fourSegments()); // file check, then the check of segment 2
        viewModel.editor().textProperty().set("Zwei 2023.");
        scheduler.runPending(); // the typing pause: segment 2 checked again

        async.finishNewestFirst(); // the edit's check ends first, the file check started at opening last

        assertEquals(List.of("#2 error number-mismatch"), briefly(viewModel.qa().fileFindings()));
        assertEquals(List.of("#2 error number-mismatch"), briefly(viewModel.qa().segmentFindings()));
        assertEquals("1 issue in 1 segment", viewModel.qa().summaryProperty().get());
    }

    @Test
    void anOlderSegmentCheckEndingAfterTheFileCheckDoesNotUndoIt() {
        viewModel.load(EditorViewModelTest.fourSegments());
        viewModel.editor().textProperty().set("Zwei 2023.");
        scheduler.runPending(); // segment 2 checked with the number
        viewModel.checkFile(); // F7: the whole file with the number

        async.finish(2); // the segment check of the edit
        async.finish(2); // F7
        async.finishInOrder(); // the opening's file and segment checks, both older than the edit

        assertEquals(List.of("#2 error number-mismatch"), briefly(viewModel.qa().fileFindings()));
    }

    @Test
    void theSummarySaysCheckingUntilTheFileCheckEnds() {
        viewModel.load(EditorViewModelTest.fourSegments());
        viewModel.editor().textProperty().set("Zwei 2023.");
        scheduler.runPending();

        async.finish(2); // the edit's check: its finding is listed, the file is still being checked
        assertEquals(List.of("#2 error number-mismatch"), briefly(viewModel.qa().fileFindings()));
        assertEquals("Checking…", viewModel.qa().summaryProperty().get());

        async.finishInOrder();
        assertEquals("1 issue in 1 segment", viewModel.qa().summaryProperty().get());
    }

    @Test
    void inOrderResultsGiveTheSameList() {
        viewModel.load(EditorViewModelTest.fourSegments());
        viewModel.editor().textProperty().set("Zwei 2023.");
        scheduler.runPending();

        async.finishInOrder();

        assertEquals(List.of("#2 error number-mismatch"), briefly(viewModel.qa().fileFindings()));
    }

    @Test
    void fixingTheSegmentClearsItsFindingWhateverTheOrder() {
        viewModel.load(EditorViewModelTest.fourSegments());
        viewModel.editor().textProperty().set("Zwei 2023.");
        scheduler.runPending();
        async.finishInOrder();
        viewModel.checkFile(); // sees the number
        viewModel.editor().textProperty().set("Zwei.");
        scheduler.runPending(); // sees it fixed

        async.finishNewestFirst();

        assertTrue(viewModel.qa().fileFindings().isEmpty(), viewModel.qa().fileFindings()::toString);
        assertEquals("No issues", viewModel.qa().summaryProperty().get());
        Segment two = EditorViewModelTest.segment(viewModel, 1);
        assertEquals(Content.of("Zwei."), two.target().orElseThrow());
    }

    private static List<String> briefly(List<QaPanelViewModel.FindingRow> rows) {
        return rows.stream().map(r -> "#" + r.number() + " " + r.severity() + " " + r.check()).toList();
    }
}
