package org.glossa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every data endpoint refuses a request without a valid token (401) and with a too-weak role (403); bad input is 400. */
class AccessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer t;
    private static byte[] tmx;
    private static byte[] tbx;

    /** An endpoint: method, path, body. */
    private record Call(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder apply(HttpRequest.Builder b) {
            if (body == null) return b.method(method, HttpRequest.BodyPublishers.noBody());
            return b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
    }

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.get();
        tmx = AccessTest.class.getResourceAsStream("/newsroom.tmx").readAllBytes();
        tbx = Files.readAllBytes(Path.of("../glossaries/dw-en-de.tbx"));
        // data to refuse access to
        assertEquals(200, t.post("/api/memories/acl/units", Role.REVIEWER, "application/xml", tmx).statusCode());
        assertEquals(200, t.put("/api/termbases/acl-tb", Role.TERMINOLOGIST, tbx).statusCode());
    }

    private static List<Call> everyDataEndpoint() {
        byte[] unit = "[{\"source\": \"x\", \"target\": \"y\", \"sourceLang\": \"en\", \"targetLang\": \"de\"}]".getBytes(StandardCharsets.UTF_8);
        return List.of(
                new Call("POST", "/api/memories/acl/units", "application/json", unit),
                new Call("POST", "/api/memories/acl/units", "application/xml", tmx),
                new Call("GET", "/api/memories/acl/lookup?q=EU&source=en&target=de", null, null),
                new Call("GET", "/api/memories/acl/concordance?q=EU", null, null),
                new Call("GET", "/api/memories/acl/export", null, null),
                new Call("GET", "/api/termbases/acl-tb", null, null),
                new Call("PUT", "/api/termbases/acl-tb", "application/xml", tbx),
                new Call("GET", "/api/termbases/acl-tb/terms?q=NATO", null, null),
                new Call("GET", "/api/events", null, null),
                new Call("DELETE", "/api/memories/acl/units/1", null, null));
    }

    private static HttpResponse<String> send(Call c, String authorization) throws Exception {
        HttpRequest.Builder b = c.apply(HttpRequest.newBuilder(t.uri(c.path())));
        if (authorization != null) b.header("Authorization", authorization);
        return t.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertJsonError(HttpResponse<String> r, int status, String what) throws Exception {
        assertEquals(status, r.statusCode(), what + ": " + r.body());
        JsonNode e = JSON.readTree(r.body());
        assertTrue(e.hasNonNull("error"), what + ": " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    @Test
    void everyDataEndpointRefusesMissingOrInvalidTokens() throws Exception {
        String valid = t.tokens.get(Role.ADMIN);
        String forged = valid.substring(0, valid.length() - 4) + "AAAA";
        for (Call c : everyDataEndpoint()) {
            String what = c.method() + " " + c.path();
            assertJsonError(send(c, null), 401, what + " without a token");
            assertJsonError(send(c, "Bearer nonsense"), 401, what + " with a malformed token");
            assertJsonError(send(c, "Bearer " + forged), 401, what + " with a forged token");
            assertJsonError(send(c, "Basic " + valid), 401, what + " without Bearer");
        }
    }

    @Test
    void writesRefuseTooWeakRoles() throws Exception {
        // TMX import: reviewer and admin only
        for (Role r : List.of(Role.TRANSLATOR, Role.TERMINOLOGIST)) {
            assertJsonError(t.post("/api/memories/acl/units", r, "application/xml", tmx), 403, "TMX import as " + r);
        }
        // replacing a termbase: terminologist and admin only
        for (Role r : List.of(Role.TRANSLATOR, Role.REVIEWER)) {
            assertJsonError(t.put("/api/termbases/acl-tb", r, tbx), 403, "PUT termbase as " + r);
        }
        // a translator adds units but neither changes one nor creates a memory
        assertJsonError(t.postJson("/api/memories/acl/units?source=en-US&target=de-DE", Role.TRANSLATOR,
                "[{\"source\": \"The declaration was signed in Brussels on 10 January 2023.\", \"target\": \"Anders.\", \"tuid\": \"n2\"}]"),
                403, "update as translator");
        assertJsonError(t.postJson("/api/memories/acl-new/units?source=en&target=de", Role.TRANSLATOR,
                "[{\"source\": \"x\", \"target\": \"y\"}]"), 404, "new memory as translator");
        assertEquals(200, t.postJson("/api/memories/acl/units?source=en&target=de", Role.TRANSLATOR,
                "[{\"source\": \"A translator's unit.\", \"target\": \"Die Einheit eines Übersetzers.\"}]").statusCode());
        // deleting a unit: reviewer and admin only
        JsonNode unit = JSON.readTree(t.get("/api/memories/acl/concordance?q=" + TestServer.enc("Brussels"), Role.TRANSLATOR)
                .body()).get("units").get(0);
        for (Role r : List.of(Role.TRANSLATOR, Role.TERMINOLOGIST)) {
            HttpResponse<String> refused = t.http.send(t.request("/api/memories/acl/units/" + unit.get("id").asLong(), r)
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertJsonError(refused, 403, "DELETE unit as " + r);
            assertTrue(refused.body().contains("deleting a unit needs the reviewer role"), refused.body());
        }
        // the refused writes changed nothing
        String export = t.get("/api/memories/acl/export", Role.TRANSLATOR).body();
        assertFalse(export.contains("Anders."), export);
        assertTrue(export.contains(unit.get("target").asText()), export);
        // every role reads
        for (Role r : Role.values()) {
            for (Call c : everyDataEndpoint()) {
                if (!c.method().equals("GET") || c.path().equals("/api/events")) continue;
                assertEquals(200, t.get(c.path(), r).statusCode(), c.path() + " as " + r);
            }
        }
    }

    @Test
    void aRefusedUploadIsAnsweredAndTheNextRequestGoesThrough() throws Exception {
        // answered before its body was read, a refused upload met a server that had closed the connection: the
        // client got a broken pipe, or its next request "HTTP/1.1 header parser received no bytes"
        for (int i = 0; i < 10; i++) {
            Role weak = i % 2 == 0 ? Role.TRANSLATOR : Role.REVIEWER;
            assertJsonError(t.put("/api/termbases/acl-tb", weak, tbx), 403, "PUT termbase as " + weak + ", try " + i);
            assertJsonError(t.post("/api/memories/acl/units", Role.TERMINOLOGIST, "application/xml", tmx), 403,
                    "TMX import as terminologist, try " + i);
            assertJsonError(send(new Call("PUT", "/api/termbases/acl-tb", "application/xml", tbx), null), 401,
                    "PUT termbase without a token, try " + i);
        }
        assertEquals(200, t.get("/api/termbases/acl-tb", Role.TRANSLATOR).statusCode());
    }

    @Test
    void badInputIsAnsweredWith400AndAMessage() throws Exception {
        assertJsonError(t.get("/api/memories/acl/lookup?source=en&target=de", Role.TRANSLATOR), 400, "no q");
        assertJsonError(t.get("/api/memories/acl/lookup?q=x&source=e!n&target=de", Role.TRANSLATOR), 400, "bad language");
        assertJsonError(t.get("/api/memories/acl/lookup?q=x&source=en&target=de&min=abc", Role.TRANSLATOR), 400, "bad min");
        assertJsonError(t.get("/api/memories/acl/lookup?q=" + "x".repeat(Api.MAX_QUERY_CHARS + 1) + "&source=en&target=de",
                Role.TRANSLATOR), 400, "q too long");
        assertJsonError(t.get("/api/memories/no-such-memory/lookup?q=x&source=en&target=de", Role.TRANSLATOR), 404, "no memory");
        assertJsonError(t.get("/api/termbases/no-such-tb", Role.TRANSLATOR), 404, "no termbase");
        assertJsonError(t.postJson("/api/memories/acl/units", Role.REVIEWER, "{\"units\": [ {\"source\": "), 400, "broken JSON");
        assertJsonError(t.postJson("/api/memories/acl/units", Role.REVIEWER, "{\"units\": [ {\"source\": \"x\"} ]}"), 400, "no target");
        HttpResponse<String> badTmx = t.post("/api/memories/acl/units", Role.REVIEWER, "application/xml",
                "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv><seg>x</seg></tuv></tu></body></tmx>"
                        .getBytes(StandardCharsets.UTF_8));
        assertJsonError(badTmx, 400, "TMX without xml:lang");
        assertTrue(badTmx.body().contains("acl.tmx"), "names the upload: " + badTmx.body());
        assertJsonError(t.put("/api/termbases/acl-tb", Role.TERMINOLOGIST, "<martif><broken".getBytes(StandardCharsets.UTF_8)),
                400, "broken TBX");
        assertJsonError(t.get("/api/memories/bad%20name/lookup?q=x&source=en&target=de", Role.TRANSLATOR), 400, "bad name");
        assertJsonError(t.get("/api/nothing-here", Role.TRANSLATOR), 404, "unknown endpoint");
    }
}
