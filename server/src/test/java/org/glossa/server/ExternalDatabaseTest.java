package org.glossa.server;

import static org.glossa.server.TestServer.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The {@code --db} path against an existing PostgreSQL named by {@code GLOSSA_TEST_DB} (a JDBC URL; .ci/run starts
 * Debian's PostgreSQL and sets it). Each run migrates a schema of its own. Skipped without the variable, except
 * under {@code CI=true}, where it fails.
 */
class ExternalDatabaseTest {
    @Test
    void runsOnAnExistingPostgresql() throws Exception {
        String url = System.getenv("GLOSSA_TEST_DB");
        if (url == null || url.isBlank()) {
            if ("true".equals(System.getenv("CI"))) fail("CI=true: GLOSSA_TEST_DB must name a PostgreSQL (see .ci/run)");
            Assumptions.abort("GLOSSA_TEST_DB is not set: no external PostgreSQL to test against");
        }
        String schema = "glossa_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        Path dir = Files.createTempDirectory("glossa-external-test-");

        StringWriter out = new StringWriter();
        int code = ServerMain.run(new String[] {"user", "add", "ext", "--role", "reviewer", "--db", db},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, code, out.toString());
        List<String> lines = out.toString().lines().toList();
        String token = lines.get(lines.size() - 1);

        HttpClient http = HttpClient.newHttpClient();
        try (Database database = Database.external(db);
             GlossaServer s = GlossaServer.start(database, dir, "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + s.port() + "/api/memories/ext/";
            HttpResponse<String> added = http.send(HttpRequest.newBuilder(URI.create(base + "units?source=en&target=de"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[{\"source\": \"The summit ends on Thursday.\","
                            + " \"target\": \"Der Gipfel endet am Donnerstag.\"}]")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, added.statusCode(), added.body());
            HttpRequest lookup = HttpRequest.newBuilder(URI.create(base
                    + "lookup?source=en&target=de&min=50&q=The%20summit%20ends%20on%20Friday."))
                    .header("Authorization", "Bearer " + token).build();
            assertTrue(eventually(() -> new ObjectMapper().readTree(http.send(lookup, HttpResponse.BodyHandlers.ofString())
                    .body()).get("matches").size() == 1));
            HttpResponse<String> conc = http.send(HttpRequest.newBuilder(URI.create(base + "concordance?q=gipfel"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(conc.body().contains("Der Gipfel endet am Donnerstag."), conc.body());
        } finally {
            OutboxIndexTest.deleteTree(dir);
            try (var c = java.sql.DriverManager.getConnection(url, System.getenv("PGUSER"), System.getenv("PGPASSWORD"));
                 var st = c.createStatement()) {
                st.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }
}
