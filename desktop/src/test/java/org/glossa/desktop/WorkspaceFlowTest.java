package org.glossa.desktop;

import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.AfterEach;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.glossa.core.project.ProjectFile;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.GlossaryPanelViewModel;
import org.glossa.desktop.viewmodel.SegmentRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Recent files, drag and drop, projects, export and the remembered layout, through the window. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceFlowTest {

    static final String TITLE = EditorFlowTest.TITLE;
    /** Only guards against a hang; nothing here measures speed. */
    static final int HANG_GUARD_SECONDS = 60;

    @TempDir
    static Path dir;

    private Path work;
    private Path settings;
    private ScriptedDialogs dialogs;
    private GlossaApp app;
    private Stage stage;

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
        this.stage = stage;
        work = Files.createDirectories(dir.resolve("t" + System.nanoTime()));
        settings = work.resolve("config").resolve("desktop.properties");
        dialogs = new ScriptedDialogs();
        app = new GlossaApp(LaunchOptions.NONE, settings, dialogs);
        app.start(stage);
    }

    private Path seed() throws IOException {
        return Files.copy(EditorFlowTest.SEED, work.resolve(EditorFlowTest.SEED.getFileName()));
    }

    @Test
    void openedFilesAreInOpenRecentAfterARestart(FxRobot robot) throws IOException {
        Path seed = seed();
        robot.interact(() -> app.open(seed));
        Opening.await(app);
        assertEquals(List.of(seed.getFileName() + "  —  " + work), recentItems(robot.lookup("#menuBar")
                .queryAs(MenuBar.class)));

        GlossaApp[] second = new GlossaApp[1];
        Stage[] secondStage = new Stage[1];
        robot.interact(() -> {
            secondStage[0] = new Stage();
            second[0] = new GlossaApp(LaunchOptions.NONE, settings, new ScriptedDialogs());
            second[0].start(secondStage[0]);
        });
        assertEquals(List.of(seed.toAbsolutePath()), second[0].workspace().recent().files());
        MenuItem first = recentMenu((MenuBar) second[0].window().getTop()).getItems().get(0);
        robot.interact(first::fire);
        Opening.await(second[0]);
        assertEquals("Glossa — " + seed.getFileName(), secondStage[0].getTitle());
        robot.interact(secondStage[0]::close);
    }

    @Test
    void aDroppedGlossaryIsAddedAndADroppedDocumentOpens(FxRobot robot) throws IOException {
        Path seed = seed();

        robot.interact(() -> app.workspace().drop(List.of(EditorFlowTest.GLOSSARY, seed)));
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        robot.interact(() -> vm.select(EditorFlowTest.indexOf(vm, TITLE)));

        assertEquals("Glossa — " + seed.getFileName(), stage.getTitle());
        assertEquals(1, vm.resources().glossaries().size());
        assertEquals(List.of("EU", "NATO", "Ukraine"),
                vm.glossary().terms().stream().map(GlossaryPanelViewModel.TermRow::term).toList());
    }

    @Test
    void filesDroppedOnTheWindowGoThroughTheScenesDropHandler(FxRobot robot) throws IOException {
        Path seed = seed();
        Dragboard[] board = new Dragboard[1];
        Label source = new Label("drag source");
        source.setOnDragDetected(e -> {
            board[0] = source.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(EditorFlowTest.GLOSSARY.toFile(), seed.toFile()));
            board[0].setContent(content);
        });
        source.setMinSize(200, 30);
        robot.interact(() -> app.window().setBottom(source)); // a drag source inside the window (tests only)
        WaitForAsyncUtils.waitForFxEvents();

        robot.drag(source, MouseButton.PRIMARY).moveBy(0, -300).drop(); // a real gesture: detected, over, dropped
        WaitForAsyncUtils.waitForFxEvents();
        Opening.await(app);

        assertEquals("Glossa — " + seed.getFileName(), stage.getTitle());
        assertEquals(1, app.viewModel().resources().glossaries().size());
    }

    @Test
    void aNewProjectOpensItsSourceFromThePanelAndConfirmedSegmentsGoToItsMemory(FxRobot robot)
            throws IOException, TimeoutException {
        Path folder = work.resolve("news");
        dialogs.newProject = Optional.of(new Dialogs.NewProject(folder, "en", "de"));
        robot.interact(() -> fire(robot, "newProjectMenuItem"));
        assertTrue(Files.isRegularFile(folder.resolve(ProjectFile.FILE_NAME)));
        assertTrue(Files.isDirectory(folder.resolve("sources")));

        Files.copy(EditorFlowTest.SEED, folder.resolve("sources").resolve(EditorFlowTest.SEED.getFileName()));
        Files.copy(EditorFlowTest.GLOSSARY, folder.resolve("glossaries").resolve("dw.tbx"));
        dialogs.projectFolder = Optional.of(folder);
        robot.interact(() -> fire(robot, "openProjectMenuItem"));
        ListCell<?> cell = robot.from(robot.lookup("#projectFiles").queryListView()).lookup(".list-cell")
                .match((ListCell<?> c) -> c.getItem() != null).query();
        assertEquals("sources/" + EditorFlowTest.SEED.getFileName() + "  (new)", cell.getText());

        robot.doubleClickOn(cell);
        Opening.await(app); // prepared and read off the UI thread

        Path xliff = folder.toAbsolutePath().resolve("out/xliff/sources/" + EditorFlowTest.SEED.getFileName() + ".xlf");
        assertTrue(Files.isRegularFile(xliff), "extracted into the project's output");
        EditorViewModel vm = app.viewModel();
        assertEquals(xliff, vm.session().orElseThrow().workFile());
        int title = EditorFlowTest.indexOf(vm, TITLE);
        robot.interact(() -> vm.select(title));
        assertEquals(3, vm.glossary().terms().size(), "the project's glossary is in use");
        robot.clickOn("#targetArea").write("EU und NATO rufen zur Zusammenarbeit auf");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        Path memory = folder.toAbsolutePath().resolve("memories/project.tmx");
        WaitForAsyncUtils.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS, () -> Files.exists(memory));
        List<TranslationUnit> units;
        try (TmxReader reader = TmxReader.open(memory)) {
            units = reader.units().toList();
        }
        assertEquals(1, units.size());
        assertEquals("EU und NATO rufen zur Zusammenarbeit auf",
                units.get(0).variant("de").orElseThrow().content().plainText());

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();
        Path exported = folder.toAbsolutePath().resolve("out/translated/dw-2023-01-10-eu-nato-joint-declaration.de.txt");
        assertEquals(List.of(exported), dialogs.exportSuggestions);
        assertTrue(Files.readString(exported).contains("EU und NATO rufen zur Zusammenarbeit auf"));
        assertEquals(List.of(xliff, folder.toAbsolutePath().resolve(ProjectFile.FILE_NAME)),
                app.workspace().recent().files());
    }

    @Test
    void aNewProjectWhileAProjectDocumentIsOpenSavesAndClosesItAndTheOldProjectGoesOnWorking(FxRobot robot)
            throws IOException, TimeoutException {
        Path first = work.resolve("first").toAbsolutePath();
        ProjectFile.init(first, "en", "de");
        Path source = Files.copy(EditorFlowTest.SEED, first.resolve("sources").resolve(EditorFlowTest.SEED.getFileName()));
        Files.copy(EditorFlowTest.GLOSSARY, first.resolve("glossaries").resolve("dw.tbx"));
        Files.writeString(first.resolve("memories").resolve("dw.tmx"), TITLE_MEMORY);
        robot.interact(() -> app.workspace().openProject(first));
        robot.interact(() -> app.workspace().openSource(source));
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        Path xliff = vm.session().orElseThrow().workFile();
        robot.interact(() -> vm.select(EditorFlowTest.indexOf(vm, TITLE)));
        WaitForAsyncUtils.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS, () -> !vm.memory().matches().isEmpty());
        robot.interact(() -> {
            vm.editor().textProperty().set("EU und NATO rufen zur Zusammenarbeit auf");
            vm.confirm();
        });

        dialogs.newProject = Optional.of(new Dialogs.NewProject(work.resolve("second"), "en", "fr"));
        robot.interact(() -> fire(robot, "newProjectMenuItem"));

        assertEquals("second", app.workspace().project().nameProperty().get());
        assertEquals(Optional.empty(), vm.session(), "the first project's document is closed, not shown with the "
                + "second project's resources");
        assertTrue(Files.readString(xliff).contains("EU und NATO rufen zur Zusammenarbeit auf"), "and saved");
        assertTrue(vm.message().startsWith("Saved and closed " + xliff.getFileName() + " of project first. Opened "
                + "project second"), vm.message());
        assertEquals(List.of("EU und NATO rufen zur Zusammenarbeit auf"), projectMemory(first),
                "the confirmed segment reached the first project's memory");

        robot.interact(() -> app.workspace().openProject(first));
        robot.interact(() -> app.workspace().openSource(source));
        Opening.await(app);
        int title = EditorFlowTest.indexOf(vm, TITLE);
        assertEquals("EU und NATO rufen zur Zusammenarbeit auf", vm.rows().get(title).targetText());
        robot.interact(() -> vm.select(title));
        WaitForAsyncUtils.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS, () -> !vm.memory().matches().isEmpty());
        assertFalse(vm.memory().messageProperty().get().startsWith("Lookup failed"),
                vm.memory().messageProperty().get());
        robot.interact(() -> vm.editor().textProperty().set("Gemeinsamer Aufruf"));
        WaitForAsyncUtils.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .anyMatch(f -> f.check().equals("term-missing")));
        robot.interact(vm::confirm);
        WaitForAsyncUtils.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS,
                () -> projectMemory(first).contains("Gemeinsamer Aufruf"));
    }

    static final String TITLE_MEMORY = SampleDocument.memory(TITLE, "EU und NATO unterzeichnen gemeinsamen Aufruf");

    /** The targets in the project memory of {@code folder}. */
    private static List<String> projectMemory(Path folder) throws IOException {
        Path memory = folder.resolve("memories/project.tmx");
        if (!Files.exists(memory)) return List.of();
        try (TmxReader reader = TmxReader.open(memory)) {
            return reader.units().map(u -> u.variant("de").orElseThrow().content().plainText()).toList();
        }
    }

    @Test
    void exportAsksFirstWhileAConfirmedSegmentLacksTheSourcesCodes(FxRobot robot)
            throws IOException, TimeoutException {
        Path html = Files.writeString(work.resolve("credit.html"), """
                <html><body><p>The <strong>EU</strong> acts.</p><p><span class="credit">Photo: Reuters</span></p></body></html>
                """);
        robot.interact(() -> app.open(html));
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        int eu = java.util.stream.IntStream.range(0, vm.rows().size())
                .filter(i -> vm.rows().get(i).sourceText().contains("acts.")).findFirst().orElseThrow();
        assertTrue(vm.rows().get(eu).sourceText().contains("⟩EU⟨"), vm.rows().get(eu).sourceText());
        robot.interact(() -> {
            vm.select(eu);
            vm.editor().textProperty().set("Die EU handelt.");
            vm.confirm();
        });
        autosaved(robot, vm);
        Path chosen = work.resolve("credit.de.html");
        dialogs.exportTarget = Optional.of(chosen);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Segment " + vm.rows().get(eu).number() + " lacks inline codes of its source "
                + "(formatting, links): the exported document would lose them."), dialogs.exportWarnings);
        assertFalse(Files.exists(chosen), "not exported without the user's yes");
        assertTrue(vm.message().startsWith("Not exported: "), vm.message());

        dialogs.exportAnyway = true;
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();

        String exported = Files.readString(chosen);
        assertTrue(exported.contains("Die EU handelt."), exported);
        assertFalse(exported.contains("<strong></strong>"), "no empty formatting appended: " + exported);
    }

    @Test
    void aProjectOpensFromTheCommandLineOrItsFileThroughOpen(FxRobot robot) throws IOException {
        Path folder = work.resolve("given");
        ProjectFile.init(folder, "en", "fr");
        Files.copy(EditorFlowTest.SEED, folder.resolve("sources").resolve(EditorFlowTest.SEED.getFileName()));

        GlossaApp[] second = new GlossaApp[1];
        Stage[] secondStage = new Stage[1];
        robot.interact(() -> {
            secondStage[0] = new Stage();
            second[0] = new GlossaApp(new LaunchOptions(Optional.of(folder), List.of(), List.of()), settings,
                    new ScriptedDialogs());
            second[0].start(secondStage[0]);
        });
        assertEquals(List.of("sources/" + EditorFlowTest.SEED.getFileName() + "  (new)"),
                second[0].workspace().project().sources().stream().map(Object::toString).toList());
        assertTrue(second[0].window().getLeft().isVisible(), "the project panel shows");
        robot.interact(secondStage[0]::close);

        assertFalse(app.window().getLeft().isVisible(), "no project, no panel");
        dialogs.file = Optional.of(folder.resolve(ProjectFile.FILE_NAME));
        robot.interact(() -> fire(robot, "openMenuItem"));
        assertEquals("given", app.workspace().project().nameProperty().get());
        assertTrue(app.window().getLeft().isVisible());
        assertTrue(app.viewModel().message().startsWith("Opened project given: 1 source file, en → fr"),
                app.viewModel().message());
    }

    @Test
    void ctrlEExportsTheTranslatedDocumentWhereTheUserChooses(FxRobot robot) throws IOException, TimeoutException {
        Path seed = seed();
        byte[] original = Files.readAllBytes(seed);
        robot.interact(() -> app.open(seed));
        Opening.await(app);
        EditorViewModel vm = app.viewModel();
        robot.interact(() -> vm.select(EditorFlowTest.indexOf(vm, TITLE)));
        robot.clickOn("#targetArea").write("Titel auf Deutsch");
        autosaved(robot, vm);
        Path chosen = work.resolve("export").resolve("artikel.txt");
        dialogs.exportTarget = Optional.of(chosen);

        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of(work.toAbsolutePath().resolve("dw-2023-01-10-eu-nato-joint-declaration.de.txt")),
                dialogs.exportSuggestions, "the suggestion is beside the original, with the target language");
        String merged = Files.readString(chosen);
        assertTrue(merged.startsWith("1. Skip to content"), merged);
        assertTrue(merged.contains("Titel auf Deutsch"));
        assertFalse(merged.contains(TITLE));
        assertArrayEquals(original, Files.readAllBytes(seed));
        assertEquals("Exported " + chosen, vm.message());
    }

    @Test
    void aFailedExportIsOneLineNotAStackTrace(FxRobot robot) throws IOException {
        Path seed = seed();
        robot.interact(() -> app.open(seed));
        Opening.await(app);
        Path notAFolder = Files.writeString(work.resolve("not-a-folder"), "x");
        dialogs.exportTarget = Optional.of(notAFolder.resolve("artikel.txt"));

        Platform.runLater(() -> app.workspace().export());
        WaitForAsyncUtils.waitForFxEvents();

        DialogPane alert = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Could not export artikel.txt", alert.getHeaderText());
        assertFalse(alert.getContentText().isBlank());
        assertFalse(alert.getContentText().contains("\n") || alert.getContentText().contains("\tat "),
                alert.getContentText());
        robot.interact(() -> ((Button) alert.lookupButton(ButtonType.OK)).fire());
        assertTrue(app.viewModel().message().startsWith("Export failed: "), app.viewModel().message());
        assertFalse(Files.exists(notAFolder.resolve("artikel.txt")));
    }

    @Test
    void theLayoutIsRestoredAtTheNextStart(FxRobot robot) {
        SplitPane main = app.window().splitPanes().get(0);
        TableColumn<SegmentRow, ?> source = app.window().table().getColumns().get(2);
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(650);
            main.setDividerPositions(0.7);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.window().table().resizeColumn(source, 80)); // as dragging the column border does
        WaitForAsyncUtils.waitForFxEvents();
        double sourceWidth = source.getWidth();
        robot.interact(() -> app.workspace().saveSettings());

        GlossaApp[] second = new GlossaApp[1];
        Stage[] secondStage = new Stage[1];
        robot.interact(() -> {
            secondStage[0] = new Stage();
            second[0] = new GlossaApp(LaunchOptions.NONE, settings, new ScriptedDialogs());
            second[0].start(secondStage[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1000, secondStage[0].getWidth());
        assertEquals(650, secondStage[0].getHeight());
        assertEquals(0.7, second[0].window().splitPanes().get(0).getDividerPositions()[0], 0.01);
        assertEquals(sourceWidth, second[0].window().table().getColumns().get(2).getWidth(), 2);
        robot.interact(secondStage[0]::close);
    }

    @Test
    void documentsAreExtractedWithTheGivenLanguagesAndXliffKeepsItsOwn(FxRobot robot) throws IOException {
        Path seed = seed();
        GlossaApp[] french = new GlossaApp[1];
        Stage[] frenchStage = new Stage[1];
        robot.interact(() -> {
            frenchStage[0] = new Stage();
            french[0] = new GlossaApp(new LaunchOptions(Optional.of(seed), List.of(), List.of(), "en", "fr"), settings,
                    new ScriptedDialogs());
            french[0].start(frenchStage[0]);
        });
        Opening.await(french[0]);
        assertEquals(Optional.of("fr"), french[0].viewModel().document().orElseThrow().targetLanguage());
        robot.interact(() -> french[0].viewModel().save());
        robot.interact(frenchStage[0]::close);

        robot.interact(() -> app.open(seed.resolveSibling(seed.getFileName() + ".xlf"))); // this app: en→de
        Opening.await(app);
        assertEquals(Optional.of("fr"), app.viewModel().document().orElseThrow().targetLanguage(),
                "an XLIFF names its own languages");
    }

    /**
     * Autosaves the typing now and waits until it is written, so that no autosave timer is left to replace the
     * status line the test checks next.
     */
    private static void autosaved(FxRobot robot, EditorViewModel vm) throws TimeoutException {
        robot.interact(vm::autosave); // or the timer already started it
        WaitForAsyncUtils.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS, () -> vm.message().startsWith("Autosaved"));
    }

    /** Fires the File menu item {@code id}. */
    static void fire(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        bar.getMenus().get(0).getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow().fire();
    }

    private static Menu recentMenu(MenuBar bar) {
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "openRecentMenu".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static List<String> recentItems(MenuBar bar) {
        return recentMenu(bar).getItems().stream().map(MenuItem::getText).toList();
    }
}
