package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppearanceAndCountsTest {

    @TempDir
    Path dir;

    @Test
    void fontSizeAndThemeAreKeptInTheSettingsWithinLimits() throws IOException {
        Settings settings = Settings.empty(dir.resolve("desktop.properties"));
        AppearanceViewModel appearance = new AppearanceViewModel(settings);
        assertEquals(AppearanceViewModel.DEFAULT_SIZE, appearance.fontSizeProperty().get());
        appearance.larger();
        appearance.larger();
        appearance.setDark(true);
        settings.save();

        AppearanceViewModel next = new AppearanceViewModel(Settings.load(settings.file()));
        assertEquals(AppearanceViewModel.DEFAULT_SIZE + 2, next.fontSizeProperty().get());
        assertTrue(next.darkProperty().get());
        for (int i = 0; i < 40; i++) next.smaller();
        assertEquals(AppearanceViewModel.MIN_SIZE, next.fontSizeProperty().get());
        next.resetFontSize();
        assertEquals(AppearanceViewModel.DEFAULT_SIZE, next.fontSizeProperty().get());
    }

    @Test
    void theSegmentsCountsFollowTheTypingAndLeaveCodesOut() {
        EditorViewModel vm = new EditorViewModel();
        Inline.Tag b = new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>");
        Inline.Tag bEnd = new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>");
        vm.load(EditorViewModelTest.document(List.of(EditorViewModelTest.unit("u1", new Segment("s1",
                new Content(List.of(new Inline.Text("The "), b, new Inline.Text("EU"), bEnd, new Inline.Text(" acts."))))))));
        vm.select(0);
        assertEquals("Source 3 words, 12 characters · Target 0 words, 0 characters", vm.counts().text());
        vm.editor().textProperty().set("Die ⟨1⟩EU⟨/1⟩ handelt.");
        assertEquals("Source 3 words, 12 characters · Target 3 words, 15 characters", vm.counts().text());
    }

    @Test
    void nonBreakingSpacesAreShownAsDots() {
        assertEquals("10·km und 5 m", VisibleSpaces.show("10\u00A0km und 5\u202Fm".replace("5\u202Fm", "5 m")));
        assertEquals("Seite·3", VisibleSpaces.show("Seite\u202F3"));
        assertEquals("plain", VisibleSpaces.show("plain"));
    }
}
