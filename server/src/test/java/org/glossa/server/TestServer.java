package org.glossa.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * One real server for the whole test run: an embedded PostgreSQL under a temporary data folder, the server on a
 * free port, and a user with a token per role. Started on first use, stopped (and its data folder under target/
 * deleted) when the test JVM exits. Tests use
 * memory and termbase names of their own, so they do not see each other's data. Public (in the server's test jar) for
 * the tests of the clients in other modules: {@link #get()}, {@link #baseUrl()}, {@link #token(Role)}.
 */
public final class TestServer {
    private static TestServer instance;

    final Path dataDir;
    final Database db;
    final GlossaServer server;
    final Map<Role, String> tokens = new EnumMap<>(Role.class);
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TestServer(Path dataDir, Database db, GlossaServer server) {
        this.dataDir = dataDir;
        this.db = db;
        this.server = server;
    }

    public static synchronized TestServer get() throws Exception {
        if (instance == null) {
            // under target/, so that a build's clean removes it even when the JVM is stopped before the hook ends
            Path target = Files.createDirectories(Path.of("target"));
            Path dir = Files.createTempDirectory(target.toAbsolutePath(), "test-server-");
            Database db = Database.embedded(dir);
            GlossaServer server = GlossaServer.start(db, dir, "127.0.0.1", 0);
            TestServer t = new TestServer(dir, db, server);
            for (Role r : Role.values()) t.tokens.put(r, Users.add(db.dataSource(), "test-" + r.id(), r));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                    db.close();
                    OutboxIndexTest.deleteTree(dir);
                } catch (Exception e) {
                    System.err.println("stopping the test server: " + e);
                }
            }));
            instance = t;
        }
        return instance;
    }

    /** {@code http://127.0.0.1:PORT}, the server's URL. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The token of the test user with {@code role}. */
    public String token(Role role) {
        return tokens.get(role);
    }

    /** Creates or replaces the termbase {@code name} from a TBX file, as a user with {@code role}. */
    public HttpResponse<String> putTermbase(String name, Role role, Path tbx) throws IOException, InterruptedException {
        return put("/api/termbases/" + name, role, Files.readAllBytes(tbx));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpRequest.Builder request(String pathAndQuery, Role role) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (role != null) b.header("Authorization", "Bearer " + tokens.get(role));
        return b;
    }

    HttpResponse<String> get(String pathAndQuery, Role role) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, role).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery, Role role) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, role).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String pathAndQuery, Role role, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, role).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String pathAndQuery, Role role, String json) throws IOException, InterruptedException {
        return post(pathAndQuery, role, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String pathAndQuery, Role role, byte[] body) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery, role).header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Polls {@code check} every 50 ms for at most 30 s (a bound, not a timing assertion); returns its last result. */
    static boolean eventually(CheckedBoolean check) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < end) {
            if (check.test()) return true;
            Thread.sleep(50);
        }
        return check.test();
    }

    interface CheckedBoolean {
        boolean test() throws Exception;
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
