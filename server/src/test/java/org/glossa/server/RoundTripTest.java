package org.glossa.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** TMX and TBX go through the server and come out byte for byte the same after one round trip. */
class RoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.get();
    }

    private static byte[] export(String memory) throws Exception {
        HttpResponse<byte[]> r = t.getBytes("/api/memories/" + memory + "/export", Role.TRANSLATOR);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    @Test
    void tmxIsByteStableAfterOneRoundTrip() throws Exception {
        byte[] original = RoundTripTest.class.getResourceAsStream("/newsroom.tmx").readAllBytes();
        HttpResponse<String> imported = t.post("/api/memories/rt-a/units", Role.REVIEWER, "application/xml", original);
        assertEquals(200, imported.statusCode(), imported.body());
        // 4 units: the first has two targets (de-DE, fr-FR), so 5 pairs
        assertEquals(5, JSON.readTree(imported.body()).get("added").asInt());
        byte[] first = export("rt-a");
        String tmx = new String(first, StandardCharsets.UTF_8);
        // what the file said is kept: inline codes, dates, users, properties, notes, tuids, escaping
        assertTrue(tmx.contains("<bpt i=\"1\" x=\"1\">&lt;b></bpt>gemeinsame Erklärung<ept i=\"1\">&lt;/b></ept>"), tmx);
        assertTrue(tmx.contains("Jens Stoltenberg<ph x=\"1\">&lt;br/></ph>NATO-Generalsekretär"), tmx);
        assertTrue(tmx.contains("creationdate=\"20230110T091500Z\" creationid=\"mara\" changedate=\"20230111T120000Z\" changeid=\"jonas\""), tmx);
        assertTrue(tmx.contains("<prop type=\"x-project\">eu-nato</prop>"), tmx);
        assertTrue(tmx.contains("<note>Headline.</note>"), tmx);
        assertTrue(tmx.contains("NATO-Generalsekretär &amp; ehemaliger Ministerpräsident"), tmx);
        assertTrue(tmx.contains("„Gemeinsam sind wir stärker“, sagte er."), tmx);
        assertTrue(tmx.contains("xml:lang=\"fr-FR\""), tmx);

        HttpResponse<String> again = t.post("/api/memories/rt-b/units", Role.REVIEWER, "application/xml", first);
        assertEquals(5, JSON.readTree(again.body()).get("added").asInt(), again.body());
        assertArrayEquals(first, export("rt-b"), () -> new String(export0("rt-b"), StandardCharsets.UTF_8));

        // importing the same file into the same memory changes nothing
        HttpResponse<String> same = t.post("/api/memories/rt-b/units", Role.REVIEWER, "application/xml", first);
        assertEquals(5, JSON.readTree(same.body()).get("unchanged").asInt(), same.body());
        assertArrayEquals(first, export("rt-b"));
    }

    private static byte[] export0(String memory) {
        try {
            return export(memory);
        } catch (Exception e) {
            return e.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void tbxIsByteStableAfterOneRoundTrip() throws Exception {
        for (String file : new String[] {"dw-en-de.tbx", "dw-en-de.martif.tbx"}) {
            byte[] original = Files.readAllBytes(Path.of("../glossaries", file));
            String name = "rt-" + file.replace('.', '-');
            assertEquals(200, t.put("/api/termbases/" + name, Role.TERMINOLOGIST, original).statusCode());
            byte[] first = t.getBytes("/api/termbases/" + name, Role.TRANSLATOR).body();
            assertTrue(new String(first, StandardCharsets.UTF_8).contains("NATO-Hauptquartier"));
            assertEquals(200, t.put("/api/termbases/" + name, Role.TERMINOLOGIST, first).statusCode());
            byte[] second = t.getBytes("/api/termbases/" + name, Role.TRANSLATOR).body();
            assertArrayEquals(first, second, file + ":\n" + new String(second, StandardCharsets.UTF_8));
        }
    }
}
