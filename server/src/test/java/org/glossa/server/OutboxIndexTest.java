package org.glossa.server;

import static org.glossa.server.TestServer.enc;
import static org.glossa.server.TestServer.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The outbox feeds the fuzzy index: a unit added through the API is found by a fuzzy lookup; after a restart the
 * index is reopened and only later changes are replayed; a deleted index is rebuilt from the database.
 */
class OutboxIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private JsonNode fuzzy(GlossaServer s, String token, String memory, String q) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                + "/api/memories/" + memory + "/lookup?source=en&target=de&min=50&q=" + enc(q)))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).get("matches");
    }

    private void add(GlossaServer s, String token, String memory, String source, String target) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                + "/api/memories/" + memory + "/units?source=en-GB&target=de-DE"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"source\": " + JSON.writeValueAsString(source)
                        + ", \"target\": " + JSON.writeValueAsString(target) + "}]")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
    }

    @Test
    void unitsReachTheIndexAndSurviveRestartsAndALostIndex() throws Exception {
        Path dir = Files.createTempDirectory("glossa-outbox-test-");
        try (Database db = Database.embedded(dir)) {
            String token = Users.add(db.dataSource(), "olga", Role.REVIEWER);
            try (GlossaServer s = GlossaServer.start(db, dir, "127.0.0.1", 0)) {
                add(s, token, "wire", "Protesters gathered outside parliament on Friday.", "Demonstranten versammelten sich am Freitag vor dem Parlament.");
                assertTrue(eventually(() -> fuzzy(s, token, "wire", "Protesters gathered outside parliament on Saturday.").size() == 1));
                JsonNode m = fuzzy(s, token, "wire", "Protesters gathered outside parliament on Saturday.").get(0);
                assertEquals("Demonstranten versammelten sich am Freitag vor dem Parlament.", m.get("target").asText());
                assertTrue(m.get("score").asInt() < 100);
            }
            // restart: the committed index is reopened; a unit added while no server ran is replayed from the outbox
            try (GlossaServer s = GlossaServer.start(db, dir, "127.0.0.1", 0)) {
                assertEquals(1, fuzzy(s, token, "wire", "Protesters gathered outside parliament on Sunday.").size());
                add(s, token, "wire", "The prime minister resigned on Tuesday evening.", "Der Premierminister trat am Dienstagabend zurück.");
                assertTrue(eventually(() -> fuzzy(s, token, "wire", "The prime minister resigned on Monday evening.").size() == 1));
            }
            // the index is a cache: deleted, it is rebuilt from PostgreSQL
            deleteTree(dir.resolve("index"));
            try (GlossaServer s = GlossaServer.start(db, dir, "127.0.0.1", 0)) {
                assertEquals(1, fuzzy(s, token, "wire", "Protesters gathered outside parliament on Sunday.").size());
                assertEquals(1, fuzzy(s, token, "wire", "The prime minister resigned on Monday evening.").size());
            }
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
