package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Inline;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.desktop.SampleDocument;
import org.junit.jupiter.api.Test;

class EditorViewModelTest {

    @Test
    void startsEmpty() {
        EditorViewModel viewModel = new EditorViewModel();

        assertTrue(viewModel.rows().isEmpty());
        assertEquals("No segments", viewModel.statusText());
        assertEquals("Glossa", viewModel.title());
    }

    @Test
    void loadBuildsOneRowPerSegment() {
        EditorViewModel viewModel = new EditorViewModel();

        viewModel.load(SampleDocument.create());

        List<SegmentRow> rows = viewModel.rows();
        assertEquals(2, rows.size());
        assertEquals(List.of(1, "u1", "s1", "title", SampleDocument.TITLE_SOURCE, SampleDocument.TITLE_TARGET,
                "translated", false), describe(rows.get(0)));
        assertEquals(List.of(2, "u2", "s1", "boilerplate", SampleDocument.BOILERPLATE_SOURCE, "", "new", true),
                describe(rows.get(1)));
        assertEquals("1 of 1 segments confirmed (100%) · 4 of 4 words", viewModel.statusText());
        assertEquals("Glossa — article.html", viewModel.title());
    }

    @Test
    void loadReplacesThePreviousDocument() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(SampleDocument.create());

        viewModel.load(SampleDocument.create().withUnits(List.of(SampleDocument.create().units().get(1))));

