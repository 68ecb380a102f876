package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.glossa.core.io.LockFile;
import org.glossa.desktop.view.SegmentTable;
import org.glossa.desktop.viewmodel.SegmentRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GlossaAppTest {

    private GlossaApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new GlossaApp(LaunchOptions.NONE);
        app.start(stage);
    }

    @Test
    void windowIsTitledGlossa() {
        assertEquals("Glossa", stage.getTitle());
    }

    @Test
    void aWaitForAMemorysLockShowsInTheStatusLine() throws Exception {
        String wait = "waiting for TM.tmx (locked by another Glossa process)";
        Thread worker = new Thread(() -> LockFile.waitReporter().accept(wait), "memory-writer");
        worker.start();
        worker.join(30_000);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(wait, app.viewModel().message());
    }

    @Test
    void menuBarHasFileMenu(FxRobot robot) {
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);

        assertEquals(List.of("File", "Edit", "View", "Go", "Status", "Glossary", "QA"),
                menuBar.getMenus().stream().map(m -> m.getText()).toList());
        assertEquals(List.of("Open…", "Open Recent", "New Project…", "Open Project…", "Save",
                "Export Translated Document…", "Quit"), menuBar.getMenus().get(0).getItems().stream()
                .map(item -> item.getText()).filter(text -> text != null).toList());
    }

    @Test
    void tableHasTheSevenColumns(FxRobot robot) {
        TableView<?> table = robot.lookup("#segmentTable").queryTableView();

        assertEquals(List.of("#", "Role", "Source", "Target", "Status", "Match", "Rep."),
                table.getColumns().stream().map(TableColumn::getText).toList());
        assertEquals("No segments", robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }

    @Test
    void loadedDocumentShowsItsRows(FxRobot robot) {
        robot.interact(() -> app.viewModel().load(SampleDocument.create()));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("1", "title", SampleDocument.TITLE_SOURCE, SampleDocument.TITLE_TARGET, "translated", "",
                ""),
                cellTexts(robot, 0));
        assertEquals(List.of("2", "boilerplate", SampleDocument.BOILERPLATE_SOURCE, "", "new", "", ""),
                cellTexts(robot, 1));
        assertEquals("1 of 1 segments confirmed (100%) · 4 of 4 words",
                robot.lookup("#statusLabel").queryAs(Label.class).getText());
        assertEquals("Glossa — article.html", stage.getTitle());
    }

    @Test
    void boilerplateRowIsGreyed(FxRobot robot) {
        robot.interact(() -> app.viewModel().load(SampleDocument.create()));
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(row(robot, 0).getPseudoClassStates().contains(SegmentTable.LOCKED));
        assertTrue(row(robot, 1).getPseudoClassStates().contains(SegmentTable.LOCKED));
    }

    @Test
    void aFailingLoaderIsReportedInAnAlert(FxRobot robot) {
        Platform.runLater(() -> app.open(Path.of("docs", "article.html")));
        Opening.await(app);

        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Could not open article.html", alert.getHeaderText());
        assertFalse(alert.getContentText().isBlank());
        robot.interact(() -> ((Button) alert.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No segments", robot.lookup("#statusLabel").queryAs(Label.class).getText());
    }

    @Test
    void aDocumentIsReadOffTheUiThreadWhileTheStatusSaysOpening(FxRobot robot, @TempDir Path work) {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> readOn = new AtomicReference<>();
        GlossaApp.documentLoader = path -> {
            readOn.set(Thread.currentThread().getName());
            try {
                if (!release.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return SampleDocument.create();
        };
        GlossaApp slow = new GlossaApp(LaunchOptions.NONE, work.resolve("desktop.properties"), new ScriptedDialogs());
        Stage[] window = new Stage[1];
        try {
            robot.interact(() -> {
                window[0] = new Stage();
                slow.start(window[0]);
            });
            robot.interact(() -> slow.open(work.resolve("article.html")));

            // the UI thread is free (interact returned) while the reader waits
            assertTrue(slow.workspace().readingProperty().get());
            assertEquals("Opening article.html…", slow.viewModel().message());
            assertTrue(slow.viewModel().rows().isEmpty());
            robot.interact(() -> slow.viewModel().tell("still responsive"));
            assertEquals("still responsive", slow.viewModel().message());

            release.countDown();
            Opening.await(slow);
            assertEquals(2, slow.viewModel().rows().size());
            assertEquals("Glossa — article.html", window[0].getTitle());
            assertTrue(readOn.get().startsWith("glossa-reader"), readOn.get());
            assertFalse(slow.workspace().readingProperty().get());
        } finally {
            GlossaApp.documentLoader = null;
            release.countDown();
            if (window[0] != null) robot.interact(window[0]::close);
        }
    }

    /** The texts the table's cells show for row {@code index}, in column order. */
    private static List<String> cellTexts(FxRobot robot, int index) {
        TableView<?> table = robot.lookup("#segmentTable").queryTableView();
        Set<TableCell<?, ?>> cells = robot.from(table).lookup(".table-cell").queryAll();
        return cells.stream()
                .filter(cell -> cell.getIndex() == index && cell.getTableColumn() != null)
                .sorted(Comparator.comparingInt(cell -> table.getColumns().indexOf(cell.getTableColumn())))
                .map(cell -> cell.getText() == null ? "" : cell.getText())
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static TableRow<SegmentRow> row(FxRobot robot, int index) {
        Set<TableRow<?>> rows = robot.lookup(".table-row-cell").queryAll();
        return (TableRow<SegmentRow>) rows.stream().filter(row -> row.getIndex() == index).findFirst()
                .orElseThrow();
    }
}
