package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.glossa.client.Credentials;
import org.glossa.client.RemoteMemory;
import org.glossa.client.ServerAddress;
import org.glossa.client.ServerConnection;
import org.glossa.client.UnitUpload;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline codes and context with a memory on a real server (embedded PostgreSQL): the editor shows a server match
 * of a segment with tags as a 101 (the unit was confirmed after the same segment), inserting it keeps its tags, and
 * the translator's confirmation reaches the server with its tags and its previous segment, so a colleague gets it
 * as a context match with the tags.
 */
class ServerMatchTagsTest {

    static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    static Content bold(String before, String bold, String after) {
        return new Content(List.of(new Inline.Text(before), new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"),
                new Inline.Text(bold), new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"),
                new Inline.Text(after)));
    }

    @Test
    void aServerMatchIsInsertedWithItsTagsAndAConfirmationTravelsWithThem() throws Exception {
        TestServer server = TestServer.get();
        String name = "editor-tags-" + System.nanoTime();
        Content source = bold("Press ", "Send", " to publish the story.");
        Content target = bold("Drücken Sie auf ", "Senden", ", um die Meldung zu veröffentlichen.");
        ServerConnection.open(ServerAddress.parse(server.baseUrl()), credentials(server, org.glossa.server.Role.REVIEWER))
                .memory(name, "en", "de").add(List.of(new UnitUpload(source, target, "old.html:u2/s1", "", "old.html",
                        "u2/s1", Optional.of(Content.of("Write the story.")))));

        try (UiThread ui = new UiThread()) {
            EditorViewModel editor = ui.serverEditor(document(source), ClientServer.open(List.of(server.baseUrl()
                    + "/memories/" + name), List.of(), credentials(server, org.glossa.server.Role.TRANSLATOR)),
                    dir.resolve("state"));
            ui.run(() -> editor.select(1)); // the segment with tags, after "Write the story."
            assertTrue(ui.eventually(BOUND, () -> editor.memory().matches().size() == 1),
                    () -> "matches: " + matches(ui, editor));
            TmMatch match = ui.call(() -> editor.memory().matches().get(0).match());
            assertEquals(new TmMatch(101, MatchKind.CONTEXT, source, target, "old.html:u2/s1", name), match,
                    "a context match, its source and target with their tags");

            assertTrue(ui.call(() -> editor.insertMatch(1)));
            assertEquals(Optional.of(target), ui.call(() -> editor.editor().target()), "inserted with its tags");

            // the translator changes the wording and confirms: the server gets it with its tags and context
            Content edited = bold("Drücken Sie ", "Senden", ", um die Meldung zu veröffentlichen.");
            ui.run(() -> {
                editor.editor().replace(edited);
                editor.confirm();
            });
            assertTrue(ui.eventually(BOUND, () -> editor.serverStatusProperty().get()
                    .equals("server: connected · writing to " + name + " · 0 pending")),
                    () -> "sent: " + editor.serverStatusProperty().get());
            ui.run(editor::close);
        }
        RemoteMemory colleague = ServerConnection.open(ServerAddress.parse(server.baseUrl()),
                credentials(server, org.glossa.server.Role.TRANSLATOR)).memory(name, "en", "de");
        List<TmMatch> found = colleague.lookup(source, Optional.of(Content.of("Write the story.")), 100, 5);
        assertTrue(found.contains(new TmMatch(101, MatchKind.CONTEXT, source,
                bold("Drücken Sie ", "Senden", ", um die Meldung zu veröffentlichen."), "tags.txt:u2/s1", name)),
                () -> "found: " + found);
    }

    private static List<String> matches(UiThread ui, EditorViewModel editor) {
        try {
            return ui.call(() -> editor.memory().matches().stream().map(m -> m.score() + " " + m.target()).toList());
        } catch (Exception e) {
            return List.of(e.toString());
        }
    }

    static Credentials credentials(TestServer server, org.glossa.server.Role role) {
        return new Credentials(Optional.of(server.token(role)), Path.of("no-credentials-file"));
    }

    private static Document document(Content tagged) {
        List<Unit> units = List.of(
                new Unit("u1", Role.BODY, true, "u1", List.of(new Segment("s1", Content.of("Write the story.")))),
                new Unit("u2", Role.BODY, true, "u2", List.of(new Segment("s1", tagged))));
        return new Document("tags.txt", Format.TEXT, "en", Optional.of("de"), units, Optional.empty());
    }
}
