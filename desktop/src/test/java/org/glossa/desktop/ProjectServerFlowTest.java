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
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.glossa.client.Credentials;
import org.glossa.client.ServerAddress;
import org.glossa.client.ServerConnection;
import org.glossa.client.ServerUnit;
import org.glossa.client.UnitUpload;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.TmPanelViewModel;
import org.glossa.server.Role;
import org.glossa.server.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A project whose memory and termbase are on a Glossa server (the real one, embedded PostgreSQL), opened with File ›
 * Open Project: the editor connects to them with nothing given on its command line; a colleague's unit, added on
 * the server while the segment is open, appears as a match; the server termbase's term is marked in the source; and
 * Ctrl+Enter puts the confirmed segment into the server memory.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectServerFlowTest {

    static final String SOURCE = "Ministers discussed energy prices on Tuesday.";
    static final String COLLEAGUE = "Die Minister sprachen am Dienstag über Energiepreise.";
    static final String MINE = "Am Dienstag sprachen die Minister über Energiepreise.";

    @TempDir
    Path dir;
    private TestServer server;
    private String memory;
    private Path project;
    private GlossaApp app;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Start
    void start(Stage stage) throws Exception {
        server = TestServer.get();
        // the test server lives as long as the test JVM: names no other desktop test uses
        memory = "newsroom";
        String termbase = "dw-terms";
        colleague().memory(memory, "en", "de").add(List.of(UnitUpload.of("The council met.", "Der Rat tagte.")));
        Path tbx = Files.writeString(dir.resolve("dw.tbx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="en"><termSec><term>energy prices</term></termSec></langSec>
                      <langSec xml:lang="de"><termSec><term>Energiepreise</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """, StandardCharsets.UTF_8);
        assertEquals(200, server.putTermbase(termbase, Role.TERMINOLOGIST, tbx).statusCode());

        project = Files.createDirectories(dir.resolve("news"));
        Files.createDirectories(project.resolve("sources"));
        Files.writeString(project.resolve("sources").resolve("energy.txt"), "Energy prices\n\n" + SOURCE + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(project.resolve("glossa-project.properties"), String.join("\n", "name=news", "source=en",
                "target=de", "sources=sources/**/*.txt", "memories=" + server.baseUrl() + "/memories/" + memory,
                "glossaries=" + server.baseUrl() + "/termbases/" + termbase, ""), StandardCharsets.UTF_8);

        Credentials translator = new Credentials(Optional.of(server.token(Role.TRANSLATOR)), dir.resolve("none"));
        app = new GlossaApp(LaunchOptions.NONE, dir.resolve("desktop.properties"), dialogs, translator,
                dir.resolve("state"));
        app.start(stage);
    }

    private ServerConnection colleague() {
        return ServerConnection.open(ServerAddress.parse(server.baseUrl()),
                new Credentials(Optional.of(server.token(Role.REVIEWER)), dir.resolve("none")));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> app.stop());
    }

    @Test
    void aProjectOnAServerShowsColleaguesMatchesMarksServerTermsAndSendsConfirmations(FxRobot robot) throws Exception {
        Parent window = app.window();
        assertEquals("", label(robot, window), "no server before the project");
        dialogs.projectFolder = Optional.of(project);
        robot.interact(() -> WorkspaceFlowTest.fire(robot, "openProjectMenuItem"));
        robot.interact(() -> app.workspace().openSource(project.resolve("sources").resolve("energy.txt")
                .toAbsolutePath()));
        Opening.await(app);
        String connected = "server: connected · writing to " + memory + " · 0 pending";
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, window).equals(connected));

        EditorViewModel vm = app.viewModel();
        int row = TwoTranslatorsFlowTest.rowOf(vm, SOURCE);
        robot.interact(() -> vm.select(row));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm.memory().messageProperty().get().equals("No matches"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> terms(robot).equals(List.of("energy prices")));

        // a colleague confirms the segment in another document
        colleague().memory(memory, "en", "de").add(List.of(new UnitUpload(org.glossa.core.model.Content.of(SOURCE),
                org.glossa.core.model.Content.of(COLLEAGUE), "colleague.txt:u2/s1", "", "colleague.txt", "u2/s1",
                Optional.empty())));
        ListView<?> matches = robot.lookup("#matchList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !matches.getItems().isEmpty());
        TmPanelViewModel.MatchRow match = (TmPanelViewModel.MatchRow) matches.getItems().get(0);
        assertEquals(COLLEAGUE, match.target());
        assertEquals(memory, match.origin());
        assertEquals(100, match.score());
        robot.interact(() -> Screenshots.take(window, "editor-project-server", false));

        robot.interact(() -> vm.editor().textProperty().set(MINE));
        robot.clickOn("#targetArea");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, window).equals(connected)
                && onServer().contains(MINE));
        assertEquals(List.of(MINE, COLLEAGUE), onServer().stream().sorted().toList(),
                "the colleague's unit and the confirmed one, each once");
    }

    /** The targets of the server memory's units whose source is {@link #SOURCE} (its concordance). */
    private List<String> onServer() {
        return colleague().memory(memory, "", "").concordance("energy prices on Tuesday", 10).stream()
                .map(ServerUnit::target).toList();
    }

    private static List<String> terms(FxRobot robot) {
        return robot.lookup("#sourceFlow .term").queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    private static String label(FxRobot robot, Parent window) {
        return TwoTranslatorsFlowTest.serverLabel(robot, window);
    }
}
