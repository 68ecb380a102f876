package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.desktop.viewmodel.FindReplaceViewModel.Match;
import org.glossa.desktop.viewmodel.FindReplaceViewModel.Scope;
import org.glossa.desktop.viewmodel.FindReplaceViewModel.Side;
import org.junit.jupiter.api.Test;

class FindReplaceTest {

    static final Inline.Tag OPEN = new Inline.Tag(Inline.TagKind.OPEN, "1", "link", "<a href=\"/storm\">");
    static final Inline.Tag CLOSE = new Inline.Tag(Inline.TagKind.CLOSE, "1", "link", "</a>");

    /** Rows: 1 storm (translated), 2 Storm with a link (draft), 3 locked with Sturm, 4 new, 5 "Stormy" (final). */
    static EditorViewModel editor() {
        Content linked = new Content(List.of(new Inline.Text("The "), OPEN, new Inline.Text("storm"), CLOSE,
                new Inline.Text(" ends.")));
        Content linkedTarget = new Content(List.of(new Inline.Text("Der "), OPEN, new Inline.Text("Sturm"), CLOSE,
                new Inline.Text(" endet. Sturm!")));
        Unit withTerm = new Unit("u2", Role.BODY, true, "u2", List.of(new Segment("s1", linked,
                Optional.of(linkedTarget), SegmentState.INITIAL)),
                List.of(new TermMark("s1", 5, 10, "storm", List.of(new TermMark.Target("Sturm", "")), "g")));
        EditorViewModel vm = new EditorViewModel();
        vm.load(EditorViewModelTest.document(List.of(
                EditorViewModelTest.unit("u1", new Segment("s1", Content.of("A storm comes."),
                        Optional.of(Content.of("Ein Sturm kommt.")), SegmentState.TRANSLATED)),
                withTerm,
                new Unit("u3", Role.BOILERPLATE, false, "u3", List.of(new Segment("s1", Content.of("Storm news"),
                        Optional.of(Content.of("Sturm news")), SegmentState.INITIAL))),
                EditorViewModelTest.unit("u4", new Segment("s1", Content.of("Calm."))),
                EditorViewModelTest.unit("u5", new Segment("s1", Content.of("Stormy night."),
                        Optional.of(Content.of("Stürmische Nacht.")), SegmentState.FINAL)))));
        vm.select(0);
        return vm;
    }

    @Test
    void findNextGoesThroughSourceAndTargetAndWraps() {
        EditorViewModel vm = editor();
        FindReplaceViewModel find = vm.find();
        find.queryProperty().set("storm");

        List<String> found = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            assertTrue(find.findNext());
            Match m = find.match().orElseThrow();
            found.add(m.row() + ":" + m.side() + ":" + m.hit().start());
            assertEquals(m.row(), vm.currentIndex(), "find goes to the segment");
        }

