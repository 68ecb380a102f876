package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class RepetitionsTest {

    static final Inline.Tag LINK = new Inline.Tag(Inline.TagKind.OPEN, "1", "link", "<a href=\"/a\">");
    static final Inline.Tag LINK_B = new Inline.Tag(Inline.TagKind.OPEN, "1", "link", "<a href=\"/b\">");
    static final Inline.Tag LINK_END = new Inline.Tag(Inline.TagKind.CLOSE, "1", "link", "</a>");

    /** "Read more." ×3 (one already typed by the translator), a linked "More" ×2 with different links, "Other." */
    static Document repeated() {
        return EditorViewModelTest.document(List.of(
                EditorViewModelTest.unit("u1", new Segment("s1", Content.of("Read more."))),
                EditorViewModelTest.unit("u2", new Segment("s1", Content.of("Other."))),
                EditorViewModelTest.unit("u3", new Segment("s1", Content.of("Read more."))),
                EditorViewModelTest.unit("u4", new Segment("s1", Content.of("Read more."),
                        Optional.of(Content.of("Weiterlesen!")), SegmentState.INITIAL)),
                EditorViewModelTest.unit("u5", new Segment("s1", linked(LINK))),
                EditorViewModelTest.unit("u6", new Segment("s1", linked(LINK_B)))));
    }

    static Content linked(Inline.Tag open) {
        return new Content(List.of(open, new Inline.Text("More"), LINK_END));
    }

    @Test
    void theGridShowsHowOftenASourceOccurs() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(repeated());
        assertEquals(List.of("×3", "", "×3", "×3", "×2", "×2"), vm.rows().stream().map(SegmentRow::repetition).toList());
    }

    @Test
    void confirmingFillsTheUntranslatedRepetitionsButNeverATypedTranslationAndOneUndoTakesThemBack() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(repeated());
        vm.select(0);
        vm.editor().textProperty().set("Mehr lesen.");
        vm.confirm();

        assertEquals(List.of("Mehr lesen.", "", "Mehr lesen.", "Weiterlesen!"),
                vm.rows().subList(0, 4).stream().map(SegmentRow::targetText).toList());
        assertEquals(List.of("translated", "new", "translated", "draft"),
                vm.rows().subList(0, 4).stream().map(SegmentRow::statusId).toList());
        assertEquals(List.of("×3", "", "×3 auto", "×3"), vm.rows().subList(0, 4).stream()
                .map(SegmentRow::repetition).toList());
        assertEquals("Filled 1 repetition of segment 1 with its translation (Ctrl+Z undoes)", vm.message());
        assertEquals(1, vm.currentIndex(), "confirm still moves to the next unconfirmed segment");

        assertTrue(vm.undo());
        assertEquals("", vm.rows().get(2).targetText());
        assertEquals("×3", vm.rows().get(2).repetition());
        assertEquals("Mehr lesen.", vm.rows().get(0).targetText(), "the confirmation is its own step");
        assertTrue(vm.redo());
        assertEquals("Mehr lesen.", vm.rows().get(2).targetText());
    }

    @Test
    void aPropagatedTranslationFollowsALaterConfirmationUntilTheTranslatorChangesIt() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(repeated());
        vm.select(0);
        vm.editor().textProperty().set("Mehr lesen.");
        vm.confirm();
        vm.select(0);
        vm.editor().textProperty().set("Weiterlesen.");
        vm.confirm();
        assertEquals("Weiterlesen.", vm.rows().get(2).targetText(), "still as propagated: follows");

        vm.select(2);
        vm.editor().textProperty().set("Lesen Sie mehr.");
        assertEquals("×3", vm.rows().get(2).repetition(), "typed over: no longer propagated");
        vm.select(0);
        vm.editor().textProperty().set("Mehr.");
        vm.confirm();
        assertEquals("Lesen Sie mehr.", vm.rows().get(2).targetText(), "never over what the translator typed");
    }

    @Test
    void repetitionsWithOtherMarkupGetTheirOwnCodes() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(repeated());
        vm.select(4);
        vm.editor().textProperty().set("⟨1⟩Mehr⟨/1⟩");
        vm.confirm();
        Segment other = EditorViewModelTest.segment(vm, 5);
        assertEquals(Optional.of(new Content(List.of(LINK_B, new Inline.Text("Mehr"), LINK_END))), other.target(),
                "the second link keeps its own address");
        assertEquals(SegmentState.TRANSLATED, other.state());
    }

    @Test
    void aTranslationThatLosesCodesIsNotSpread() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(repeated());
        vm.select(4);
        vm.editor().textProperty().set("Mehr");
        vm.confirm();
        assertEquals("", vm.rows().get(5).targetText(), "the lost link is not multiplied");
    }

    @ParameterizedTest
    @EnumSource(value = XliffVersion.class)
    void thePropagatedMarkSurvivesSavingAndReading(XliffVersion version) throws IOException {
        EditorViewModel vm = new EditorViewModel();
        vm.load(repeated());
        vm.select(0);
        vm.editor().textProperty().set("Mehr lesen.");
        vm.confirm();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffWriter.write(vm.document().orElseThrow(), version, out);
        Document read = XliffReader.read(new ByteArrayInputStream(out.toByteArray()), "four.xlf").get(0);

        EditorViewModel reopened = new EditorViewModel();
        reopened.load(read);
        assertEquals(List.of("×3", "", "×3 auto", "×3"), reopened.rows().subList(0, 4).stream()
                .map(SegmentRow::repetition).toList());
        Unit unit = read.units().get(2);
        assertTrue(Repetitions.propagated(unit, unit.segments().get(0)));
        assertEquals(SegmentState.TRANSLATED, unit.segments().get(0).state());
    }
}
