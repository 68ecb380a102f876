package org.glossa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server process killed (SIGKILL) in the middle of a bulk TMX import leaves a consistent database: no unit, no
 * history row, no import and no outbox change of that import; the spooled upload is removed at the next start; the
 * same file imported again is complete and searchable.
 */
class KilledImportTest {
    private static final int UNITS = 40_000;

    @Test
    void aServerKilledDuringAnImportLeavesNothingOfIt() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")).toAbsolutePath(), "killed-import-");
        Path tmx = dir.resolve("big.tmx");
        writeTmx(tmx);
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(), "--port", "0", "--data", dir.toString())
                .redirectErrorStream(true).start();
        Optional<Long> postgres = Optional.empty();
        try {
            String url = listeningUrl(server);
            // the server started the embedded PostgreSQL; this JVM connects to the same one (found by its pid file)
            try (Database db = Database.embedded(dir)) {
                postgres = Optional.of(Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).trim()));
                String token = Users.add(db.dataSource(), "rita", Role.REVIEWER);
                CompletableFuture<HttpResponse<String>> upload = HttpClient.newHttpClient().sendAsync(
                        HttpRequest.newBuilder(URI.create(url + "/api/memories/killed/units"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                                .POST(HttpRequest.BodyPublishers.ofFile(tmx)).build(), HttpResponse.BodyHandlers.ofString());
                // killed while the import's transaction is writing (copying into, or writing from, its staging table;
                // every statement of the bulk import names import_stage, the feeder's polls do not)
                assertTrue(waitFor(db, "select exists (select 1 from pg_stat_activity where state = 'active'"
                        + " and query like '%import\\_stage%' and pid <> pg_backend_pid())"), "the import never started");
                server.destroyForcibly();
                assertTrue(server.waitFor(60, TimeUnit.SECONDS));
                Optional<String> answered = upload.handle((r, e) -> e == null ? Optional.of(r.body()) : Optional.<String>empty())
                        .get(60, TimeUnit.SECONDS);
                assertEquals(Optional.empty(), answered, "the upload was answered before the kill");
                // the killed server's backend notices the closed connection and rolls the transaction back
                assertTrue(waitFor(db, "select not exists (select 1 from pg_stat_activity where xact_start is not null"
                        + " and pid <> pg_backend_pid() and backend_type = 'client backend')"), "a transaction stayed open");
                assertEquals(0, count(db, "select count(*) from memories where name = 'killed'"));
                for (String table : List.of("units", "unit_history", "imports", "changes")) {
                    assertEquals(0, count(db, "select count(*) from " + table + " where memory_id in"
                            + " (select id from memories where name = 'killed')"), table);
                }
                assertTrue(Files.list(dir.resolve("tmp")).findAny().isPresent(), "the spooled upload is left behind");

                // started again: the leftover is removed, and the file imports completely
                try (GlossaServer again = GlossaServer.start(db, dir, "127.0.0.1", 0)) {
                    assertEquals(List.of(), Files.list(dir.resolve("tmp")).toList());
                    HttpResponse<String> r = HttpClient.newHttpClient().send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + again.port() + "/api/memories/killed/units"))
                                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                                    .timeout(Duration.ofMinutes(10))
                                    .POST(HttpRequest.BodyPublishers.ofFile(tmx)).build(), HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(r.body().contains("\"added\":" + UNITS), r.body());
                    for (String table : List.of("units", "unit_history")) {
                        assertEquals(UNITS, count(db, "select count(*) from " + table + " where memory_id in"
                                + " (select id from memories where name = 'killed')"), table);
                    }
                }
            }
        } finally {
            server.destroyForcibly();
            server.waitFor(60, TimeUnit.SECONDS);
            // the PostgreSQL the killed server started outlives it: stopped here (SIGTERM: a clean shutdown)
            if (postgres.isPresent()) {
                Optional<ProcessHandle> pg = ProcessHandle.of(postgres.get());
                if (pg.isPresent()) {
                    pg.get().destroy();
                    pg.get().onExit().get(60, TimeUnit.SECONDS);
                }
            }
            OutboxIndexTest.deleteTree(dir);
        }
    }

    private static void writeTmx(Path tmx) throws Exception {
        try (Writer w = Files.newBufferedWriter(tmx, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"test\""
                    + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\" srclang=\"en\""
                    + " datatype=\"plaintext\"/><body>\n");
            for (int i = 0; i < UNITS; i++) {
                w.write("<tu tuid=\"k" + i + "\"><tuv xml:lang=\"en\"><seg>Report number " + i + " on the flooding in the"
                        + " north of the country.</seg></tuv><tuv xml:lang=\"de\"><seg>Bericht Nummer " + i + " über das"
                        + " Hochwasser im Norden des Landes.</seg></tuv></tu>\n");
            }
            w.write("</body></tmx>\n");
        }
    }

    /** The URL the server prints once it listens (its output is read on until then). */
    private static String listeningUrl(Process server) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            int at = line.indexOf("http://");
            if (line.startsWith("Glossa server listening on") && at >= 0) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return line.substring(at).strip();
            }
        }
        throw new AssertionError("the server did not start:\n" + seen);
    }

    /** Polls {@code sql} (one boolean) every 10 ms for at most 2 minutes (a bound, not a timing assertion). */
    private static boolean waitFor(Database db, String sql) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
            while (System.nanoTime() < end) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    if (rs.getBoolean(1)) return true;
                }
                Thread.sleep(10);
            }
        }
        return false;
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement st = c.prepareStatement(sql);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
