package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.glossa.client.Credentials;
import org.glossa.client.ServerAddress;
import org.glossa.client.ServerConnection;
import org.glossa.client.UnitUpload;
import org.glossa.server.Role;
import org.glossa.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects whose project file names memories and termbases on a Glossa server (the real one, on an embedded
 * PostgreSQL): opening one connects the editor to them, opening another switches (nothing queued is lost), opening
 * one without URLs disconnects, and without a token the confirmations wait until the token is there.
 */
class ProjectServerTest {

    static final Duration BOUND = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void openingAProjectConnectsToItsServerMemoryAndTermbaseAndConfirmationsGoToTheMemory() throws Exception {
        TestServer server = TestServer.get();
        String memory = memory(server, "project-news");
        String termbase = "project-dw-" + System.nanoTime();
        assertEquals(200, server.putTermbase(termbase, Role.TERMINOLOGIST, ServerTermbaseTest.tbx(dir, "energy prices", "Energiepreise"))
                .statusCode());
        Path project = project("news", List.of(server.baseUrl() + "/memories/" + memory),
                List.of(server.baseUrl() + "/termbases/" + termbase));

        try (UiThread ui = new UiThread()) {
            Editor e = editor(ui, credentials(server.token(Role.TRANSLATOR)));
            assertEquals(List.of(), ui.call(() -> e.open(project)), "no problem to tell");
            assertEquals(new ServerConnector.Urls(List.of(server.baseUrl() + "/memories/" + memory),
                    List.of(server.baseUrl() + "/termbases/" + termbase)), ui.call(e.connector::current));
            assertTrue(ui.eventually(BOUND, () -> status(e).equals("server: connected · writing to " + memory
                    + " · 0 pending")), () -> "connected: " + status(e));
            assertTrue(ui.eventually(BOUND, () -> terms(e).equals(List.of("Energiepreise"))), () -> "terms: " + terms(e));

            ui.run(() -> confirm(e.editor, "Die Minister sprachen über Energiepreise."));
            assertTrue(ui.eventually(BOUND, () -> status(e).endsWith(" · 0 pending")), () -> status(e));
            assertEquals("Die Minister sprachen über Energiepreise.",
                    exported(server, memory).get("energy.txt:u1/s1"));
            ui.run(e.editor::close);
        }
    }

    @Test
    void anotherProjectSwitchesTheServerAndWhatWasQueuedForTheFirstIsSentWhenItIsOpenedAgain() throws Exception {
        TestServer server = TestServer.get();
        // the first project's memory does not exist yet: its confirmation stays queued (404 is transient)
        String first = "project-later-" + System.nanoTime();
        String second = memory(server, "project-other");
        Path a = project("a", List.of(server.baseUrl() + "/memories/" + first), List.of());
        Path b = project("b", List.of(server.baseUrl() + "/memories/" + second), List.of());
        Path plain = project("plain", List.of(), List.of());
        Path journals = dir.resolve("state");

        try (UiThread ui = new UiThread()) {
            Editor e = editor(ui, credentials(server.token(Role.TRANSLATOR)));
            ui.call(() -> e.open(a));
            ui.run(() -> confirm(e.editor, "Zuerst."));
            assertTrue(ui.eventually(BOUND, () -> status(e).equals("server away, 1 confirmation queued for " + first)),
                    () -> status(e));

            ui.call(() -> e.open(b));
            assertTrue(ui.eventually(BOUND, () -> status(e).equals("server: connected · writing to " + second
                    + " · 0 pending")), () -> status(e));
            assertEquals(List.of("Zuerst."), ConfirmationJournal.of(journals, URI.create(server.baseUrl()
                    + "/memories/" + first)).read().stream().map(x -> x.segment().target().plainText()).toList(),
                    "the first project's queue is kept on disk");
            ui.run(() -> confirm(e.editor, "Danach."));
            assertTrue(ui.eventually(BOUND, () -> status(e).endsWith(" · 0 pending")), () -> status(e));
            assertEquals(Map.of("", "Saat.", "energy.txt:u1/s1", "Danach."), exported(server, second),
                    "the second project's confirmation went to its own memory");

            ui.call(() -> e.open(plain));
            assertEquals("", status(e), "no server: the status bar shows none");
            assertTrue(ui.call(() -> e.editor.server().isEmpty()));
            assertEquals(ServerConnector.Urls.NONE, ui.call(e.connector::current));

            // the memory now exists; the first project opened again sends what waited for it
            lead(server).memory(first, "en", "de").add(List.of(UnitUpload.of("Seed.", "Saat.")));
            ui.call(() -> e.open(a));
            assertTrue(ui.eventually(BOUND, () -> status(e).equals("server: connected · writing to " + first
                    + " · 0 pending")), () -> status(e));
            assertEquals(Map.of("", "Saat.", "energy.txt:u1/s1", "Zuerst."), exported(server, first));
            assertEquals(List.of(), ConfirmationJournal.of(journals, URI.create(server.baseUrl() + "/memories/"
                    + first)).read());
            ui.run(e.editor::close);
        }
    }

