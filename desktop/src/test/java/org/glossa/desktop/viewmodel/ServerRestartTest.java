package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.glossa.client.Credentials;
import org.glossa.client.ServerAddress;
import org.glossa.client.ServerConnection;
import org.glossa.client.UnitUpload;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost, against a real server (a {@code glossa server} process on an embedded PostgreSQL): the server is
 * stopped, a translator confirms segments, the editor is closed and started again (a new view model on the same
 * journal), the server is started again, and every confirmation arrives exactly once.
 */
class ServerRestartTest {

    static final Duration BOUND = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void confirmationsMadeWhileTheServerIsStoppedArriveExactlyOnceAfterEditorAndServerRestart() throws Exception {
        Path data = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(),
                "restart-server-");
        Path journals = dir.resolve("state");
        ServerProcess server = ServerProcess.start(data, 0);
        try (UiThread ui = new UiThread()) {
            String lead = ServerProcess.addUser(data, "lead", "admin");
            String anna = ServerProcess.addUser(data, "anna", "translator");
            // the lead creates the memory (a translator adds to memories that exist)
            ServerConnection.open(ServerAddress.parse(server.url), credentials(lead)).memory("restart", "en", "de")
                    .add(List.of(UnitUpload.of("Seed.", "Saat.")));
            String memoryUrl = server.url + "/memories/restart";

            EditorViewModel first = editor(ui, memoryUrl, anna, journals);
            assertTrue(ui.eventually(BOUND, () -> status(first).equals("server: connected · writing to restart · 0 pending")),
                    () -> "connected: " + status(first));

            server.stop();
            ui.run(() -> {
                first.editor().textProperty().set("Eins.");
                first.confirm();
                first.editor().textProperty().set("Zwei.");
                first.confirm();
                first.editor().textProperty().set("Drei.");
                first.confirm();
            });
            assertTrue(ui.eventually(BOUND, () -> status(first).equals("server away, 3 confirmations queued for restart")),
                    () -> "away: " + status(first));
            ui.run(first::close); // the editor is closed (or dies: the journal is all that is kept)
            assertEquals(3, ConfirmationJournal.of(journals, URI.create(memoryUrl)).read().size());

            EditorViewModel second = editor(ui, memoryUrl, anna, journals);
            assertEquals(3, ui.call(() -> second.server().orElseThrow().status().pending()));

            server = ServerProcess.start(data, server.port);
            assertTrue(ui.eventually(BOUND, () -> status(second).equals("server: connected · writing to restart · 0 pending")),
                    () -> "sent: " + status(second));
            ui.run(second::close);

            Map<String, String> units = exported(server.url, "restart", lead);
            assertEquals(Map.of("", "Saat.", "restart.txt:u1/s1", "Eins.", "restart.txt:u2/s1", "Zwei.",
                    "restart.txt:u3/s1", "Drei."), units, "each confirmation once, the seed unit kept");
            assertEquals(List.of(), ConfirmationJournal.of(journals, URI.create(memoryUrl)).read());
        } finally {
            server.close();
            try (var files = Files.walk(data)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    static Credentials credentials(String token) {
        return new Credentials(Optional.of(token), Path.of("no-credentials-file"));
    }

    static String status(EditorViewModel editor) {
        return editor.serverStatusProperty().get();
    }

    private static EditorViewModel editor(UiThread ui, String memoryUrl, String token, Path journals)
            throws Exception {
        return ui.serverEditor(document(), ClientServer.open(List.of(memoryUrl), List.of(), credentials(token)),
                journals);
    }

    static Document document() {
        List<Unit> units = List.of(unit("u1", "One."), unit("u2", "Two."), unit("u3", "Three."), unit("u4", "Four."));
        return new Document("restart.txt", Format.TEXT, "en", Optional.of("de"), units, Optional.empty());
    }

    private static Unit unit(String id, String source) {
        return new Unit(id, Role.BODY, true, id, List.of(new Segment("s1", Content.of(source))));
    }

    /** tuid → target of every unit of the memory {@code memory} of the server at {@code url}, from its TMX export. */
    static Map<String, String> exported(String url, String memory, String token) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url + "/api/memories/" + memory + "/export")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        Map<String, String> out = new TreeMap<>();
        try (TmxReader tmx = TmxReader.open(new ByteArrayInputStream(r.body()), memory + ".tmx")) {
            for (TranslationUnit tu : (Iterable<TranslationUnit>) tmx.units()::iterator) {
                String previous = out.put(tu.tuid(), tu.variant("de").orElseThrow().content().plainText());
                assertEquals(null, previous, "tuid " + tu.tuid() + " twice");
            }
        }
        return out;
    }
}
