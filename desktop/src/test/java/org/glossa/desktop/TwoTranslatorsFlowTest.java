package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.glossa.client.Credentials;
import org.glossa.client.ServerAddress;
import org.glossa.client.ServerConnection;
import org.glossa.client.UnitUpload;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.SegmentRow;
import org.glossa.desktop.viewmodel.TmPanelViewModel;
import org.glossa.server.Role;
import org.glossa.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two translators, two editor windows, one memory on a real Glossa server (embedded PostgreSQL): Ben has a segment
 * open, Anna confirms the same segment in her window, and Ben's memory panel shows her translation without Ben
 * doing anything (the server's unit event makes his editor look the segment up again). Both status bars show the
 * server.
 */
@ExtendWith(ApplicationExtension.class)
class TwoTranslatorsFlowTest {

    static final String SOURCE = "Ministers discussed energy prices on Tuesday.";
    static final String TARGET = "Die Minister sprachen am Dienstag über Energiepreise.";

    @TempDir
    static Path dir;
    static TestServer server;
    static String memoryUrl;

    static String memoryName() {
        return memoryUrl.substring(memoryUrl.lastIndexOf('/') + 1);
    }

    private GlossaApp anna;
    private GlossaApp ben;
    private Stage benStage;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.get();
        String memory = "two-translators-" + System.nanoTime();
        // the memory exists (a reviewer created it); translators add to it
        ServerConnection.open(ServerAddress.parse(server.baseUrl()), credentials(Role.REVIEWER))
                .memory(memory, "en", "de").add(List.of(UnitUpload.of("The council met.", "Der Rat tagte.")));
        memoryUrl = server.baseUrl() + "/memories/" + memory;
    }

    static Credentials credentials(Role role) {
        return new Credentials(Optional.of(server.token(role)), dir.resolve("no-credentials"));
    }

    @Start
    void start(Stage stage) throws Exception {
        anna = translator("anna", Role.TRANSLATOR);
        anna.start(stage);
        benStage = new Stage();
        ben = translator("ben", Role.REVIEWER);
        ben.start(benStage);
    }

    private GlossaApp translator(String name, Role role) throws Exception {
        Path home = Files.createDirectories(dir.resolve(name + "-" + System.nanoTime()));
        Path article = Files.writeString(home.resolve("energy.txt"), "Energy prices\n\n" + SOURCE + "\n",
                StandardCharsets.UTF_8);
        LaunchOptions options = new LaunchOptions(Optional.of(article), List.of(), List.of(), "en", "de",
                List.of(memoryUrl), List.of());
        return new GlossaApp(options, home.resolve("desktop.properties"), new ScriptedDialogs(), credentials(role),
                home.resolve("state"));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            anna.stop();
            ben.stop();
            benStage.close();
        });
    }

    @Test
    void aSegmentOneTranslatorConfirmsShowsAsAMatchInTheOthersMemoryPanel(FxRobot robot) throws Exception {
        Opening.await(anna);
        Opening.await(ben);
        Parent annaWindow = anna.window();
        Parent benWindow = ben.window();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> serverLabel(robot, annaWindow)
                .equals("server: connected · writing to " + memoryName() + " · 0 pending") && serverLabel(robot, benWindow)
                .equals("server: connected · writing to " + memoryName() + " · 0 pending"));

        int row = rowOf(ben.viewModel(), SOURCE);
        robot.interact(() -> ben.viewModel().select(row));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ben.viewModel().memory().messageProperty().get()
                .equals("No matches"));

        robot.interact(() -> {
            EditorViewModel vm = anna.viewModel();
            vm.select(rowOf(vm, SOURCE));
            vm.editor().textProperty().set(TARGET);
            vm.confirm();
        });

        ListView<?> benMatches = robot.from(benWindow).lookup("#matchList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !benMatches.getItems().isEmpty());
        TmPanelViewModel.MatchRow match = (TmPanelViewModel.MatchRow) benMatches.getItems().get(0);
        assertEquals(101, match.score(), "the same segment of the same document, after the same segment: a context match");
        assertEquals(TARGET, match.target());
        assertEquals(memoryUrl.substring(memoryUrl.lastIndexOf('/') + 1), match.origin());
        assertEquals(row, ben.viewModel().currentIndex(), "Ben did not move");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> serverLabel(robot, annaWindow)
                .equals("server: connected · writing to " + memoryName() + " · 0 pending"));
        assertTrue(robot.from(annaWindow).lookup("#serverStatusLabel").query().isVisible());
    }

    /** The server part of {@code window}'s status bar. */
    static String serverLabel(FxRobot robot, Parent window) {
        return robot.from(window).lookup("#serverStatusLabel").queryAs(Label.class).getText();
    }

    /** The row whose source is {@code source}. */
    static int rowOf(EditorViewModel vm, String source) {
        List<SegmentRow> rows = vm.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).sourceText().equals(source)) return i;
        }
        throw new AssertionError("no row " + source + " in " + rows.stream().map(SegmentRow::sourceText).toList());
    }
}
