package org.glossa.server;

import static org.glossa.server.TestServer.enc;
import static org.glossa.server.TestServer.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API's happy paths against a real PostgreSQL (embedded) and the real HTTP server. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.get();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(r.body());
    }

    private static JsonNode lookup(String memory, String q, int min) throws Exception {
        return json(t.get("/api/memories/" + memory + "/lookup?source=en&target=de&min=" + min + "&q=" + enc(q), Role.TRANSLATOR));
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        JsonNode h = json(t.get("/api/health", null));
        assertEquals("ok", h.get("status").asText());
        assertTrue(h.has("lastChange") && h.has("indexedChange"));
    }

    @Test
    void addedUnitsAreFoundExactlyAndFuzzilyInTheJsonOfTmLookup() throws Exception {
        JsonNode created = json(t.postJson("/api/memories/api-news/units", Role.REVIEWER, """
                {"sourceLang": "en", "targetLang": "de", "units": [
                  {"source": "The council met on Monday.", "target": "Der Rat tagte am Montag.", "tuid": "c1",
                   "project": "dw", "document": "eu-nato.html", "segment": "3"},
                  {"source": "Ministers discussed energy prices.", "target": "Die Minister sprachen über Energiepreise."}
                ]}"""));
        assertEquals(2, created.get("added").asInt());
        assertTrue(created.get("change").asLong() > 0);

        // exact: from PostgreSQL's hash index, at once
        JsonNode exact = lookup("api-news", "The council met on Monday.", 100);
        assertEquals(1, exact.get("matches").size(), exact.toString());
        JsonNode m = exact.get("matches").get(0);
        assertEquals(List.of("score", "source", "target", "tuid", "origin"), fields(m));
        assertEquals(100, m.get("score").asInt());
        assertEquals("Der Rat tagte am Montag.", m.get("target").asText());
        assertEquals("c1", m.get("tuid").asText());
        assertEquals("api-news", m.get("origin").asText());

        // fuzzy: from the index, once the outbox has fed it
        assertTrue(eventually(() -> lookup("api-news", "The council met on Tuesday.", 50).get("matches").size() == 1));
        JsonNode fuzzy = lookup("api-news", "The council met on Tuesday.", 50).get("matches").get(0);
        assertTrue(fuzzy.get("score").asInt() < 100 && fuzzy.get("score").asInt() >= 50, fuzzy.toString());
        assertEquals("The council met on Monday.", fuzzy.get("source").asText());

        // the same unit again is unchanged; a reviewer's new target for the tuid is an update
        JsonNode again = json(t.postJson("/api/memories/api-news/units?source=en&target=de", Role.TRANSLATOR,
                "[{\"source\": \"The council met on Monday.\", \"target\": \"Der Rat tagte am Montag.\", \"tuid\": \"c1\"}]"));
        assertEquals(1, again.get("unchanged").asInt());
        JsonNode updated = json(t.postJson("/api/memories/api-news/units?source=en&target=de", Role.REVIEWER,
                "[{\"source\": \"The council met on Monday.\", \"target\": \"Der Rat kam am Montag zusammen.\", \"tuid\": \"c1\"}]"));
        assertEquals(1, updated.get("updated").asInt());
        assertEquals("Der Rat kam am Montag zusammen.",
                lookup("api-news", "The council met on Monday.", 100).get("matches").get(0).get("target").asText());
        try (var c = t.db.dataSource().getConnection();
             var rs = c.createStatement().executeQuery("select h.op, h.target_text from unit_history h join units u on u.id = h.unit_id"
                     + " where u.tuid = 'c1' order by h.id")) {
            List<String> history = new ArrayList<>();
            while (rs.next()) history.add(rs.getString(1) + ":" + rs.getString(2));
            assertEquals(List.of("insert:Der Rat tagte am Montag.", "update:Der Rat kam am Montag zusammen."), history);
        }

        JsonNode conc = json(t.get("/api/memories/api-news/concordance?q=" + enc("ENERGY"), Role.TRANSLATOR));
        assertEquals(1, conc.get("units").size());
        assertEquals("Die Minister sprachen über Energiepreise.", conc.get("units").get(0).get("target").asText());
        assertEquals("test-reviewer", conc.get("units").get(0).get("createdBy").asText());
        JsonNode provenance = json(t.get("/api/memories/api-news/concordance?q=council", Role.TRANSLATOR)).get("units").get(0);
        assertEquals("eu-nato.html", provenance.get("document").asText());
        assertEquals("3", provenance.get("segment").asText());

        HttpResponse<String> tmx = t.get("/api/memories/api-news/export", Role.TRANSLATOR);
        assertEquals(200, tmx.statusCode());
        assertTrue(tmx.body().contains("<seg>Der Rat kam am Montag zusammen.</seg>"), tmx.body());
        assertTrue(tmx.body().contains("tuid=\"c1\""));
    }

    @Test
    void inlineCodesTravelWithUnitsAndMatchesAndTheSameContextGives101() throws Exception {
        String bold = """
                [{"text": "Click "}, {"tag": "open", "id": "1", "type": "bold", "data": "<b>"}, {"text": "Save"},
                 {"tag": "close", "id": "1", "type": "bold", "data": "</b>"}, {"text": " now."}]""";
        String boldDe = """
                [{"text": "Klicken Sie jetzt auf "}, {"tag": "open", "id": "1", "type": "bold", "data": "<b>"},
                 {"text": "Speichern"}, {"tag": "close", "id": "1", "type": "bold", "data": "</b>"}, {"text": "."}]""";
        json(t.postJson("/api/memories/api-codes/units", Role.REVIEWER, """
                {"sourceLang": "en", "targetLang": "de", "units": [
                  {"source": "Click Save now.", "sourceContent": %s,
                   "target": "Klicken Sie jetzt auf Speichern.", "targetContent": %s,
                   "prev": "Open the file.", "tuid": "b1"}
                ]}""".formatted(bold, boldDe)));
        String base = "/api/memories/api-codes/lookup?source=en&target=de&min=70&q=" + enc("Click Save now.")
                + "&content=" + enc(bold.replaceAll("\\s*\\n\\s*", " "));

        JsonNode context = json(t.get(base + "&prev=" + enc("Open  the file."), Role.TRANSLATOR)).get("matches");
        assertEquals(1, context.size(), context.toString());
        assertEquals(101, context.get(0).get("score").asInt(), "the same previous segment (white space aside)");
        assertEquals(List.of("score", "source", "target", "tuid", "origin", "sourceContent", "targetContent"),
                fields(context.get(0)));
        assertEquals(JSON.readTree(bold), context.get(0).get("sourceContent"));
        assertEquals(JSON.readTree(boldDe), context.get(0).get("targetContent"));
        assertEquals("Klicken Sie jetzt auf Speichern.", context.get(0).get("target").asText());

        assertEquals(100, json(t.get(base + "&prev=" + enc("Close the file."), Role.TRANSLATOR)).get("matches").get(0)
                .get("score").asInt(), "another previous segment");
        assertEquals(100, json(t.get(base, Role.TRANSLATOR)).get("matches").get(0).get("score").asInt(), "none given");
        JsonNode plain = json(t.get("/api/memories/api-codes/lookup?source=en&target=de&q=" + enc("Click Save now."),
                Role.TRANSLATOR)).get("matches").get(0);
        assertEquals(98, plain.get("score").asInt(), "without the query's tags: core's tag penalty");
        assertEquals(JSON.readTree(boldDe), plain.get("targetContent"));

        HttpResponse<String> bad = t.get("/api/memories/api-codes/lookup?source=en&target=de&content="
                + enc("[{\"tag\": \"bold\"}]"), Role.TRANSLATOR);
        assertEquals(400, bad.statusCode());
        assertEquals("content: \"tag\" is open, close or standalone, not bold", JSON.readTree(bad.body()).get("error").asText());
        HttpResponse<String> badUnit = t.postJson("/api/memories/api-codes/units?source=en&target=de", Role.REVIEWER,
                "[{\"source\": \"x\", \"sourceContent\": \"x\", \"target\": \"y\"}]");
        assertEquals(400, badUnit.statusCode());
        assertEquals("units[0].sourceContent: content must be an array of parts",
                JSON.readTree(badUnit.body()).get("error").asText());
    }

    private static List<String> fields(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void termbaseIsStoredAndSearched() throws Exception {
        byte[] tbx = Files.readAllBytes(Path.of("../glossaries/dw-en-de.tbx"));
        JsonNode put = json(t.put("/api/termbases/api-dw", Role.TERMINOLOGIST, tbx));
        assertTrue(put.get("concepts").asInt() > 10);
        JsonNode terms = json(t.get("/api/termbases/api-dw/terms?q=" + enc("nato-hauptquartier"), Role.TRANSLATOR));
        assertEquals(1, terms.get("concepts").size(), terms.toString());
        JsonNode c = terms.get("concepts").get(0);
        List<String> texts = new ArrayList<>();
        c.get("terms").forEach(x -> texts.add(x.get("language").asText() + ":" + x.get("text").asText()));
        assertEquals(List.of("en:NATO headquarters", "de:NATO-Hauptquartier"), texts);
        HttpResponse<String> back = t.get("/api/termbases/api-dw", Role.TRANSLATOR);
        assertEquals(200, back.statusCode());
        assertTrue(back.body().contains("NATO-Hauptquartier"));
    }

    @Test
    void eventsPushUnitAndTermbaseChanges() throws Exception {
        long first = json(t.postJson("/api/memories/api-events/units?source=en&target=de", Role.REVIEWER,
                "[{\"source\": \"First.\", \"target\": \"Erstens.\"}]")).get("change").asLong();
        assertTrue(eventually(() -> json(t.get("/api/health", null)).get("indexedChange").asLong() >= first));
        HttpResponse<InputStream> stream = t.http.send(t.request("/api/events", Role.TRANSLATOR)
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        CompletableFuture<List<String>> lines = CompletableFuture.supplyAsync(() -> {
            List<String> seen = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    seen.add(line);
                    if (line.startsWith("data:") && line.contains("\"termbase\":\"api-events-tb\"")) break;
                }
            } catch (java.io.IOException e) {
                seen.add("error " + e);
            }
            return seen;
        });
        // the stream is open once the server counts it; then the changes are made
        assertTrue(eventually(() -> t.server != null && connectedClients() > 0));
        json(t.postJson("/api/memories/api-events/units?source=en&target=de", Role.TRANSLATOR,
                "[{\"source\": \"A colleague's new unit.\", \"target\": \"Die neue Einheit einer Kollegin.\"}]"));
        json(t.put("/api/termbases/api-events-tb", Role.TERMINOLOGIST, Files.readAllBytes(Path.of("../glossaries/dw-en-de.tbx"))));
        List<String> seen = lines.get(60, TimeUnit.SECONDS);
        String all = String.join("\n", seen);
        assertTrue(all.contains("event: unit"), all);
        assertTrue(all.contains("\"source\":\"A colleague's new unit.\""), all);
        assertTrue(all.contains("\"memory\":\"api-events\""), all);
        assertTrue(all.contains("event: termbase"), all);
        assertTrue(!all.contains("\"source\":\"First.\""), "only changes after connecting: " + all);
    }

    @Test
    void aReviewerDeletesAUnitWithHistoryAndTheIndexForgetsIt() throws Exception {
        json(t.postJson("/api/memories/api-delete/units?source=en&target=de", Role.REVIEWER,
                "[{\"source\": \"The bridge was closed for repairs.\", \"target\": \"Die Brücke wurde für Reparaturen gesperrt.\"},"
                        + " {\"source\": \"The road stays open.\", \"target\": \"Die Straße bleibt offen.\"}]"));
        assertTrue(eventually(() -> lookup("api-delete", "The bridge was closed for repair work.", 50).get("matches").size() == 1));
        long id = json(t.get("/api/memories/api-delete/concordance?q=bridge", Role.TRANSLATOR)).get("units").get(0).get("id").asLong();

        HttpResponse<String> deleted = t.http.send(t.request("/api/memories/api-delete/units/" + id, Role.REVIEWER).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode d = json(deleted);
        assertEquals(1, d.get("deleted").asInt());
        long change = d.get("change").asLong();

        // gone from the exact path at once, from the fuzzy index once the outbox fed it; the other unit stays
        assertEquals(0, lookup("api-delete", "The bridge was closed for repairs.", 100).get("matches").size());
        assertTrue(eventually(() -> json(t.get("/api/health", null)).get("indexedChange").asLong() >= change));
        assertEquals(0, lookup("api-delete", "The bridge was closed for repair work.", 50).get("matches").size());
        assertEquals(1, lookup("api-delete", "The road stays open.", 100).get("matches").size());
        assertEquals(0, json(t.get("/api/memories/api-delete/concordance?q=bridge", Role.TRANSLATOR)).get("units").size());

        // the history keeps what was deleted, and by whom
        try (var c = t.db.dataSource().getConnection(); var st = c.prepareStatement(
                "select op, source_text, target_text, changed_by from unit_history where unit_id = ? order by id")) {
            st.setLong(1, id);
            try (var rs = st.executeQuery()) {
                List<String> rows = new ArrayList<>();
                while (rs.next()) rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4));
                assertEquals(List.of("insert|The bridge was closed for repairs.|Die Brücke wurde für Reparaturen gesperrt.|test-reviewer",
                        "delete|The bridge was closed for repairs.|Die Brücke wurde für Reparaturen gesperrt.|test-reviewer"), rows);
            }
        }
        // again: no such unit; another memory's unit is not reachable through this one
        HttpResponse<String> again = t.http.send(t.request("/api/memories/api-delete/units/" + id, Role.REVIEWER).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, again.statusCode(), again.body());
        assertEquals("no unit " + id + " in memory api-delete", JSON.readTree(again.body()).get("error").asText());
        HttpResponse<String> bad = t.http.send(t.request("/api/memories/api-delete/units/x1", Role.REVIEWER).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    void aClientReconnectingWithLastEventIdGetsWhatItMissedOnce() throws Exception {
        long seen = json(t.postJson("/api/memories/api-catchup/units?source=en&target=de", Role.REVIEWER,
                "[{\"source\": \"Before the gap.\", \"target\": \"Vor der Lücke.\"}]")).get("change").asLong();
        long missed = json(t.postJson("/api/memories/api-catchup/units?source=en&target=de", Role.TRANSLATOR,
                "[{\"source\": \"During the gap.\", \"target\": \"Während der Lücke.\"}]")).get("change").asLong();
        long id = json(t.get("/api/memories/api-catchup/concordance?q=" + enc("Before the gap"), Role.TRANSLATOR))
                .get("units").get(0).get("id").asLong();
        long deleted = json(t.http.send(t.request("/api/memories/api-catchup/units/" + id, Role.REVIEWER).DELETE().build(),
                HttpResponse.BodyHandlers.ofString())).get("change").asLong();
        assertTrue(eventually(() -> json(t.get("/api/health", null)).get("indexedChange").asLong() >= deleted));

        HttpResponse<InputStream> stream = t.http.send(t.request("/api/events", Role.TRANSLATOR)
                .header("Accept", "text/event-stream").header("Last-Event-ID", Long.toString(seen)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        CompletableFuture<List<String>> events = CompletableFuture.supplyAsync(() -> {
            List<String> ids = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                String id2 = "";
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("id:")) id2 = line.substring(3).strip();
                    if (line.startsWith("data:") && line.contains("\"memory\":\"api-catchup\"")) {
                        ids.add(id2 + " " + JSON.readTree(line.substring(5)).get("op").asText());
                        if (line.contains("After the gap.")) break;
                    }
                }
            } catch (java.io.IOException e) {
                ids.add("error " + e);
            }
            return ids;
        });
        assertTrue(eventually(() -> connectedClients() > 0));
        long live = json(t.postJson("/api/memories/api-catchup/units?source=en&target=de", Role.TRANSLATOR,
                "[{\"source\": \"After the gap.\", \"target\": \"Nach der Lücke.\"}]")).get("change").asLong();
        // what was missed, in order, then the live change, each once
        assertEquals(List.of(missed + " insert", deleted + " delete", live + " insert"), events.get(60, TimeUnit.SECONDS));
    }

    private static int connectedClients() {
        return t.server.connectedClients();
    }
}
