package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.xliff.XliffReader;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.SegmentRow;
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
 * Repetitions across a project through the window: the grid counts the other documents ("×3 +2"), and confirming a
 * segment fills the identical untranslated segments of the other document's XLIFF, which is not open.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectRepetitionsFlowTest {

    static final String SECOND = """
            <html><head><meta charset="utf-8"><title>NATO</title></head><body>
            <p>Read more.</p>
            <p>NATO leaders met on Tuesday.</p>
            <p>Read more.</p>
            </body></html>
            """;

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

    private static List<String> repetitions(EditorViewModel vm) {
        return vm.rows().stream().filter(r -> r.sourceText().equals("Read more.")).map(SegmentRow::repetition).toList();
    }

    private static List<String> targets(Path xliff) {
        return XliffReader.read(xliff).get(0).segments().stream().filter(s -> s.source().plainText().equals("Read more."))
                .map(Segment::target).map(t -> t.map(Content::plainText).orElse("")).toList();
    }

    @Test
    void confirmingFillsTheRepetitionsOfTheProjectsOtherDocument(FxRobot robot) throws Exception {
        Path folder = work.resolve("news");
        ProjectFile.init(folder, "en", "de");
        Path article = Files.writeString(folder.resolve("sources/article.html"), TagsAndRepetitionsFlowTest.ARTICLE);
        Path second = Files.writeString(folder.resolve("sources/second.html"), SECOND);
        robot.interact(() -> app.workspace().openProject(folder));
        Path secondXliff = app.workspace().project().xliffOf(second);
        robot.interact(() -> {
            try {
                app.workspace().project().prepare(second); // started earlier: it has its XLIFF
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> app.workspace().openSource(article));
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> repetitions(vm).equals(List.of("×3 +2", "×3 +2", "×3 +2")));

        int first = IntStream.range(0, vm.rows().size()).filter(i -> vm.rows().get(i).sourceText().equals("Read more."))
                .findFirst().orElseThrow();
        robot.interact(() -> vm.select(first));
        robot.clickOn("#targetArea");
        robot.write("Mehr lesen.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.message().contains("other file"));

        assertEquals("Filled 2 repetitions of segment " + (first + 1) + " in 1 other file of the project", vm.message());
        assertEquals(List.of("Mehr lesen.", "Mehr lesen."), targets(secondXliff), "written into the file that is not open");
        assertEquals(List.of("×3 +2", "×3 +2 auto", "×3 +2 auto"), repetitions(vm));
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> c instanceof Labeled l && "×3 +2 auto".equals(l.getText())), "the Rep. column shows it");
        Screens.save(robot, app.window(), "editor-project-repetitions.png");

        robot.interact(() -> app.workspace().open(secondXliff));
        Opening.await(app);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> repetitions(app.viewModel()).equals(List.of("×2 +3 auto", "×2 +3 auto")));
        assertEquals(List.of("Mehr lesen.", "Mehr lesen."), app.viewModel().rows().stream()
                .filter(r -> r.sourceText().equals("Read more.")).map(SegmentRow::targetText).toList());
    }
}
