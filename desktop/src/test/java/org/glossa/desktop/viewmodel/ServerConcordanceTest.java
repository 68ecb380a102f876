package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.glossa.client.Credentials;
import org.glossa.client.ServerConnection;
import org.glossa.client.ServerResource;
import org.glossa.client.UnitUpload;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.server.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concordance panel of an editor connected to a server memory (a real server, embedded PostgreSQL): the search
 * goes to the server's concordance endpoint through the client, and the phrase is marked in the units it returns.
 */
class ServerConcordanceTest {

    @TempDir
    Path dir;

    @Test
    void theConcordancePanelSearchesTheServerMemory() throws Exception {
        TestServer server = TestServer.get();
        String name = "concordance-" + System.nanoTime();
        String url = server.baseUrl() + "/memories/" + name;
        Credentials translator = new Credentials(Optional.of(server.token(org.glossa.server.Role.TRANSLATOR)),
                dir.resolve("none"));
        // the memory exists (a reviewer created it with its units)
        Credentials reviewer = new Credentials(Optional.of(server.token(org.glossa.server.Role.REVIEWER)),
                dir.resolve("none"));
        ServerConnection.open(ServerResource.parse(url).server(), reviewer).memory(name, "en", "de").add(List.of(
                new UnitUpload(Content.of("The Joint Declaration was signed."),
                        Content.of("Die gemeinsame Erklärung wurde unterzeichnet."), "", "", "dw.txt", "u1/s1", Optional.empty()),
                new UnitUpload(Content.of("Energy prices rose."), Content.of("Die Energiepreise stiegen."), "", "", "dw.txt",
                        "u2/s1", Optional.empty())));

        try (UiThread ui = new UiThread()) {
            Async workers = ui.async("test-workers");
            EditorViewModel editor = ui.call(() -> {
                EditorViewModel e = new EditorViewModel(path -> {
                    throw new UnsupportedOperationException();
                }, Resources.NONE, workers, ui.async("test-writer"), ui.scheduler());
                e.load(document());
                e.connect(ClientServer.open(List.of(url), List.of(), translator), dir.resolve("state"),
                        ui.async("test-server"), ui.async("test-events"));
                return e;
            });
            ConcordanceViewModel concordance = editor.aids().concordance();
            ui.run(() -> concordance.search("joint declaration"));
            assertTrue(ui.eventually(Duration.ofSeconds(60), () -> !concordance.hits().isEmpty()),
                    () -> concordance.message().get());
            ConcordanceViewModel.HitRow hit = ui.call(() -> concordance.hits().get(0));
            assertEquals(1, ui.call(() -> concordance.hits().size()));
            assertEquals(name, hit.origin());
            assertEquals(List.of(new ConcordanceViewModel.Piece("The ", false),
                    new ConcordanceViewModel.Piece("Joint Declaration", true),
                    new ConcordanceViewModel.Piece(" was signed.", false)), hit.source());
            assertEquals("Die gemeinsame Erklärung wurde unterzeichnet.", hit.hit().target().plainText());
            ui.run(editor::close);
        }
    }

    private static Document document() {
        Unit unit = new Unit("u1", Role.BODY, true, "u1", List.of(new Segment("s1",
                Content.of("The joint declaration was signed on Tuesday."), Optional.empty(), SegmentState.INITIAL)));
        return new Document("dw.txt", Format.TEXT, "en", Optional.of("de"), List.of(unit), Optional.empty());
    }
}
