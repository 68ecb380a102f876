package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;

import org.glossa.desktop.view.MainWindow;
import org.glossa.desktop.viewmodel.AppearanceViewModel;
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
 * The comfort items through the window: typing after a click in the grid, Tab between the parts, text size and dark
 * theme kept in the settings, every glossary term in a picker, segment counts, non-breaking spaces shown (a dot in the
 * grid and the source, one drawn over each in the target while editing).
 */
@ExtendWith(ApplicationExtension.class)
class ComfortFlowTest {

    @TempDir
    static Path dir;

    private Path work;
    private Path settings;
    private GlossaApp app;

    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
    }

    @Start
    void start(Stage stage) throws IOException {
        work = Files.createDirectories(dir.resolve("t" + System.nanoTime()));
        settings = work.resolve("config").resolve("desktop.properties");
        Path seed = Files.copy(EditorFlowTest.SEED, work.resolve(EditorFlowTest.SEED.getFileName()));
        app = new GlossaApp(new LaunchOptions(Optional.of(seed), List.of(EditorFlowTest.GLOSSARY), List.of()), settings,
                new ScriptedDialogs());
        app.start(stage);
    }

    @Test
    void typingAfterAClickInTheGridGoesToTheTargetAndTabMovesTheFocus(FxRobot robot) {
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        int dateline = AddTermFlowTest.rowStartingWith(vm, "January 10, 2023");
        Node row = robot.lookup(".table-row-cell").queryAll().stream()
                .filter(r -> ((TableRow<?>) r).getIndex() == dateline).findFirst().orElseThrow();
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(dateline, vm.currentIndex());
        assertTrue(vm.editor().editable());
        assertTrue(app.window().table().isFocused(), "the click focused the grid");
        robot.write("Januar");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Januar", vm.editor().text(), "typed into the target, not dropped; focus on "
                + app.window().getScene().getFocusOwner());
        assertTrue(app.window().editor().target().isFocused());

        robot.push(KeyCode.TAB);
        assertEquals("glossaryTable", robot.targetWindow(app.window().getScene().getWindow()).lookup("#glossaryTable")
                .queryAs(Node.class).getId());
        assertTrue(robot.lookup("#glossaryTable").query().isFocused(), "Tab moves on from the target");
        robot.push(KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(app.window().editor().target().isFocused(), "Shift+Tab goes back");
        assertEquals("Januar", vm.editor().text(), "Tab typed no tab character");
    }

    @Test
    void textSizeAndDarkThemeAreKeptCountsShownAndEveryTermPickable(FxRobot robot) throws IOException {
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        robot.interact(() -> vm.select(EditorFlowTest.indexOf(vm, EditorFlowTest.TITLE)));
        robot.clickOn("#targetArea");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("-fx-font-size: 15px;", app.window().getStyle());
        assertTrue(app.window().getStylesheets().stream().anyMatch(s -> s.endsWith("editor-dark.css")));
        String counts = robot.lookup("#segmentCounts").queryAs(Label.class).getText();
        assertTrue(counts.equals("Source 11 words, 60 characters · Target 0 words, 0 characters"), counts);

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(vm.glossary().terms().size(), robot.lookup(".menu-item").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("pickTerm")).count());
        Screens.save(robot, app.window(), "editor-dark.png");
        robot.push(KeyCode.ESCAPE);

        robot.interact(() -> app.workspace().saveSettings());
        String saved = Files.readString(settings);
        assertTrue(saved.contains(AppearanceViewModel.FONT_SIZE + " = 15"), saved);
        assertTrue(saved.contains(AppearanceViewModel.THEME + " = dark"), saved);
    }

    @Test
    void nonBreakingSpacesShowAsDotsInTheGrid(FxRobot robot) throws IOException {
        Path html = Files.writeString(work.resolve("nbsp.html"),
                "<html><body><p>Die Strecke ist 10&nbsp;km lang.</p></body></html>");
        robot.interact(() -> app.open(html));
        Opening.await(app);
        assertNotNull(robot.lookup(n -> n instanceof javafx.scene.text.Text t
                && "Die Strecke ist 10·km lang.".equals(t.getText())).query(), "a faint dot for the no-break space");
        assertEquals("Die Strecke ist 10\u00A0km lang.", app.viewModel().rows().get(0).sourceText(),
                "the text itself keeps its space");
    }

    /** The centres of the dots, in the target's coordinates. */
    private static List<Point2D> dots(MainWindow window) {
        TextArea target = window.editor().target();
        List<Point2D> out = new ArrayList<>();
        javafx.scene.shape.Path path = window.noBreakSpaces().path();
        for (PathElement e : path.getElements()) {
            if (e instanceof MoveTo m) {
                out.add(target.sceneToLocal(path.localToScene(m.getX() + 1.6, m.getY())));
            }
        }
        return out;
    }

    @Test
    void eachNoBreakSpaceOfTheTargetGetsADotWhileEditingAndTheTextKeepsIt(FxRobot robot) throws Exception {
        Path text = Files.writeString(work.resolve("prices.txt"), "The ticket costs 10\u00A0euros, phone 030.\n\nIt is 5 km away.\n");
        robot.interact(() -> app.open(text));
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        MainWindow window = app.window();
        TextArea target = window.editor().target();
        robot.interact(() -> vm.select(0));
        robot.clickOn("#targetArea");
        robot.write("Das Ticket kostet 10");
        robot.interact(() -> target.insertText(target.getCaretPosition(), "\u00A0"));
        robot.write("Euro, Tel.");
        robot.interact(() -> target.insertText(target.getCaretPosition(), "\u202F"));
        robot.write("030.");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dots(window).size() == 2);

        assertEquals("Das Ticket kostet 10\u00A0Euro, Tel.\u202F030.", target.getText(), "the text keeps its spaces");
        assertEquals("Das Ticket kostet 10\u00A0Euro, Tel.\u202F030.", vm.editor().textProperty().get());
        List<Point2D> dots = dots(window);
        Bounds area = target.getLayoutBounds();
        assertTrue(area.contains(dots.get(0)) && area.contains(dots.get(1)), dots + " within " + area);
        assertTrue(dots.get(0).getX() < dots.get(1).getX(), "in text order on the line");
        assertEquals(dots.get(0).getY(), dots.get(1).getY(), 0.5, "on the same line, at the same height");
        Screens.save(robot, window.editor(), "editor-nbsp-target.png");

        robot.push(KeyCode.END);
        for (int i = 0; i < 5; i++) robot.push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dots(window).size() == 1);
        assertEquals("Das Ticket kostet 10\u00A0Euro, Tel.", target.getText());

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Das Ticket kostet 10\u00A0Euro, Tel.", vm.rows().get(0).targetText(), "saved with the space");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dots(window).isEmpty());
    }
}
