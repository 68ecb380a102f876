package org.glossa.desktop;

import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.AfterEach;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.SegmentRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main flow with the keyboard: open the seed with the DW glossary, edit, insert a term, confirm, save, reopen. */
@ExtendWith(ApplicationExtension.class)
class EditorFlowTest {

    static final Path SEED = Path.of("..", "seeds", "dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    static final Path GLOSSARY = Path.of("..", "glossaries", "dw-en-de.tbx");
    static final String TITLE = "EU and NATO sign joint call for cooperation amid Ukraine war";

    @TempDir
    static Path dir;

    private GlossaApp app;
    private Path seed;
    private byte[] original;

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
        seed = dir.resolve(System.nanoTime() + "-" + SEED.getFileName());
        Files.copy(SEED, seed);
        original = Files.readAllBytes(seed);
        app = new GlossaApp(new LaunchOptions(Optional.of(seed), List.of(GLOSSARY), List.of()));
        app.start(stage);
    }

    @BeforeEach
    void documentShown() {
        Opening.await(app);
    }

    @Test
    void editInsertTermConfirmSaveAndReopen(FxRobot robot) throws IOException, TimeoutException {
        EditorViewModel vm = app.viewModel();
        int title = indexOf(vm, TITLE);
        robot.interact(() -> vm.select(title));
        TextArea target = robot.lookup("#targetArea").queryAs(TextArea.class);
        robot.clickOn(target);

        robot.write("Die ");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1); // EU
        robot.write(" und ");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2); // NATO
        robot.write(" unterzeichnen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Die EU und NATO unterzeichnen", target.getText());
        assertEquals("draft", vm.rows().get(title).statusId());

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("translated", vm.rows().get(title).statusId());
        assertTrue(vm.currentIndex() > title, "moved on to the next unconfirmed segment");
        TableView<?> table = robot.lookup("#segmentTable").queryTableView();
        assertEquals(vm.currentIndex(), table.getSelectionModel().getSelectedIndex());

        robot.push(KeyCode.CONTROL, KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.currentIndex(), table.getSelectionModel().getSelectedIndex());
        assertTrue(robot.lookup("#statusLabel").queryAs(Label.class).getText().startsWith("1 of "));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        Path xlf = seed.resolveSibling(seed.getFileName() + ".xlf");
        assertTrue(Files.exists(xlf));
        assertArrayEquals(original, Files.readAllBytes(seed));

        robot.interact(() -> app.open(seed));
        Opening.await(app);
        SegmentRow reopened = vm.rows().get(indexOf(vm, TITLE));
        assertEquals("Die EU und NATO unterzeichnen", reopened.targetText());
        assertEquals("translated", reopened.statusId());
        assertTrue(vm.message().startsWith("Opened your translation"), vm.message());
    }

    @Test
    void qaIssueOfTheSegmentShowsWhileTyping(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        int date = indexOf(vm, "January 10, 2023");
        robot.interact(() -> vm.select(date));
        robot.clickOn("#targetArea").write("10. Januar 2024");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .anyMatch(f -> f.check().equals("number-mismatch")));
        TableView<?> findings = robot.lookup("#segmentFindings").queryTableView();
        assertTrue(findings.getItems().size() >= 1);
    }

    static int indexOf(EditorViewModel vm, String source) {
        for (int i = 0; i < vm.rows().size(); i++) if (vm.rows().get(i).sourceText().equals(source)) return i;
        throw new AssertionError("no segment " + source);
    }
}
