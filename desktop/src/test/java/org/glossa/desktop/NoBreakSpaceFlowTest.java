package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.stage.Stage;

import org.glossa.desktop.view.MainWindow;
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

/** No-break spaces in the target: a faint dot drawn over each while editing, the text itself unchanged. */
@ExtendWith(ApplicationExtension.class)
class NoBreakSpaceFlowTest {

    @TempDir
    static Path dir;

    private Path work;
    private GlossaApp app;

    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
    }

    @Start
    void start(Stage stage) throws IOException {
        work = Files.createDirectories(dir.resolve("t" + System.nanoTime()));
        app = new GlossaApp(LaunchOptions.NONE, work.resolve("config").resolve("desktop.properties"), new ScriptedDialogs());
        app.start(stage);
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
    void eachNoBreakSpaceOfTheTargetGetsADotAndTheTextKeepsIt(FxRobot robot) throws Exception {
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
