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

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.glossa.core.xliff.Interop;
import org.glossa.core.xliff.XsdValidation;
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
import org.xml.sax.SAXException;

/** Editing with the keyboard: undo/redo across segments, find and replace, split and join, the grid filter. */
@ExtendWith(ApplicationExtension.class)
class EditingFlowTest {

    @TempDir
    static Path dir;

    private GlossaApp app;
    private Path seed;

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
        seed = dir.resolve(System.nanoTime() + "-" + EditorFlowTest.SEED.getFileName());
        Files.copy(EditorFlowTest.SEED, seed);
        app = new GlossaApp(new LaunchOptions(Optional.of(seed), List.of(EditorFlowTest.GLOSSARY), List.of()));
        app.start(stage);
    }

    @BeforeEach
    void documentShown() {
        Opening.await(app);
    }

    @Test
    void undoAndRedoAcrossSegmentsWinOverTheTextAreasOwnUndo(FxRobot robot) {
        EditorViewModel vm = app.viewModel();
        int title = EditorFlowTest.indexOf(vm, EditorFlowTest.TITLE);
        robot.interact(() -> vm.select(title));
        TextArea target = robot.lookup("#targetArea").queryAs(TextArea.class);
        robot.clickOn(target);
        robot.write("Die EU");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.currentIndex() != title);

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(title, vm.currentIndex(), "undo goes back to the confirmed segment");
        assertEquals("draft", vm.rows().get(title).statusId());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", target.getText(), "the typing is one step");
        assertEquals("new", vm.rows().get(title).statusId());

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Die EU", target.getText());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("translated", vm.rows().get(title).statusId());
        TableView<?> table = robot.lookup("#segmentTable").queryTableView();
        assertEquals(vm.currentIndex(), table.getSelectionModel().getSelectedIndex());
    }

    @Test
    void findAndReplaceAllWithTheKeyboard(FxRobot robot) {
        EditorViewModel vm = app.viewModel();
        robot.interact(() -> {
            for (int i = 0; i < vm.rows().size(); i++) {
                if (vm.rows().get(i).locked() || !vm.rows().get(i).sourceText().contains("NATO")) continue;
                vm.select(i);
                vm.copySource();
            }
            vm.select(0);
        });
        long withNato = vm.rows().stream().filter(r -> r.targetText().contains("NATO")).count();
        assertTrue(withNato >= 2, "the seed mentions NATO in several segments");

        robot.push(KeyCode.CONTROL, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        TextField find = robot.lookup("#findField").queryAs(TextField.class);
        assertTrue(find.isFocused());
        robot.write("nato");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.rows().get(vm.currentIndex()).sourceText().contains("NATO"));
        assertTrue(robot.lookup("#findMessage").queryAs(Label.class).getText().contains("segment "));
        javafx.scene.text.Text marked = robot.lookup("#sourceFlow .find-match").queryAs(javafx.scene.text.Text.class);
        assertEquals("NATO", marked.getText(), "the match is marked in the source");

        robot.clickOn("#replaceField").write("Nordatlantikpakt");
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.H);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.find().message().startsWith("Replaced "), vm.find().message());
        assertEquals(0, vm.rows().stream().filter(r -> r.targetText().contains("NATO")).count());

        robot.clickOn("#findField");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(withNato, vm.rows().stream().filter(r -> r.targetText().contains("NATO")).count(),
                "replace-all is undone in one step");
        assertTrue(robot.lookup("#targetArea").query().isFocused(), "undo goes back to the target");
        robot.clickOn("#findField").push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!robot.lookup("#findBar").query().isVisible());
        assertTrue(robot.lookup("#targetArea").query().isFocused(), "Escape closes the bar, back to the target");
    }

    @Test
    void splitAndJoinFromTheMenuShortcutsThenSaveValidXliff(FxRobot robot) throws IOException, SAXException {
        EditorViewModel vm = app.viewModel();
        int title = EditorFlowTest.indexOf(vm, EditorFlowTest.TITLE);
        int rows = vm.rows().size();
        robot.interact(() -> vm.select(title));
        robot.clickOn("#targetArea");

        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        TextField source = robot.lookup("#splitSourceField").queryAs(TextField.class);
        robot.interact(() -> source.positionCaret(EditorFlowTest.TITLE.indexOf("sign")));
        robot.interact(() -> robot.lookup("#splitButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(rows + 1, vm.rows().size(), vm.message());
        assertEquals("EU and NATO", vm.rows().get(title).sourceText());
        assertEquals("sign joint call for cooperation amid Ukraine war", vm.rows().get(title + 1).sourceText());
        TableView<?> table = robot.lookup("#segmentTable").queryTableView();
        assertEquals(rows + 1, table.getItems().size());
        assertEquals(title, table.getSelectionModel().getSelectedIndex());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rows, vm.rows().size());
        assertEquals(EditorFlowTest.TITLE, vm.rows().get(title).sourceText());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rows + 1, vm.rows().size(), "undo splits again");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        byte[] saved = Files.readAllBytes(seed.resolveSibling(seed.getFileName() + ".xlf"));
        XsdValidation.validate(saved, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"),
                Interop.require(XsdValidation.XLIFF21_DIR + "/glossary.xsd"));
        robot.interact(() -> app.open(seed));
        Opening.await(app);
        assertEquals(rows + 1, vm.rows().size(), "reopened with the split");
    }

    @Test
    void filterTheGridAndMoveOnTheVisibleRows(FxRobot robot) {
        EditorViewModel vm = app.viewModel();
        robot.interact(() -> {
            vm.select(EditorFlowTest.indexOf(vm, EditorFlowTest.TITLE));
            vm.editor().textProperty().set("EU und NATO unterzeichnen");
            vm.confirm();
        });
        robot.clickOn("#targetArea");

        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#segmentTable").queryTableView();
        assertEquals(1, table.getItems().size());
        assertEquals("translated", ((SegmentRow) table.getItems().get(0)).statusId());
        assertEquals(0, table.getSelectionModel().getSelectedIndex());

        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        long unconfirmed = vm.rows().stream().filter(r -> !r.locked()
                && List.of("new", "draft").contains(r.statusId())).count();
        assertEquals(unconfirmed, table.getItems().size());
        int first = vm.currentIndex();
        robot.push(KeyCode.CONTROL, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.currentIndex() > first);
        assertEquals(1, table.getSelectionModel().getSelectedIndex(), "the second visible row");
        assertEquals(vm.rows().get(vm.currentIndex()), table.getSelectionModel().getSelectedItem());

        robot.push(KeyCode.ALT, KeyCode.SHIFT, KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.rows().size(), table.getItems().size());
        assertEquals(vm.currentIndex(), table.getSelectionModel().getSelectedIndex());
    }
}
