package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.glossa.client.Credentials;
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
 * A termbase on a real server (embedded PostgreSQL) in the editor: its terms are highlighted, listed and checked;
 * when the terminologist replaces it, the server's termbase event makes the editor read it again, list the new term
 * and run live QA again (now the target lacks the preferred term).
 */
class ServerTermbaseTest {

    static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theGlossaryPanelAndLiveQaFollowTheServerTermbase() throws Exception {
        TestServer server = TestServer.get();
        String name = "editor-dw-" + System.nanoTime();
        assertEquals(200, server.putTermbase(name, org.glossa.server.Role.TERMINOLOGIST,
                tbx(dir, "energy prices", "Energiepreise")).statusCode());

        try (UiThread ui = new UiThread()) {
            EditorViewModel editor = ui.serverEditor(document(), ClientServer.open(List.of(),
                    List.of(server.baseUrl() + "/termbases/" + name), new Credentials(Optional.of(
                            server.token(org.glossa.server.Role.TRANSLATOR)), dir.resolve("none"))), dir.resolve("state"));
            assertTrue(ui.eventually(BOUND, () -> terms(editor).equals(List.of("Energiepreise"))),
                    () -> "terms: " + terms(editor));
            assertTrue(ui.eventually(BOUND, () -> editor.serverStatusProperty().get()
                    .equals("server: connected · 0 pending")));
            assertTrue(ui.call(() -> editor.qa().segmentFindings().stream()
                    .noneMatch(f -> f.check().startsWith("term-"))), "the target has the term");

            // the terminologist replaces the term on the server
            assertEquals(200, server.putTermbase(name, org.glossa.server.Role.TERMINOLOGIST,
                    tbx(dir, "energy prices", "Strompreise")).statusCode());

            assertTrue(ui.eventually(BOUND, () -> terms(editor).equals(List.of("Strompreise"))),
                    () -> "terms: " + terms(editor));
            assertTrue(ui.eventually(BOUND, () -> editor.qa().segmentFindings().stream()
                    .anyMatch(f -> f.check().equals("term-missing"))), "live QA ran again with the new term");
            ui.run(editor::close);
        }
    }

    private static List<String> terms(EditorViewModel editor) {
        return editor.glossary().terms().stream().map(GlossaryPanelViewModel.TermRow::targets).toList();
    }

    /** One segment, "Ministers discussed energy prices.", translated with the term "Energiepreise". */
    static Document document() {
        Unit unit = new Unit("u1", Role.BODY, true, "u1", List.of(new Segment("s1",
                Content.of("Ministers discussed energy prices."),
                Optional.of(Content.of("Die Minister sprachen über Energiepreise.")), SegmentState.INITIAL)));
        return new Document("energy.txt", Format.TEXT, "en", Optional.of("de"), List.of(unit), Optional.empty());
    }

    /** A TBX file in {@code dir} with one concept: {@code english} and {@code german}. */
    static Path tbx(Path dir, String english, String german) throws Exception {
        return Files.writeString(dir.resolve(System.nanoTime() + ".tbx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body>
                    <conceptEntry id="c1">
                      <langSec xml:lang="en"><termSec><term>%s</term></termSec></langSec>
                      <langSec xml:lang="de"><termSec><term>%s</term></termSec></langSec>
                    </conceptEntry>
                  </body></text>
                </tbx>
                """.formatted(english, german), StandardCharsets.UTF_8);
    }
}