    @Test
    void withoutATokenTheUserIsToldHowToGiveOneAndConfirmationsWaitUntilItIsThere() throws Exception {
        TestServer server = TestServer.get();
        String memory = memory(server, "project-token");
        String url = server.baseUrl() + "/memories/" + memory;
        Path project = project("token", List.of(url), List.of());
        Path credentialsFile = dir.resolve("config").resolve("credentials");

        try (UiThread ui = new UiThread()) {
            Editor e = editor(ui, new Credentials(Optional.empty(), credentialsFile));
            List<String> problems = ui.call(() -> e.open(project));
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith(url + ": no token for this server: set GLOSSA_TOKEN or add the line '"
                    + server.baseUrl() + " TOKEN' to " + credentialsFile), problems.get(0));

            ui.run(() -> confirm(e.editor, "Ohne Schlüssel."));
            assertTrue(ui.eventually(BOUND, () -> status(e).equals("server: no token for " + server.baseUrl()
                    + ", 1 confirmation queued for " + memory)), () -> status(e));
            assertEquals(1, ConfirmationJournal.of(dir.resolve("state"), URI.create(url)).read().size());

            // the user adds the token to the credentials file; the next try sends the confirmation
            Files.createDirectories(credentialsFile.getParent());
            Files.writeString(credentialsFile, server.baseUrl() + " " + server.token(Role.TRANSLATOR) + "\n",
                    StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(credentialsFile, PosixFilePermissions.fromString("rw-------"));
            assertTrue(ui.eventually(BOUND, () -> status(e).equals("server: connected · writing to " + memory
                    + " · 0 pending")), () -> status(e));
            assertEquals("Ohne Schlüssel.", exported(server, memory).get("energy.txt:u1/s1"));
            ui.run(e.editor::close);
        }
    }

    /** An editor with a document loaded, its project panel and its server connector, as the application has them. */
    private record Editor(EditorViewModel editor, ProjectViewModel project, ServerConnector connector) {
        List<String> open(Path folder) throws Exception {
            project.open(folder);
            return connector.useProject(project);
        }
    }

    private Editor editor(UiThread ui, Credentials credentials) throws Exception {
        Async workers = ui.async("test-workers");
        Async writer = ui.async("test-writer");
        Async sender = ui.async("test-server");
        Async listener = ui.async("test-events");
        return ui.call(() -> {
            EditorViewModel editor = new EditorViewModel(path -> {
                throw new UnsupportedOperationException();
            }, Resources.NONE, workers, writer, ui.scheduler());
            editor.load(ServerTermbaseTest.document());
            return new Editor(editor, new ProjectViewModel(), new ServerConnector(editor, credentials,
                    dir.resolve("state"), sender, listener, ServerConnector.Urls.NONE));
        });
    }

    private static void confirm(EditorViewModel editor, String target) {
        editor.select(0);
        editor.editor().textProperty().set(target);
        editor.confirm();
    }

    private Credentials credentials(String token) {
        return new Credentials(Optional.of(token), dir.resolve("no-credentials"));
    }

    private static ServerConnection lead(TestServer server) {
        return ServerConnection.open(ServerAddress.parse(server.baseUrl()),
                new Credentials(Optional.of(server.token(Role.ADMIN)), Path.of("no-credentials")));
    }

    /** A new memory on the server with one unit (a translator adds to memories that exist). */
    private static String memory(TestServer server, String prefix) {
        String name = prefix + "-" + System.nanoTime();
        lead(server).memory(name, "en", "de").add(List.of(UnitUpload.of("Seed.", "Saat.")));
        return name;
    }

    private Path project(String name, List<String> memories, List<String> glossaries) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.createDirectories(folder.resolve("sources"));
        Files.writeString(folder.resolve("glossa-project.properties"), "name=" + name + "\nsource=en\ntarget=de\n"
                + "sources=sources/**/*.txt\n" + "memories=" + String.join(",", memories) + "\n"
                + "glossaries=" + String.join(",", glossaries) + "\n", StandardCharsets.UTF_8);
        return folder;
    }

    private static String status(Editor e) {
        return e.editor.serverStatusProperty().get();
    }

    private static List<String> terms(Editor e) {
        return e.editor.glossary().terms().stream().map(GlossaryPanelViewModel.TermRow::targets).toList();
    }

    private static Map<String, String> exported(TestServer server, String memory) throws Exception {
        return ServerRestartTest.exported(server.baseUrl(), memory, server.token(Role.ADMIN));
    }
}
