package org.glossa.server;

import static org.glossa.server.TestServer.enc;
import static org.glossa.server.TestServer.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A colleague's confirmation made while a big TMX import is being indexed does not wait for it (a real server on an
 * embedded PostgreSQL): the import's first page is indexed and the test holds the feeder before the next one (the
 * feeder's {@link IndexFeeder.ImportPacing}); the confirmation becomes searchable and its event arrives while the
 * import is not yet all searchable and has sent no event; then the import goes on, its event arrives after the
 * confirmation's, and every unit of both is in the index exactly once. Only the order of what a client can observe
 * is asserted, never how long anything took.
 */
class LiveChangesDuringImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Three pages of the feeder's import page (5,000), the last one short. */
    private static final int UNITS = 12_000;
    private static final String[] WORDS = {"amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor",
            "island", "jasper"};
    private static final String COLLEAGUE = "The mayor opened the new bridge over the river on Monday.";

    private final HttpClient http = HttpClient.newHttpClient();
    private int port;

    /** Holds a bulk import after its first page until {@link #open} (asked on the feeder's thread). */
    private static final class Gate implements IndexFeeder.ImportPacing {
        volatile boolean held;
        volatile boolean open;

        @Override
        public boolean nextPage(long importId, int pagesDone) {
            if (pagesDone == 0 || open) return true;
            held = true;
            return false;
        }
    }

    /** A unit's English source: five words from the digits of {@code i}, so that no two units are alike. */
    private static String sentence(int i) {
        StringBuilder words = new StringBuilder();
        String digits = String.format("%05d", i);
        for (int d = 0; d < digits.length(); d++) {
            words.append(' ').append(WORDS[digits.charAt(d) - '0']).append(d);
        }
        return "The wire report" + words + " covers the council vote.";
    }

    @Test
    void aConfirmationDuringABigImportIsSearchableAndAnnouncedBeforeTheImportIsIndexed() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "live-import-");
        Gate gate = new Gate();
        try (Database db = Database.embedded(dir)) {
            String reviewer = Users.add(db.dataSource(), "rita", Role.REVIEWER);
            String translator = Users.add(db.dataSource(), "anna", Role.TRANSLATOR);
            try (GlossaServer s = GlossaServer.start(db, dir, "127.0.0.1", 0, gate)) {
                port = s.port();
                // the memory exists (a translator adds to memories that exist)
                long seed = post("/api/memories/wire/units?source=en&target=de", reviewer, "application/json",
                        "[{\"source\": \"Seed.\", \"target\": \"Saat.\"}]").get("change").asLong();
                List<JsonNode> heard = listen(translator, 0);
                assertTrue(eventually(() -> s.connectedClients() > 0));

                String[] units = new String[UNITS];
                for (int i = 0; i < UNITS; i++) units[i] = BulkImportTest.tu("w" + i, sentence(i), "Bericht " + i + ".");
                long imported = post("/api/memories/wire/units", reviewer, "application/xml",
                        BulkImportTest.tmx(units)).get("change").asLong();
                assertTrue(eventually(() -> gate.held), "the import's first page is indexed, the next one held");

                long confirmed = post("/api/memories/wire/units?source=en&target=de", translator, "application/json",
                        "[{\"source\": " + JSON.writeValueAsString(COLLEAGUE)
                                + ", \"target\": \"Der Bürgermeister eröffnete am Montag die neue Brücke.\"}]")
                        .get("change").asLong();
                assertTrue(confirmed > imported);
                String colleagueQuery = COLLEAGUE.replace("Monday", "Tuesday");
                assertTrue(eventually(() -> tuids(translator, colleagueQuery).size() == 1),
                        "the confirmation is searchable");
                assertTrue(eventually(() -> indexOf(heard, "unit", confirmed) >= 0), "its event arrived: " + heard);

                // meanwhile the import is not all searchable, and it has sent no event
                assertEquals(-1, indexOf(heard, "import", -1), heard.toString());
                assertTrue(health().get("indexedChange").asLong() < imported, health().toString());
                assertEquals(List.of("w0"), first(tuids(translator, query(0))), "its first page is searchable");
                assertFalse(tuids(translator, query(UNITS - 1)).contains("w" + (UNITS - 1)), "its last page is not");

                gate.open = true;
                assertTrue(eventually(() -> indexOf(heard, "import", -1) >= 0), "the import's event: " + heard);
                assertTrue(indexOf(heard, "unit", confirmed) < indexOf(heard, "import", -1),
                        "the confirmation's event came first: " + heard);
                JsonNode importEvent = heard.get(indexOf(heard, "import", -1));
                assertEquals(UNITS, importEvent.get("added").asInt(), importEvent.toString());
                assertTrue(health().get("indexedChange").asLong() >= importEvent.get("seq").asLong(),
                        "searchable when announced: " + health());

                // every unit of both, once: the index holds as many entries as the memory has units
                long memoryId = memoryId(db, "wire");
                int entries = s.feeder().index(memoryId, "en", "de").orElseThrow().size();
                assertEquals(UNITS + 2, entries, "the seed, the import's units and the confirmation");
                assertEquals(UNITS + 2, unitCount(db, memoryId));
                for (int i : new int[] {0, 4999, 5000, 9999, 10000, UNITS - 1}) {
                    List<String> found = tuids(translator, query(i));
                    assertEquals(List.of("w" + i), first(found), "unit " + i + ": " + found);
                    assertEquals(1, found.stream().filter(("w" + i)::equals).count(), "unit " + i + ": " + found);
                }
                assertEquals(1, tuids(translator, colleagueQuery).size());

                // a client that missed it all and reconnects gets the same events in the same order, once each
                List<JsonNode> replayed = listen(translator, seed);
                assertTrue(eventually(() -> indexOf(replayed, "import", -1) >= 0), "replayed: " + replayed);
                assertEquals(List.of("unit " + confirmed, "import " + importEvent.get("seq").asLong()),
                        replayed.stream().map(e -> e.get("event").asText() + " " + e.get("seq").asLong()).toList());
            }
        } finally {
            OutboxIndexTest.deleteTree(dir);
        }
    }

    /** The source of unit {@code i} with one word changed: only the fuzzy index finds it (no exact match). */
    private static String query(int i) {
        return sentence(i).replace("council vote", "council ballot");
    }

    private static List<String> first(List<String> tuids) {
        return tuids.isEmpty() ? List.of() : List.of(tuids.get(0));
    }

    /** The tuids of the fuzzy matches of {@code q} (70 and above), best first. */
    private List<String> tuids(String token, String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/memories/wire/lookup?source=en&target=de&min=70&q=" + enc(q)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<String> out = new ArrayList<>();
        for (JsonNode m : JSON.readTree(r.body()).get("matches")) out.add(m.get("tuid").asText());
        return out;
    }

    private JsonNode post(String path, String token, String type, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private JsonNode health() throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    /**
     * Listens to the event stream on a thread of its own (after {@code lastEventId}, when not 0): each event's data,
     * with its type as {@code "event"}, in the order they arrive.
     */
    private List<JsonNode> listen(String token, long lastEventId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream");
        if (lastEventId > 0) request.header("Last-Event-ID", Long.toString(lastEventId));
        HttpResponse<InputStream> stream = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        List<JsonNode> heard = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            String type = "";
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("event:")) type = line.substring(6).strip();
                    if (line.startsWith("data:")) {
                        com.fasterxml.jackson.databind.node.ObjectNode o =
                                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(line.substring(5));
                        o.put("event", type);
                        heard.add(o);
                    }
                }
            } catch (java.io.IOException e) {
                // the server stopped at the end of the test: the stream ends
            }
        }, "test-events");
        reader.setDaemon(true);
        reader.start();
        return heard;
    }

    /** Where the event of {@code type} (and change {@code seq}, unless -1) is among those heard; -1 when it is not. */
    private static int indexOf(List<JsonNode> heard, String type, long seq) {
        for (int i = 0; i < heard.size(); i++) {
            JsonNode e = heard.get(i);
            if (e.get("event").asText().equals(type) && (seq < 0 || e.path("seq").asLong() == seq)) return i;
        }
        return -1;
    }

    private static long memoryId(Database db, String name) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("select id from memories where name = ?")) {
            st.setString(1, name);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }

    private static long unitCount(Database db, long memoryId) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             PreparedStatement st = c.prepareStatement("select count(*) from units where memory_id = ?")) {
            st.setLong(1, memoryId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
