package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.glossa.desktop.viewmodel.EditorViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 18, comfort, through the window: an XLIFF 1.2 string export with a developer's note and a 12-character
 * {@code maxwidth}; typing past the limit marks the counts and live QA reports it; the translator's note typed into
 * the Notes panel is in the file after Ctrl+S, the developer's note and the limit as they were.
 */
@ExtendWith(ApplicationExtension.class)
class NotesAndLimitsFlowTest {
    static final Path MENU = Path.of("..", "core", "src", "test", "resources", "notes-limits", "menu-12.xlf");

    @TempDir
    static Path dir;

    private Path file;
    private GlossaApp app;

    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
    }

    @Start
    void start(Stage stage) throws IOException {
        Path work = Files.createDirectories(dir.resolve("t" + System.nanoTime()));
        file = Files.copy(MENU, work.resolve("menu.xlf"));
        app = new GlossaApp(new LaunchOptions(Optional.of(file), List.of(), List.of()),
                work.resolve("config").resolve("desktop.properties"), new ScriptedDialogs());
        app.start(stage);
    }

    @Test
    void typingPastTheLimitIsMarkedAndInQaAndTheOwnNoteIsSaved(FxRobot robot) throws Exception {
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        robot.interact(() -> vm.select(0));
        Label notesHeading = robot.lookup(".note-heading").queryAs(Label.class);
        assertEquals("developer · on the source · priority 2", notesHeading.getText());
        assertTrue(robot.lookup(n -> n instanceof Label l && "Menu item: the menu is 12 characters wide.".equals(l.getText()))
                .tryQuery().isPresent(), "the developer's note is shown");

        robot.clickOn("#targetArea");
        robot.write("Änderungen speichern");
        WaitForAsyncUtils.waitForFxEvents();
        Label counts = robot.lookup("#segmentCounts").queryAs(Label.class);
        assertTrue(counts.getText().endsWith("· Limit 20 / 12 characters (8 over)"), counts.getText());
        assertTrue(counts.getPseudoClassStates().contains(PseudoClass.getPseudoClass("over-limit")), "marked in red");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .anyMatch(f -> f.check().equals("size-limit") && f.severity().equals("error")));

        robot.clickOn("#ownNote");
        robot.write("Zu lang: Vorschlag \"Speichern\"?");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zu lang: Vorschlag \"Speichern\"?", vm.notes().ownNote());
        Screens.save(robot, app.window(), "notes-and-limits.png");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        String saved = Files.readString(file);
        assertTrue(saved.contains("<note from=\"developer\" priority=\"2\" annotates=\"source\">Menu item: the menu is 12"
                + " characters wide.</note>\n        <note from=\"glossa-translator\">Zu lang: Vorschlag \"Speichern\"?</note>"),
                saved);
        assertTrue(saved.contains("<trans-unit id=\"save\" resname=\"menu.save\" maxwidth=\"12\" size-unit=\"char\">"), saved);
        assertTrue(saved.contains(">Änderungen speichern</target>"), saved);
        assertTrue(saved.contains("<note>Keep \"app\" informal.</note>"), "the other unit's note as it was");
    }
}
