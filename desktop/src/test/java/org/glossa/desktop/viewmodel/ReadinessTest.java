package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    static final Inline.Tag B = new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>");
    static final Inline.Tag B_END = new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>");

    static EditorViewModel twoSegments() {
        EditorViewModel vm = new EditorViewModel();
        vm.load(EditorViewModelTest.document(List.of(
                EditorViewModelTest.unit("u1", new Segment("s1", new Content(List.of(new Inline.Text("The "), B,
                        new Inline.Text("EU"), B_END, new Inline.Text(" acts."))), Optional.of(Content.of(
                                "Die EU handelt.")), SegmentState.INITIAL)),
                EditorViewModelTest.unit("u2", new Segment("s1", Content.of("Two."))))));
        return vm;
    }

    @Test
    void confirmingASegmentWithQaErrorsAsksFirst() {
        EditorViewModel vm = twoSegments();
        vm.select(0);
        assertEquals(Optional.of("Segment 1 has 2 QA errors: tag-mismatch (The target lacks the opening tag 1 (bold)); "
                + "tag-mismatch (The target lacks the closing tag 1 (bold))"), vm.confirmWarning());

        vm.editor().textProperty().set("Die ⟨1⟩EU⟨/1⟩ handelt.");
        vm.select(0);
        assertEquals(Optional.empty(), vm.confirmWarning(), "no errors, no question");
    }

    @Test
    void exportingWithUntranslatedSegmentsOrQaErrorsAsksFirst() {
        EditorViewModel vm = twoSegments();
        String warning = vm.incompleteWarning().orElseThrow();
        assertTrue(warning.startsWith("1 segment is not translated: the exported document keeps their source text. "
                + "QA found 2 errors: #1 tag-mismatch ("), warning);

        vm.select(0);
        vm.editor().textProperty().set("Die ⟨1⟩EU⟨/1⟩ handelt.");
        vm.select(1);
        vm.editor().textProperty().set("Zwei.");
        vm.checkFile();
        assertEquals(Optional.empty(), vm.incompleteWarning());
    }
}
