package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.glossa.client.mt.FakeMtServer;
import org.glossa.core.spelling.InstalledDictionaries;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.TmPanelViewModel.MatchRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Spelling, concordance and machine translation in the editor window (issue 18): a misspelling typed in the target
 * is underlined and a suggestion (Alt+F7) replaces it, a word added to the project's dictionary (right-click) is
 * underlined no more and QA forgets it; Ctrl+K on selected words shows the memory units holding them, marked; a
 * local fake DeepL server's suggestion shows marked MT at 70 % and Ctrl+Shift+n inserts it unconfirmed. With
 * {@code -Dglossa.screenshots=DIR} the flows also take the screenshots of docs/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class EditorAidsFlowTest {

    @TempDir
    static java.nio.file.Path dir;

    private static FakeMtServer deepl;
    private GlossaApp app;
    private java.nio.file.Path folder;

    @BeforeAll
    static void machineTranslationServer() throws IOException {
        deepl = new FakeMtServer();
    }

    @AfterAll
    static void stopServer() {
        deepl.close();
        System.clearProperty("glossa.mt.settings");
        System.clearProperty("glossa.mt.cache");
    }

    @AfterEach
    void stopApplication() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
    }

    /** The seed with the DW glossary and a small memory; machine translation configured by URL and key. */
    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createDirectories(dir.resolve(Long.toString(System.nanoTime())));
        java.nio.file.Path seed = Files.copy(EditorFlowTest.SEED, folder.resolve(EditorFlowTest.SEED.getFileName()));
        java.nio.file.Path tmx = Files.copy(PanelsFlowTest.TMX, folder.resolve("dw-sample.tmx"));
        java.nio.file.Path settings = Files.writeString(folder.resolve("mt.properties"), "provider = deepl\nurl = "
                + deepl.url() + "\nkey = " + FakeMtServer.KEY + "\nrate = 50\n");
        System.setProperty("glossa.mt.settings", settings.toString());
        System.setProperty("glossa.mt.cache", folder.resolve("mt-cache").toString());
        app = new GlossaApp(new LaunchOptions(Optional.of(seed), List.of(EditorFlowTest.GLOSSARY), List.of(tmx)));
        app.start(stage);
    }

    @BeforeEach
    void documentShown() {
        Opening.await(app);
    }

    @Test
    void aMisspellingIsUnderlinedAndAltF7OffersTheSuggestionThatReplacesIt(FxRobot robot) throws TimeoutException {
        InstalledDictionaries.require("de-DE");
        EditorViewModel vm = app.viewModel();
        robot.interact(() -> vm.aids().spelling().suggestionTimeLimit(60_000)); // a loaded machine: no time limit
        TextArea target = robot.lookup("#targetArea").queryAs(TextArea.class);
        int row = AddTermFlowTest.rowStartingWith(vm, "NATO and the EU have played key roles");
        robot.interact(() -> vm.select(row));
        robot.clickOn(target);
        robot.interact(target::clear);
        robot.write("NATO und EU spielen eine Schlsselrolle.");

        Path underlines = app.window().spelling().path();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !underlines.getElements().isEmpty());
        assertEquals(List.of("Schlsselrolle"), vm.aids().spelling().misspellings().stream().map(m -> m.word()).toList());
        assertUnder(underlines, target, "Schlsselrolle");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .anyMatch(f -> f.check().equals("spelling") && f.message().contains("Schlsselrolle")));
        robot.interact(() -> Screenshots.take(app.window(), "editor-spelling", false));

        robot.interact(() -> target.positionCaret(target.getText().indexOf("Schlsselrolle") + 4));
        robot.push(KeyCode.ALT, KeyCode.F7);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> suggestion(robot, "Schlüsselrolle").isPresent());
        robot.interact(() -> Screenshots.take(app.window(), "editor-spelling-menu", false));
        robot.clickOn(suggestion(robot, "Schlüsselrolle").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("NATO und EU spielen eine Schlüsselrolle.", target.getText());
        assertEquals("NATO und EU spielen eine Schlüsselrolle.", vm.rows().get(row).targetText());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> underlines.getElements().isEmpty());
    }

    @Test
    void aWordAddedToTheProjectDictionaryByRightClickIsKnownToTheUnderlinesAndQa(FxRobot robot)
            throws TimeoutException, IOException {
        InstalledDictionaries.require("de-DE");
        EditorViewModel vm = app.viewModel();
        TextArea target = robot.lookup("#targetArea").queryAs(TextArea.class);
        int row = AddTermFlowTest.rowStartingWith(vm, "January 10, 2023");
        robot.interact(() -> vm.select(row));
        robot.clickOn(target);
        robot.interact(target::clear);
        robot.write("Laut Dwnews am 10. Januar 2023");
        Path underlines = app.window().spelling().path();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !underlines.getElements().isEmpty());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .anyMatch(f -> f.check().equals("spelling") && f.message().contains("Dwnews")));

        // a right-click on the word: the platform's context-menu request there (Monocle's headless platform does not
        // turn a secondary click into one, as desktop platforms do)
        Bounds line = underlines.localToScreen(underlines.getBoundsInLocal());
        Point2D onWord = new Point2D(line.getMinX() + 6, line.getMinY() - 6);
        robot.moveTo(onWord);
        robot.interact(() -> {
            Point2D local = target.screenToLocal(onWord);
            Point2D scene = target.localToScene(local);
            javafx.event.Event.fireEvent(target, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    scene.getX(), scene.getY(), onWord.getX(), onWord.getY(), false,
                    new javafx.scene.input.PickResult(target, scene.getX(), scene.getY())));
        });
        // the menu is complete once the suggestion search answered (its items are replaced then, on the FX thread:
        // looked up there, as a lookup from the test thread can walk the items while they are being replaced)
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#addToProjectDictionary").tryQuery().isPresent()
                        && robot.lookup(".spelling-item .label").queryAll().stream()
                                .noneMatch(l -> ((Labeled) l).getText().startsWith("Looking for suggestions"))).get());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#addToProjectDictionary");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> underlines.getElements().isEmpty());
        java.nio.file.Path words = folder.resolve("words-de.txt");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(words));
        assertEquals(List.of("Dwnews"), Files.readAllLines(words));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.qa().segmentFindings().stream()
                .noneMatch(f -> f.check().equals("spelling")));
        assertTrue(vm.qa().fileFindings().stream().noneMatch(f -> f.message().contains("Dwnews")));
    }

    @Test
    void ctrlKOnSelectedWordsShowsTheUnitsHoldingThemMarked(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        TextArea target = robot.lookup("#targetArea").queryAs(TextArea.class);
        int row = AddTermFlowTest.rowStartingWith(vm, "The European Union and the North Atlantic Treaty");
        robot.interact(() -> vm.select(row));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.memory().matches().isEmpty());
        robot.interact(() -> {
            vm.editor().textProperty().set("Die EU und die NATO haben eine gemeinsame Erklärung unterzeichnet.");
            int at = target.getText().indexOf("gemeinsame Erklärung");
            target.requestFocus();
            target.selectRange(at, at + "gemeinsame Erklärung".length());
        });
        robot.push(KeyCode.CONTROL, KeyCode.K);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.aids().concordance().hits().size() >= 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("gemeinsame Erklärung", app.window().concordance().field().getText());
        assertTrue(vm.aids().concordance().hits().stream().allMatch(h -> h.target().stream()
                .anyMatch(p -> p.hit() && p.text().equals("Erklärung"))), "the target's words are marked");
        List<String> marked = robot.lookup("#concordanceList .concordance-hit").queryAll().stream()
                .map(n -> ((Text) n).getText()).distinct().sorted().toList();
        assertEquals(List.of("Erklärung", "gemeinsame"), marked);
        assertTrue(robot.lookup("#concordanceList .concordance-source").queryAll().stream()
                .anyMatch(n -> textOf(n).contains("formally signed a joint declaration")));
        assertTrue(vm.aids().concordance().message().get().startsWith("2 units hold"), vm.aids().concordance().message().get());
        robot.interact(() -> Screenshots.take(app.window(), "editor-concordance", false));
    }

    @Test
    void aMachineTranslationShowsMarkedMtAndIsInsertedUnconfirmed(FxRobot robot) throws TimeoutException {
        EditorViewModel vm = app.viewModel();
        int row = AddTermFlowTest.rowStartingWith(vm, "This joint declaration is the third");
        robot.interact(() -> vm.select(row));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.memory().matches().stream()
                .anyMatch(MatchRow::machineTranslation));
        WaitForAsyncUtils.waitForFxEvents();

        MatchRow mt = vm.memory().matches().stream().filter(MatchRow::machineTranslation).findFirst().orElseThrow();
        assertEquals(70, mt.score());
        assertEquals("MT: DeepL", mt.origin());
        assertTrue(mt.target().startsWith("This gemeinsame Erklärung is die third"), mt.target());
        assertTrue(robot.lookup(".mt-badge").queryAll().stream().anyMatch(Node::isVisible), "marked MT");
        assertTrue(deepl.requests.stream().anyMatch(r -> r.body().path("text").toString().contains("This joint declaration")
                && ("DeepL-Auth-Key " + FakeMtServer.KEY).equals(r.authorization())));
        FakeMtServer.Request asked = deepl.requests.stream()
                .filter(r -> r.body().path("text").toString().contains("This joint declaration")).findFirst().orElseThrow();
        assertTrue(asked.body().has("glossary_id"), "the segment's glossary terms went along as a DeepL glossary");
        assertTrue(deepl.glossaries.values().stream() // the set only grows: the glossary in use now has them too
                .anyMatch(g -> "gemeinsame Erklärung".equals(g.entries().get("joint declaration"))), deepl.glossaries.toString());
        robot.interact(() -> Screenshots.take(app.window(), "editor-mt", false));

        robot.clickOn("#targetArea");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.valueOf("DIGIT" + mt.number()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mt.target(), vm.editor().text());
        assertEquals(mt.target(), vm.rows().get(row).targetText());
        assertEquals("draft", vm.rows().get(row).statusId(), "a machine translation is inserted unconfirmed, never final");
    }

    /** The suggestion {@code word} in the open context menu. */
    private static Optional<Node> suggestion(FxRobot robot, String word) {
        return robot.lookup(".spelling-suggestion").queryAll().stream()
                .filter(n -> n.lookupAll(".label").stream().anyMatch(l -> word.equals(((Labeled) l).getText())))
                .findFirst();
    }

    private static String textOf(Node flow) {
        StringBuilder sb = new StringBuilder();
        for (Node n : flow.lookupAll("Text")) sb.append(((Text) n).getText());
        return sb.toString();
    }

    /** The underline lies under {@code word}: within the target, starting where the word starts (± a few pixels). */
    private static void assertUnder(Path underlines, TextArea target, String word) {
        Bounds line = underlines.localToScreen(underlines.getBoundsInLocal());
        Bounds area = target.localToScreen(target.getLayoutBounds());
        assertTrue(area.contains(line.getMinX(), line.getMinY()), line + " in " + area);
        Text text = (Text) target.lookupAll(".text").stream().filter(n -> n instanceof Text t
                && t.getParent() instanceof javafx.scene.Group).findFirst().orElseThrow();
        int start = target.getText().indexOf(word);
        javafx.scene.shape.PathElement[] caret = text.caretShape(start, true);
        double x = text.localToScreen(((javafx.scene.shape.MoveTo) caret[0]).getX(), 0).getX();
        assertTrue(Math.abs(line.getMinX() - x) < 4, "starts at the word: " + line.getMinX() + " vs " + x);
        double width = text.localToScreen(((javafx.scene.shape.MoveTo) text.caretShape(start + word.length(), true)[0]).getX(), 0).getX() - x;
        assertTrue(Math.abs(line.getWidth() - width) < 6, "as wide as the word: " + line.getWidth() + " vs " + width);
    }
}
