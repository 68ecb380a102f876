package org.glossa.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.server.Role;
import org.glossa.server.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clients against a real Glossa server (embedded PostgreSQL; the server module's TestServer). */
class RemoteServerTest {
    private static TestServer server;
    private static ServerAddress address;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.get();
        address = ServerAddress.parse(server.baseUrl());
    }

    private static ServerConnection as(Role role) {
        return ServerConnection.open(address, new Credentials(Optional.of(server.token(role)), dir.resolve("none")));
    }

    private static List<TmMatch> eventually(RemoteMemory m, String q, int min, int count) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<TmMatch> r = m.lookup(Content.of(q), Optional.empty(), min, 5);
        while (r.size() < count && System.nanoTime() < end) {
            Thread.sleep(50);
            r = m.lookup(Content.of(q), Optional.empty(), min, 5);
        }
        return r;
    }

    @Test
    void unitsAddedAreFoundExactlyAndFuzzily() throws Exception {
        RemoteMemory m = as(Role.REVIEWER).memory("client-news", "en", "de");
        WriteSummary w = m.add(List.of(
                new UnitUpload(Content.of("The council met on Monday."), Content.of("Der Rat tagte am Montag."), "c1", "dw",
                        "eu-nato.html", "3", Optional.empty()),
                UnitUpload.of("Ministers discussed energy prices.", "Die Minister sprachen über Energiepreise.")));
        assertEquals(new WriteSummary(2, 0, 0, w.change()), w);
        assertEquals(new WriteSummary(0, 0, 1, w.change()).unchanged(),
                m.add(List.of(UnitUpload.of("Ministers discussed energy prices.", "Die Minister sprachen über Energiepreise."))).unchanged());

        List<TmMatch> exact = m.lookup(Content.of("The council met on Monday."), Optional.empty(), 100, 5);
        assertEquals(List.of(new TmMatch(100, MatchKind.EXACT, Content.of("The council met on Monday."),
                Content.of("Der Rat tagte am Montag."), "c1", "client-news")), exact);

        List<TmMatch> fuzzy = eventually(m, "The council met on Tuesday.", 50, 1);
        assertEquals(1, fuzzy.size(), fuzzy.toString());
        assertEquals(MatchKind.FUZZY, fuzzy.get(0).kind());
        assertTrue(fuzzy.get(0).score() >= 50 && fuzzy.get(0).score() < 100, fuzzy.toString());
        assertEquals("Der Rat tagte am Montag.", fuzzy.get(0).target().plainText());
    }

    @Test
    void aTmxFileIsImportedAsIs() throws Exception {
        RemoteMemory m = as(Role.REVIEWER).memory("client-import", "en", "de");
        WriteSummary w = m.importTmx(Path.of("../server/src/test/resources/newsroom.tmx"));
        assertTrue(w.added() > 0, w.toString());
        assertEquals(0, m.importTmx(Path.of("../server/src/test/resources/newsroom.tmx")).added());
        List<TmMatch> r = m.lookup(Content.of("The declaration was signed in Brussels on 10 January 2023."),
                Optional.empty(), 100, 5);
        assertEquals("Die Erklärung wurde am 10. Januar 2023 in Brüssel unterzeichnet.", r.get(0).target().plainText());
    }

    @Test
    void aTermbaseLoadsAsTheSameGlossaryAsItsTbxFile() throws Exception {
        Path tbx = Path.of("../glossaries/dw-en-de.tbx");
        assertEquals(200, server.putTermbase("client-dw", Role.TERMINOLOGIST, tbx).statusCode());
        Glossary remote = as(Role.TRANSLATOR).termbase("client-dw").load();
        Glossary file = GlossaryReader.read(tbx);
        assertEquals(file.concepts().size(), remote.concepts().size());
        for (int i = 0; i < file.concepts().size(); i++) {
            Concept a = file.concepts().get(i);
            Concept b = remote.concepts().get(i);
            assertEquals(a.id(), b.id());
            assertEquals(a.terms(), b.terms(), a.id());
            assertEquals(a.doNotTranslate(), b.doNotTranslate(), a.id());
        }
    }

    @Test
    void failuresNameTheUrlAndTheCause() throws Exception {
        ClientException e = assertThrows(ClientException.class,
                () -> as(Role.TRANSLATOR).memory("client-no-such", "en", "de").lookup(Content.of("x"), Optional.empty(), 70, 5));
        assertEquals(404, e.status());
        assertEquals(server.baseUrl() + "/memories/client-no-such: no memory named client-no-such", e.describe());

        e = assertThrows(ClientException.class, () -> as(Role.TRANSLATOR).termbase("client-no-such").load());
        assertEquals(server.baseUrl() + "/termbases/client-no-such: no termbase named client-no-such", e.describe());

        ServerConnection wrong = ServerConnection.open(address, new Credentials(Optional.of("glossa_1_wrong"), dir.resolve("none")));
        e = assertThrows(ClientException.class, () -> wrong.termbase("client-dw").load());
        assertEquals(401, e.status());
        assertTrue(e.describe().startsWith(server.baseUrl() + "/termbases/client-dw: the server refused the token"
                + " (invalid token); check GLOSSA_TOKEN"), e.describe());

        e = assertThrows(ClientException.class, () -> as(Role.TRANSLATOR).memory("client-import", "en", "de")
                .importTmx(Path.of("../server/src/test/resources/newsroom.tmx")));
        assertEquals(403, e.status());
        assertTrue(e.getMessage().startsWith("not allowed (importing a TMX file needs the reviewer role"), e.getMessage());

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ServerAddress nobody = ServerAddress.parse("http://127.0.0.1:" + closedPort);
        ServerConnection none = ServerConnection.open(nobody, new Credentials(Optional.of("t"), dir.resolve("none")));
        e = assertThrows(ClientException.class, () -> none.memory("news", "en", "de").lookup(Content.of("x"), Optional.empty(), 70, 5));
        assertEquals(0, e.status());
        assertEquals("http://127.0.0.1:" + closedPort + "/memories/news: cannot connect to http://127.0.0.1:" + closedPort
                + " (connection refused: is the Glossa server running there?)", e.describe());
    }

    @Test
    void eventsArriveLive() throws Exception {
        RemoteMemory m = as(Role.REVIEWER).memory("client-events", "en", "de");
        long before = m.add(List.of(UnitUpload.of("The storm is coming.", "Der Sturm kommt."))).change();
        BlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
        BlockingQueue<String> states = new LinkedBlockingQueue<>();
        // from the change before: whether the write below lands just before or after the server registered the
        // stream, it arrives (replayed or live)
        try (EventStream s = as(Role.TRANSLATOR).events(before, new EventStream.Listener() {
            @Override
            public void onEvent(ServerEvent event) {
                events.add(event);
            }

            @Override
            public void onConnected() {
                states.add("connected");
            }
        })) {
            assertEquals("connected", states.poll(30, TimeUnit.SECONDS));
            WriteSummary w = as(Role.TRANSLATOR).memory("client-events", "en", "de")
                    .add(List.of(UnitUpload.of("A storm hit the coast.", "Ein Sturm traf die Küste.")));
            ServerEvent e = next(events, "client-events");
            assertEquals("unit", e.type());
            assertEquals(w.change(), e.id());
            assertEquals("Ein Sturm traf die Küste.", e.json().get("target").asText());
            assertEquals("insert", e.json().get("op").asText());
            assertEquals(w.change(), s.lastEventId());
        }
    }

    @Test
    void aTmxImportIsOneEventForAllItsUnits() throws Exception {
        RemoteMemory m = as(Role.REVIEWER).memory("client-import-events", "en", "de");
        long before = m.add(List.of(UnitUpload.of("Before the import.", "Vor dem Import."))).change();
        BlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
        try (EventStream s = as(Role.TRANSLATOR).events(before, events::add)) {
            WriteSummary imported = m.importTmx(Path.of("../server/src/test/resources/newsroom.tmx"));
            assertTrue(imported.added() > 1, imported.toString());
            WriteSummary after = m.add(List.of(UnitUpload.of("After the import.", "Nach dem Import.")));
            // The import's event goes out once the import is searchable, with a change of its own written then
            // (decision 0030): the unit added after the import may be indexed first, between the import's pages.
            // No event per imported unit: the two next events about the memory are the import's and that unit's.
            ServerEvent first = next(events, "client-import-events");
            ServerEvent second = next(events, "client-import-events");
            ServerEvent e = "import".equals(first.type()) ? first : second;
            ServerEvent unit = e == first ? second : first;
            assertEquals("import", e.type(), first.data() + " / " + second.data());
            assertTrue(e.id() > imported.change(), e.data());
            assertEquals(imported.added(), e.json().get("added").asLong(), e.data());
            assertEquals("client-import-events.tmx", e.json().get("document").asText(), e.data());
            assertEquals("unit", unit.type(), unit.data());
            assertEquals(after.change(), unit.id(), unit.data());
            assertEquals("Nach dem Import.", unit.json().get("target").asText());
        }
    }

    @Test
    void aStreamStartedAfterAnEventIdGetsWhatItMissedAndDeletesArrive() throws Exception {
        RemoteMemory m = as(Role.REVIEWER).memory("client-catchup", "en", "de");
        long seen = m.add(List.of(UnitUpload.of("Seen before the gap.", "Vor der Lücke gesehen."))).change();
        // while no stream listens: one unit added, one deleted
        WriteSummary missed = m.add(List.of(UnitUpload.of("Added during the gap.", "In der Lücke hinzugefügt.")));
        List<ServerUnit> found = m.concordance("Seen before the gap", 5);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Vor der Lücke gesehen.", found.get(0).target());
        assertEquals("test-reviewer", found.get(0).changedBy());
        long id = found.get(0).id();
        assertTrue(m.delete(id));
        assertFalse(m.delete(id), "deleted already");
        ClientException refused = assertThrows(ClientException.class,
                () -> as(Role.TRANSLATOR).memory("client-catchup", "en", "de").delete(id + 1));
        assertEquals(403, refused.status());

        BlockingQueue<ServerEvent> events = new LinkedBlockingQueue<>();
        try (EventStream s = as(Role.TRANSLATOR).events(seen, events::add)) {
            ServerEvent added = next(events, "client-catchup");
            assertEquals(missed.change(), added.id());
            assertEquals("In der Lücke hinzugefügt.", added.json().get("target").asText());
            ServerEvent gone = next(events, "client-catchup");
            assertEquals("delete", gone.json().get("op").asText());
            assertEquals(id, gone.json().get("id").asLong());
            assertTrue(s.lastEventId() >= gone.id());
        }
        assertEquals(0, m.lookup(Content.of("Seen before the gap."), Optional.empty(), 100, 5).size());
        assertEquals(0, m.concordance("Seen before the gap", 5).size());
    }

    /** The next event about {@code memory} (other tests write to the same server at the same time). */
    static ServerEvent next(BlockingQueue<ServerEvent> events, String memory) throws InterruptedException {
        while (true) {
            ServerEvent e = events.poll(30, TimeUnit.SECONDS);
            if (e == null) throw new AssertionError("no event about " + memory + " within 30 s");
            if (memory.equals(e.json().path("memory").asText())) return e;
        }
    }

    private static Content bold(String before, String bold, String after) {
        return new Content(List.of(new Inline.Text(before), new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"),
                new Inline.Text(bold), new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(after)));
    }

    @Test
    void matchesKeepInlineCodesAndAUnitConfirmedAfterTheSameSegmentIsAContextMatch() throws Exception {
        RemoteMemory m = as(Role.TRANSLATOR).memory("client-codes", "en", "de");
        as(Role.REVIEWER).memory("client-codes", "en", "de").add(List.of(UnitUpload.of("Seed.", "Saat.")));
        Content source = bold("Click ", "Save", " to keep the story.");
        Content target = bold("Klicken Sie auf ", "Speichern", ", um die Meldung zu behalten.");
        m.add(List.of(new UnitUpload(source, target, "story.html:u2/s1", "", "story.html", "u2/s1",
                Optional.of(Content.of("Open the editor.")))));

        List<TmMatch> context = m.lookup(source, Optional.of(Content.of("Open the editor.")), 70, 5);
        assertEquals(List.of(new TmMatch(101, MatchKind.CONTEXT, source, target, "story.html:u2/s1", "client-codes")),
                context, "after the same segment: 101, the tags kept");
        List<TmMatch> exact = m.lookup(source, Optional.of(Content.of("Close the editor.")), 70, 5);
        assertEquals(List.of(new TmMatch(100, MatchKind.EXACT, source, target, "story.html:u2/s1", "client-codes")),
                exact, "after another segment: 100");
        assertEquals(100, m.lookup(source, Optional.empty(), 70, 5).get(0).score());
        TmMatch untagged = m.lookup(Content.of("Click Save to keep the story."), Optional.empty(), 70, 5).get(0);
        assertEquals(98, untagged.score(), "the tags differ: core's tag penalty");
        assertEquals(target, untagged.target(), "the target keeps its tags");

        // a fuzzy match from the server's index keeps them too
        Content longer = bold("Click ", "Save", " to keep the whole story.");
        List<TmMatch> fuzzy = eventually(m, longer, 70);
        assertEquals(1, fuzzy.size(), () -> "fuzzy: " + fuzzy);
        assertTrue(fuzzy.get(0).score() < 100 && fuzzy.get(0).score() >= 70, () -> "fuzzy: " + fuzzy);
        assertEquals(target, fuzzy.get(0).target());
        assertEquals(source, fuzzy.get(0).source());
    }

    private static List<TmMatch> eventually(RemoteMemory m, Content q, int min) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<TmMatch> r = m.lookup(q, Optional.empty(), min, 5);
        while (r.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
            r = m.lookup(q, Optional.empty(), min, 5);
        }
        return r;
    }

}
