package org.glossa.desktop;

import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.AfterEach;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;

import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.GlossaryPanelViewModel.TermRow;
import org.glossa.desktop.viewmodel.SourcePiece;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Double-click a word in the source, Ctrl+Shift+T, type the target term, OK: the term is in the glossary at once. */
@ExtendWith(ApplicationExtension.class)
class AddTermFlowTest {

    @TempDir
    static Path dir;

    private GlossaApp app;
    private Path glossary;

    /**
     * Stops the application after each test, so its autosave and writer threads are done before the next test starts
     * and before the temporary folder is removed (a late autosave once made the folder's cleanup fail).
     */
    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
    }

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(Long.toString(System.nanoTime())));
        Path seed = Files.copy(EditorFlowTest.SEED, folder.resolve(EditorFlowTest.SEED.getFileName()));
        glossary = Files.copy(EditorFlowTest.GLOSSARY, folder.resolve("dw-en-de.tbx"));
        app = new GlossaApp(new LaunchOptions(Optional.of(seed), List.of(glossary), List.of()));
        app.start(stage);
    }

    @BeforeEach
    void documentShown() {
        Opening.await(app);
    }

    @Test
    void selectAWordAddItAsATermAndSeeItRecognised(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        int row = rowStartingWith(vm, "The principle of collective defense");
        robot.interact(() -> vm.select(row));
        WaitForAsyncUtils.waitForFxEvents();

        robot.doubleClickOn(wordOnScreen(robot.lookup("#sourceFlow").queryAs(TextFlow.class), "cornerstone"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#addTermTarget").tryQuery().isPresent());

        assertEquals("cornerstone", robot.lookup("#addTermSource").queryAs(TextField.class).getText());
        robot.clickOn("#addTermTarget").write("Eckpfeiler");
        robot.clickOn("#addTermNote").write("figurative");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(vm.glossary().terms().stream().map(TermRow::term).anyMatch("cornerstone"::equals),
                vm.glossary().terms()::toString);
        assertTrue(vm.editor().sourcePieces().stream()
                .anyMatch(p -> p.kind() == SourcePiece.Kind.TERM && p.text().equals("cornerstone")));
        assertTrue(GlossaryReader.read(glossary).concepts().stream().anyMatch(c -> c.termsIn("de").stream()
                .anyMatch(t -> t.text().equals("Eckpfeiler") && t.note().equals(Optional.of("figurative")))));
    }

    /** The screen point in the middle of {@code word} in the flow. */
    static Point2D wordOnScreen(TextFlow flow, String word) {
        StringBuilder text = new StringBuilder();
        for (Node child : flow.getChildren()) if (child.isManaged() && child instanceof Text t) text.append(t.getText());
        int at = text.indexOf(word);
        if (at < 0) throw new AssertionError("no " + word + " in " + text);
        javafx.scene.shape.Path shape = new javafx.scene.shape.Path(flow.rangeShape(at, at + word.length()));
        Bounds local = shape.getBoundsInLocal();
        return flow.localToScreen(local.getCenterX(), local.getCenterY());
    }

    static int rowStartingWith(EditorViewModel vm, String start) {
        for (int i = 0; i < vm.rows().size(); i++) if (vm.rows().get(i).sourceText().startsWith(start)) return i;
        throw new AssertionError("no segment " + start);
    }
}
