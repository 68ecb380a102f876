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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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

/**
 * The memory panel as the translator uses it (a match's word diff; Ctrl+Shift+1 inserts it, and the confirmed
 * translation is saved and found again after reopening), and grid rows that grow with the typed target.
 */
@ExtendWith(ApplicationExtension.class)
class PanelsFlowTest {

    static final Path TMX = Path.of("..", "bench", "desktop", "dw-sample.tmx");

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
        Path folder = Files.createDirectories(dir.resolve(Long.toString(System.nanoTime())));
        seed = Files.copy(EditorFlowTest.SEED, folder.resolve(EditorFlowTest.SEED.getFileName()));
        Path tmx = Files.copy(TMX, folder.resolve("dw-sample.tmx"));
        app = new GlossaApp(new LaunchOptions(Optional.of(seed), List.of(EditorFlowTest.GLOSSARY), List.of(tmx)));
        app.start(stage);
    }

    @BeforeEach
    void documentShown() {
        Opening.await(app);
    }

    @Test
    void aFuzzyMatchShowsDeletedAndInsertedWords(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        int row = AddTermFlowTest.rowStartingWith(vm, "The European Union and the North Atlantic Treaty");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#matchList").tryQuery().isPresent()
                && !vm.memory().messageProperty().get().startsWith("No translation memory"));
        robot.interact(() -> vm.select(row));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.memory().matches().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        Node list = robot.lookup(".match-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getIndex() == 0).findFirst().orElseThrow();
        assertEquals(Set.of("Monday", "cooperation"), words(list, "diff-deleted"));
        assertEquals(Set.of("Tuesday", "partnership"), words(list, "diff-inserted"));
        assertTrue(robot.lookup(".match-score").queryAll().stream()
                .anyMatch(n -> ((javafx.scene.control.Label) n).getText().equals("94%")));
    }

    @Test
    void aMatchInsertedWithCtrlShift1IsConfirmedSavedAndFoundAfterReopening(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        String german = "EU und NATO unterzeichnen gemeinsamen Aufruf zur Zusammenarbeit angesichts des Ukraine-Kriegs";
        int title = EditorFlowTest.indexOf(vm, EditorFlowTest.TITLE);
        robot.interact(() -> vm.select(title));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.memory().matches().stream()
                .anyMatch(m -> m.score() == 100 && m.target().equals(german)));
        robot.clickOn("#targetArea");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(german, vm.editor().textProperty().get());

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("translated", vm.rows().get(title).statusId());

        robot.interact(() -> app.open(seed));
        Opening.await(app);
        WaitForAsyncUtils.waitForFxEvents();
        SegmentRow reopened = vm.rows().get(EditorFlowTest.indexOf(vm, EditorFlowTest.TITLE));
        assertEquals(german, reopened.targetText());
        assertEquals("translated", reopened.statusId());
    }

    @Test
    void typingALongTargetGrowsItsRow(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        int row = AddTermFlowTest.rowStartingWith(vm, "January 10, 2023");
        robot.interact(() -> vm.select(row));
        WaitForAsyncUtils.waitForFxEvents();
        double before = rowHeight(robot, row);

        robot.interact(() -> vm.editor().textProperty().set("Am 10. Januar 2023 unterzeichneten die Europäische Union"
                + " und die NATO in Brüssel eine gemeinsame Erklärung, die ihre Zusammenarbeit angesichts des Krieges"
                + " in der Ukraine auf eine neue Stufe heben soll, wie die drei Spitzenvertreter mitteilten."));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(rowHeight(robot, row) > before * 2, before + " → " + rowHeight(robot, row));
    }

    @Test
    void longGlossaryAndQaEntriesWrapWithTheFullTextInATooltip(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        int row = AddTermFlowTest.rowStartingWith(vm, "The European Union and the North Atlantic Treaty");
        robot.interact(() -> vm.select(row));
        // the target leaves the alliance out, so term-missing names its long German targets (a "NATO" in the target
        // now renders both "North Atlantic Treaty Organization" and "(NATO)": overlapping terms, decision 0018)
        robot.interact(() -> vm.editor().textProperty().set("Die EU hat am Dienstag eine Erklärung unterzeichnet."));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .anyMatch(f -> f.message().contains("Organisation des Nordatlantikvertrags")));
        WaitForAsyncUtils.waitForFxEvents();

        String targets = "Organisation des Nordatlantikvertrags, NATO (admitted)";
        javafx.scene.control.TableCell<?, ?> term = cell(robot, "#glossaryTable", targets);
        javafx.scene.control.TableCell<?, ?> shortTerm = cell(robot, "#glossaryTable", "NATO");
        assertTrue(term.getHeight() > shortTerm.getHeight() * 1.5, term.getHeight() + " vs " + shortTerm.getHeight());
        assertEquals(targets, term.getTooltip().getText());

        javafx.scene.control.TableCell<?, ?> finding = robot.lookup("#segmentFindings .wrapped-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getItem() != null && c.getItem().toString().contains("Nordatlantikvertrags"))
                .findFirst().orElseThrow();
        Text shown = (Text) finding.getGraphic();
        assertTrue(shown.getLayoutBounds().getWidth() <= finding.getWidth(), "wrapped inside the column");
        assertTrue(shown.getLayoutBounds().getHeight() > shown.getFont().getSize() * 2, "on more than one line");
        assertEquals(finding.getItem(), finding.getTooltip().getText());
    }

    private static javafx.scene.control.TableCell<?, ?> cell(FxRobot robot, String table, String text) {
        return robot.lookup(table + " .wrapped-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n).filter(c -> text.equals(c.getItem()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + text));
    }

    private static double rowHeight(FxRobot robot, int index) {
        return robot.lookup(".table-row-cell").queryAll().stream().map(n -> (TableRow<?>) n)
                .filter(r -> r.getIndex() == index).findFirst().orElseThrow().getHeight();
    }

    private static Set<String> words(Node list, String style) {
        return list.lookupAll("." + style).stream().filter(Node::isVisible).map(n -> ((Text) n).getText())
                .collect(Collectors.toSet());
    }
}