        assertEquals(List.of("0:SOURCE:2", "1:SOURCE:7", "2:SOURCE:0", "4:SOURCE:0", "0:SOURCE:2"), found);
        assertTrue(find.message().startsWith("Wrapped around"), find.message());
        assertTrue(find.findPrevious());
        assertEquals("4:SOURCE:0", describe(find));
    }

    @Test
    void matchCaseWholeWordsAndRegularExpressions() {
        EditorViewModel vm = editor();
        FindReplaceViewModel find = vm.find();
        find.queryProperty().set("Storm");
        find.matchCaseProperty().set(true);
        find.wholeWordsProperty().set(true);
        find.findNext();
        assertEquals("2:SOURCE:0", describe(find), "not 'storm', not 'Stormy'");

        find.matchCaseProperty().set(false);
        find.wholeWordsProperty().set(false);
        find.regexProperty().set(true);
        find.scopeProperty().set(Scope.TARGET);
        find.queryProperty().set("St(u|ü)rm\\w*");
        vm.select(3);
        find.findNext();
        assertEquals("4:TARGET:0", describe(find));
        assertEquals("Stürmische", find.match().orElseThrow().hit().text());

        find.queryProperty().set("(unclosed");
        assertFalse(find.findNext());
        assertTrue(find.message().startsWith("Not a regular expression"), find.message());
    }

    @Test
    void filtersLimitTheSegmentsSearched() {
        EditorViewModel vm = editor();
        FindReplaceViewModel find = vm.find();
        find.queryProperty().set("storm");
        find.onlyWithTermsProperty().set(true);
        find.findNext();
        assertEquals("1:SOURCE:7", describe(find));
        find.findNext();
        assertEquals("1:SOURCE:7", describe(find), "the only segment with a glossary term");

        find.onlyWithTermsProperty().set(false);
        find.statuses().add(SegmentStatus.FINAL);
        find.findNext();
        assertEquals("4:SOURCE:0", describe(find));

        find.statuses().clear();
        vm.applyFilter(RowFilter.Show.TRANSLATED);
        vm.select(0);
        find.findNext();
        find.findNext();
        assertEquals("0:SOURCE:2", describe(find), "hidden rows are not searched");
    }

    @Test
    void filterOnQaIssues() {
        EditorViewModel vm = editor();
        vm.editor().textProperty().set("Ein Sturm kommt 2024.");
        vm.checkFile();
        assertTrue(vm.qa().segmentsWithFindings().contains(RowFilter.key("u1", "s1")), vm.qa().fileFindings().toString());
        FindReplaceViewModel find = vm.find();
        find.queryProperty().set("storm");
        find.onlyQaIssuesProperty().set(true);

        vm.select(3);
        assertTrue(find.findNext());

        assertEquals("0:SOURCE:2", describe(find));
    }

    @Test
    void replaceAllChangesTextOnlyInTargetsSkipsLockedUnitsAndIsOneUndoStep() {
        EditorViewModel vm = editor();
        FindReplaceViewModel find = vm.find();
        find.queryProperty().set("Sturm");
        find.wholeWordsProperty().set(true);
        find.replacementProperty().set("Orkan");

        assertEquals(3, find.replaceAll());

        assertEquals("Replaced 3 matches in 2 segments; 1 in locked segments left as they are", find.message());
        assertEquals("Ein Orkan kommt.", vm.rows().get(0).targetText());
        assertEquals(new Content(List.of(new Inline.Text("Der "), OPEN, new Inline.Text("Orkan"), CLOSE,
                new Inline.Text(" endet. Orkan!"))), EditorViewModelTest.segment(vm, 1).target().orElseThrow());
        assertEquals("draft", vm.rows().get(0).statusId(), "an edited target is a draft");
        assertEquals("Sturm news", vm.rows().get(2).targetText());
        assertEquals("Stürmische Nacht.", vm.rows().get(4).targetText());
        assertEquals(1, vm.history().size());

        vm.undo();
        assertEquals("Ein Sturm kommt.", vm.rows().get(0).targetText());
        assertEquals("translated", vm.rows().get(0).statusId());
        assertEquals("Der ⟨1⟩Sturm⟨/1⟩ endet. Sturm!", vm.rows().get(1).targetText());
    }

    @Test
    void aReplacementNeverTouchesCodes() {
        EditorViewModel vm = editor();
        FindReplaceViewModel find = vm.find();
        find.regexProperty().set(true);
        find.queryProperty().set(".+");
        find.replacementProperty().set("X");
        find.scopeProperty().set(Scope.TARGET);
        vm.applyFilter(RowFilter.Show.DRAFT);

        assertEquals(3, find.replaceAll());

        assertEquals(new Content(List.of(new Inline.Text("X"), OPEN, new Inline.Text("X"), CLOSE,
                new Inline.Text("X"))), EditorViewModelTest.segment(vm, 1).target().orElseThrow());
    }

    @Test
    void replaceReplacesTheCurrentTargetMatchAndFindsTheNext() {
        EditorViewModel vm = editor();
        FindReplaceViewModel find = vm.find();
        find.queryProperty().set("sturm");
        find.scopeProperty().set(Scope.TARGET);
        find.replacementProperty().set("Orkan");
        vm.select(1);

        assertTrue(find.replace());
        assertEquals("1:TARGET:7", describe(find), "the first replace finds");
        assertTrue(find.replace());

        assertEquals("Der ⟨1⟩Orkan⟨/1⟩ endet. Sturm!", vm.editor().text());
        assertEquals("1:TARGET:24", describe(find));
        assertEquals(Side.TARGET, find.match().orElseThrow().side());
        assertTrue(find.replace());
        assertEquals("Der ⟨1⟩Orkan⟨/1⟩ endet. Orkan!", vm.rows().get(1).targetText());
        assertEquals("2:TARGET:0", describe(find), "on to the next match, in a locked segment");
        assertTrue(find.replace());
        assertEquals("Sturm news", vm.rows().get(2).targetText(), "a locked segment is not changed");
        assertEquals(2, vm.history().size(), "each replace is a step");

        find.scopeProperty().set(Scope.SOURCE);
        assertFalse(find.replace());
        assertTrue(find.message().startsWith("The source is not changed"));
    }

    private static String describe(FindReplaceViewModel find) {
        Match m = find.match().orElseThrow(() -> new AssertionError(find.message()));
        return m.row() + ":" + m.side() + ":" + m.hit().start();
    }
}