        assertEquals(1, viewModel.rows().size());
        assertEquals(1, viewModel.rows().get(0).number());
        assertEquals("Nothing to translate", viewModel.statusText());
    }

    @Test
    void opensOnTheFirstUnconfirmedSegment() {
        EditorViewModel viewModel = new EditorViewModel();

        viewModel.load(fourSegments());

        assertEquals(1, viewModel.currentIndex());
        assertEquals("Two.", viewModel.editor().sourcePieces().get(0).text());
    }

    @Test
    void typingMakesADraftAndUpdatesTheRow() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());

        viewModel.editor().textProperty().set("Zwei.");

        SegmentRow row = viewModel.rows().get(1);
        assertEquals("Zwei.", row.targetText());
        assertEquals("draft", row.statusId());
        assertEquals(Optional.of(Content.of("Zwei.")), segment(viewModel, 1).target());
        assertEquals(SegmentState.INITIAL, segment(viewModel, 1).state());
        assertEquals("Glossa — four.txt •", viewModel.title());
    }

    @Test
    void confirmMarksTranslatedAndMovesToTheNextUnconfirmed() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());
        viewModel.select(0);
        viewModel.editor().textProperty().set("Eins!");
        assertEquals("draft", viewModel.rows().get(0).statusId());

        viewModel.confirm();

        assertEquals("translated", viewModel.rows().get(0).statusId());
        assertEquals(1, viewModel.currentIndex(), "row 2 is the next unconfirmed");
        viewModel.editor().textProperty().set("Zwei.");
        viewModel.confirm();
        assertEquals(3, viewModel.currentIndex(), "row 3 is already translated");
        assertEquals("3 of 4 segments confirmed (75%) · 3 of 4 words", viewModel.statusText());
    }

    @Test
    void editingAConfirmedSegmentMakesItADraftAgain() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());
        viewModel.select(2);

        viewModel.editor().textProperty().set("Drei!");

        assertEquals("draft", viewModel.rows().get(2).statusId());
    }

    @Test
    void statusWorkflow() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());

        assertFalse(viewModel.setStatus(SegmentStatus.TRANSLATED), "nothing to confirm without a target");
        assertEquals("new", viewModel.rows().get(1).statusId());
        viewModel.editor().textProperty().set("Zwei.");
        for (SegmentStatus status : List.of(SegmentStatus.TRANSLATED, SegmentStatus.REVIEWED, SegmentStatus.FINAL,
                SegmentStatus.DRAFT)) {
            assertTrue(viewModel.setStatus(status));
            assertEquals(status.id(), viewModel.rows().get(1).statusId());
            assertEquals(status.state(), segment(viewModel, 1).state());
        }
    }

    @Test
    void movingUpAndDown() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());

        viewModel.next();
        assertEquals(2, viewModel.currentIndex());
        viewModel.previous();
        viewModel.previous();
        viewModel.previous();
        assertEquals(0, viewModel.currentIndex());
    }

    @Test
    void copySourceToTarget() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());

        viewModel.copySource();

        assertEquals("Two.", viewModel.editor().text());
        assertEquals("draft", viewModel.rows().get(1).statusId());
    }

    @Test
    void lockedSegmentsCannotBeEdited() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(SampleDocument.create());
        viewModel.select(1);

        assertFalse(viewModel.editor().editable());
        assertFalse(viewModel.setStatus(SegmentStatus.TRANSLATED));
        viewModel.copySource();
        assertEquals("", viewModel.editor().text());
        viewModel.editor().textProperty().set("x");
        assertEquals(Optional.empty(), segment(viewModel, 1).target(), "a locked segment keeps its target");
    }

    @Test
    void codesLeftOutOfTheTargetStayMissingAndQaFlagsThem() {
        Content source = boldEu();
        ManualScheduler pause = new ManualScheduler();
        EditorViewModel viewModel = new EditorViewModel(path -> {
            throw new UnsupportedOperationException();
        }, Resources.NONE, Async.DIRECT, pause);
        viewModel.load(document(List.of(unit("u1", new Segment("s1", source)))));
        assertEquals("The ⟨1⟩EU⟨/1⟩ acts.", viewModel.rows().get(0).sourceText());

        viewModel.editor().textProperty().set("Die EU handelt.");
        pause.runPending();

        assertEquals(List.of(new Inline.Text("Die EU handelt.")), segment(viewModel, 0).target().orElseThrow().parts(),
                "no code is appended silently");
        assertEquals("Die EU handelt.", viewModel.rows().get(0).targetText());
        assertEquals(List.of("tag-mismatch", "tag-mismatch"), viewModel.qa().segmentFindings().stream()
                .filter(f -> f.severity().equals("error")).map(QaPanelViewModel.FindingRow::check).toList(),
                "the opening and the closing code are missing: errors");
        viewModel.editor().textProperty().set("Die ⟨1⟩EU⟨/1⟩ handelt.");
        pause.runPending();
        assertEquals(List.of(new Inline.Text("Die "), OPEN_B, new Inline.Text("EU"), CLOSE_B,
                new Inline.Text(" handelt.")), segment(viewModel, 0).target().orElseThrow().parts());
        assertTrue(viewModel.qa().segmentFindings().stream().noneMatch(f -> f.check().equals("tag-mismatch")));
        viewModel.copySource();
        assertEquals(source, segment(viewModel, 0).target().orElseThrow());
    }

    @Test
    void aMatchWithoutCodesGetsTheSegmentsCodesPlacedAroundTheSameWords() {
        ManualScheduler pause = new ManualScheduler();
        EditorViewModel viewModel = new EditorViewModel(path -> {
            throw new UnsupportedOperationException();
        }, Resources.NONE, Async.DIRECT, pause);
        viewModel.load(document(List.of(unit("u1", new Segment("s1", boldEu())))));
        viewModel.memory().useMemory((segment, previous) -> List.of(
                new TmMatch(90, MatchKind.FUZZY, Content.of("The EU acts."), Content.of("Die EU handelt."), "t1",
                        "mem.tmx")));
        viewModel.select(0);

        assertTrue(viewModel.insertMatch(1));
        pause.runPending();

        assertEquals("Die ⟨1⟩EU⟨/1⟩ handelt.", viewModel.editor().text(), "issue 18: codes placed, never appended");
        assertEquals(boldEu().tags(), segment(viewModel, 0).target().orElseThrow().tags());
        assertEquals(List.of(), viewModel.qa().segmentFindings().stream()
                .map(QaPanelViewModel.FindingRow::check).filter(c -> c.equals("tag-mismatch")).toList());
    }

    @Test
    void exportAsksFirstWhileAConfirmedSegmentLacksCodes() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(document(List.of(unit("u1", new Segment("s1", boldEu())),
                unit("u2", new Segment("s1", boldEu())))));
        viewModel.select(0);
        viewModel.editor().textProperty().set("Die EU handelt.");
        assertEquals(Optional.empty(), viewModel.exportWarning(), "a draft does not block the export");

        viewModel.confirm();

        assertEquals(Optional.of("Segment 1 lacks inline codes of its source (formatting, links): the exported "
                + "document would lose them."), viewModel.exportWarning());
        viewModel.select(1);
        viewModel.editor().textProperty().set("Die ⟨1⟩EU handelt.");
        viewModel.confirm();
        assertEquals(Optional.of("Segments 1 and 2 lack inline codes of their source (formatting, links): the "
                + "exported document would lose them."), viewModel.exportWarning());
        viewModel.select(0);
        viewModel.editor().textProperty().set("Die ⟨1⟩EU⟨/1⟩ handelt.");
        viewModel.confirm();
        viewModel.select(1);
        viewModel.editor().textProperty().set("Die ⟨1⟩EU⟨/1⟩ handelt.");
        viewModel.confirm();
        assertEquals(Optional.empty(), viewModel.exportWarning());
    }

    static final Inline.Tag OPEN_B = new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>");
    static final Inline.Tag CLOSE_B = new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>");

    static Content boldEu() {
        return new Content(List.of(new Inline.Text("The "), OPEN_B, new Inline.Text("EU"), CLOSE_B,
                new Inline.Text(" acts.")));
    }

    @Test
    void insertsTheNthMatch() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());
        Content source = Content.of("Two.");
        viewModel.memory().useMemory((segment, previous) -> List.of(
                new TmMatch(100, MatchKind.EXACT, source, Content.of("Zwei."), "t1", "mem.tmx"),
                new TmMatch(80, MatchKind.FUZZY, Content.of("Two!"), Content.of("Zwei!"), "t2", "mem.tmx")));
        viewModel.select(1);

        assertEquals(2, viewModel.memory().matches().size());
        assertEquals("100%", viewModel.rows().get(1).matchScore());
        assertTrue(viewModel.insertMatch(2));
        assertEquals("Zwei!", viewModel.editor().text());
        assertFalse(viewModel.insertMatch(3));
        assertEquals(Optional.of(Content.of("Zwei!")), segment(viewModel, 1).target());
    }

    @Test
    void aFuzzyMatchShowsItsSourceDiffedAgainstTheSegment() {
        EditorViewModel viewModel = new EditorViewModel();
        viewModel.load(fourSegments());
        viewModel.memory().useMemory((segment, previous) -> List.of(
                new TmMatch(75, MatchKind.FUZZY, Content.of("Two more."), Content.of("Zwei weitere."), "t1",
                        "mem.tmx")));

        viewModel.select(1);

        TmPanelViewModel.MatchRow match = viewModel.memory().matches().get(0);
        assertEquals(List.of(new DiffPiece("Two", DiffPiece.Kind.SAME), new DiffPiece(" more", DiffPiece.Kind.DELETED),
                new DiffPiece(".", DiffPiece.Kind.SAME)), match.sourceDiff());
        assertEquals(List.of(75, "Two more.", "Zwei weitere.", "mem.tmx"),
                List.of(match.score(), match.source(), match.target(), match.origin()));
    }

    @Test
    void matchScoresOfPreTranslationShowInTheGrid() {
        Unit unit = unit("u1", new Segment("s1", Content.of("One.")))
                .withMatches(List.of(new MatchSuggestion("s1", 87, Content.of("One!"), Content.of("Eins!"), "m")));
        EditorViewModel viewModel = new EditorViewModel();

        viewModel.load(document(List.of(unit)));

        assertEquals("87%", viewModel.rows().get(0).matchScore());
    }

    static Document fourSegments() {
        return document(List.of(
                unit("u1", new Segment("s1", Content.of("One."), Optional.of(Content.of("Eins.")),
                        SegmentState.TRANSLATED)),
                unit("u2", new Segment("s1", Content.of("Two."))),
                unit("u3", new Segment("s1", Content.of("Three."), Optional.of(Content.of("Drei.")),
                        SegmentState.TRANSLATED)),
                unit("u4", new Segment("s1", Content.of("Four.")))));
    }

    static Unit unit(String id, Segment segment) {
        return new Unit(id, Role.BODY, true, id, List.of(segment));
    }

    static Document document(List<Unit> units) {
        return new Document("four.txt", Format.TEXT, "en", Optional.of("de"), units, Optional.empty());
    }

    static Segment segment(EditorViewModel viewModel, int row) {
        return viewModel.document().orElseThrow().segments().get(row);
    }

    private static List<Object> describe(SegmentRow row) {
        return List.of(row.number(), row.unitId(), row.segmentId(), row.roleId(), row.sourceText(), row.targetText(),
                row.statusId(), row.locked());
    }
}
