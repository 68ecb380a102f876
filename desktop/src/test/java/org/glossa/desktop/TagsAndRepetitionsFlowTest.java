package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import javafx.scene.control.Label;
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
 * Inline tags and repetitions through the window: a tag inserted with F9 and Ctrl+T reaches the exported HTML, a
 * selection is wrapped in the missing pair, and confirming a segment fills its repetitions, in the document and in
 * the project's other documents.
 */
@ExtendWith(ApplicationExtension.class)
class TagsAndRepetitionsFlowTest {

    static final String ARTICLE = """
            <html><head><meta charset="utf-8"><title>EU</title></head><body>
            <p>The <strong>European Union</strong> acts today.</p>
            <p>Read more.</p>
            <p>Leaders met in <em>Brussels</em> on Monday.</p>
            <p>Read more.</p>
            <p>Read more.</p>
            </body></html>
            """;

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
    private ScriptedDialogs dialogs;
    private GlossaApp app;

    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
    }

    @Start
    void start(Stage stage) throws IOException {
        work = Files.createDirectories(dir.resolve("t" + System.nanoTime()));
        dialogs = new ScriptedDialogs();
        app = new GlossaApp(LaunchOptions.NONE, work.resolve("config").resolve("desktop.properties"), dialogs);
        app.start(stage);
    }

    private EditorViewModel openArticle(FxRobot robot) throws IOException {
        Path html = Files.writeString(work.resolve("article.html"), ARTICLE);
        robot.interact(() -> app.open(html));
        Opening.await(app);
        return app.viewModel();
    }

    static int row(EditorViewModel vm, String containing) {
        return IntStream.range(0, vm.rows().size()).filter(i -> vm.rows().get(i).sourceText().contains(containing))
                .findFirst().orElseThrow();
    }

    @Test
    void aMissingTagInsertedByShortcutKeepsTheFormattingInTheExport(FxRobot robot) throws Exception {
        EditorViewModel vm = openArticle(robot);
        int row = row(vm, "acts today");
        robot.interact(() -> vm.select(row));
        robot.clickOn("#targetArea");
        robot.write("Die ");
        assertEquals(2, robot.lookup(".tag-missing").queryAll().size(), "both halves of the pair shown missing");
        robot.push(KeyCode.F9);
        robot.write("Europäische Union");
        robot.push(KeyCode.CONTROL, KeyCode.T);
        robot.write(" handelt heute.");
        WaitForAsyncUtils.waitForFxEvents();
        String open = vm.rows().get(row).sourceText().substring(4, vm.rows().get(row).sourceText().indexOf("European"));
        assertEquals("Die " + open + "Europäische Union" + open.replace("⟨", "⟨/") + " handelt heute.",
                vm.editor().text());
        assertEquals("Tags: all placed", robot.lookup("#tagSummary").queryAs(Label.class).getText());
        Screens.save(robot, app.window(), "editor-tags.png");

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        Path exported = work.resolve("article.de.html");
        dialogs.exportTarget = Optional.of(exported);
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(), dialogs.exportWarnings, "no code lost");
        assertEquals(List.of("5 segments are not translated: the exported document keeps their source text."),
                dialogs.incompleteWarnings, "asked first about the untranslated rest");
        String html = Files.readString(exported);
        assertTrue(html.contains("Die <strong>Europäische Union</strong> handelt heute."), html);
    }

    @Test
    void confirmingWithATagMissingAsksFirstAndNoKeepsTheSegmentUnconfirmed(FxRobot robot) throws Exception {
        EditorViewModel vm = openArticle(robot);
        int row = row(vm, "acts today");
        robot.interact(() -> vm.select(row));
        robot.clickOn("#targetArea");
        robot.write("Die Europäische Union handelt heute.");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .anyMatch(f -> f.check().equals("tag-mismatch")));
        dialogs.confirmAnyway = false;
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, dialogs.confirmWarnings.size());
        assertTrue(dialogs.confirmWarnings.get(0).contains("tag-mismatch"), dialogs.confirmWarnings.get(0));
        assertEquals("draft", vm.rows().get(row).statusId(), "not confirmed without the user's yes");

        dialogs.confirmAnyway = true;
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("translated", vm.rows().get(row).statusId());
    }

    @Test
    void aSelectionIsWrappedInTheMissingPairWithF9(FxRobot robot) throws Exception {
        EditorViewModel vm = openArticle(robot);
        int row = row(vm, "Brussels");
        robot.interact(() -> vm.select(row));
        robot.clickOn("#targetArea");
        robot.write("Die Staats- und Regierungschefs trafen sich am Montag in Brüssel.");
        robot.interact(() -> {
            String text = app.window().editor().target().getText();
            int start = text.indexOf("Brüssel");
            app.window().editor().target().selectRange(start, start + "Brüssel".length());
        });
        robot.push(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.editor().text().matches(".*in ⟨[^/⟩]+⟩Brüssel⟨/[^⟩]+⟩\\."), vm.editor().text());
        assertEquals("Insert tag", vm.history().undoLabelProperty().get());
    }

    @Test
    void confirmingASegmentFillsItsRepetitionsAndTheGridShowsThem(FxRobot robot) throws Exception {
        EditorViewModel vm = openArticle(robot);
        int first = row(vm, "Read more.");
        List<Integer> repetitions = IntStream.range(0, vm.rows().size())
                .filter(i -> vm.rows().get(i).sourceText().equals("Read more.")).boxed().toList();
        assertEquals(3, repetitions.size());
        robot.interact(() -> vm.select(first));
        robot.clickOn("#targetArea");
        robot.write("Mehr lesen.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        for (int i : repetitions) {
            SegmentRow row = vm.rows().get(i);
            assertEquals("Mehr lesen.", row.targetText());
            assertEquals("translated", row.statusId());
            assertEquals(i == first ? "×3" : "×3 auto", row.repetition());
        }
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                .anyMatch(c -> c instanceof javafx.scene.control.Labeled l && "×3 auto".equals(l.getText())),
                "the Rep. column shows the propagated ones");
        Screens.save(robot, app.window(), "editor-repetitions.png");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", vm.rows().get(repetitions.get(2)).targetText(), "one undo takes the filled ones back");
        assertEquals("Mehr lesen.", vm.rows().get(first).targetText());
    }

    private static List<String> repetitions(EditorViewModel vm) {
        return vm.rows().stream().filter(r -> r.sourceText().equals("Read more.")).map(SegmentRow::repetition).toList();
    }

    private static List<String> targets(Path xliff) {
        return XliffReader.read(xliff).get(0).segments().stream().filter(s -> s.source().plainText().equals("Read more."))
                .map(Segment::target).map(t -> t.map(Content::plainText).orElse("")).toList();
    }

    @Test
    void confirmingFillsTheRepetitionsOfTheProjectsOtherDocumentAndTheGridCountsThem(FxRobot robot) throws Exception {
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
