package org.glossa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code glossa server user add} against the running server's data folder; the token works and is stored hashed. */
class UserCommandTest {
    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ServerMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void addsAUserWhileTheServerRunsAndPrintsTheTokenAloneOnTheLastLine() throws Exception {
        TestServer t = TestServer.get();
        Run r = run("user", "add", "katrin", "--role", "terminologist", "--data", t.dataDir.toString());
        assertEquals(0, r.code(), r.err());
        String token = r.lines().get(r.lines().size() - 1);
        assertTrue(token.matches("glossa_\\d+_[A-Za-z0-9_-]{43}"), token);

        HttpResponse<String> ok = t.http.send(HttpRequest.newBuilder(t.uri("/api/termbases/none/terms?q=x"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, ok.statusCode(), "signed in, the termbase does not exist: " + ok.body());

        try (var c = t.db.dataSource().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select role, token_hash from users where name = 'katrin'")) {
            assertTrue(rs.next());
            assertEquals("terminologist", rs.getString(1));
            String hash = rs.getString(2);
            assertTrue(hash.startsWith("$argon2id$v=19$"), hash);
            // the secret is the token's last 43 characters (base64url, which has '_' in its alphabet: cut at the last
            // '_', a secret holding one left a few characters that an Argon2 hash's base64 can contain by chance)
            assertTrue(!hash.contains(token.substring(token.length() - 43)), "only a hash is stored");
        }

        Run again = run("user", "add", "katrin", "--role", "admin", "--data", t.dataDir.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("exists already"), again.err());
        assertTrue(!again.err().contains("\tat "), "no stack trace: " + again.err());
    }

    @Test
    void unknownRolesAreUsageErrors() {
        Run r = run("user", "add", "x", "--role", "boss", "--data", "/nonexistent-unused");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("translator, reviewer, terminologist, admin"), r.err());
    }

    @Test
    void verboseBeforeOrAfterTheSubcommandAddsTheStackTraceToTheMessage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path notAFolder = java.nio.file.Files.writeString(tmp.resolve("data"), "a file, not a data folder");
        Run plain = run("user", "add", "x", "--role", "translator", "--data", notAFolder.toString());
        assertEquals(2, plain.code());
        assertTrue(plain.err().startsWith("glossa server: "), plain.err());
        assertTrue(!plain.err().contains("\tat "), "no stack trace without --verbose: " + plain.err());
        for (String[] args : new String[][] {{"--verbose", "user", "add", "x", "--role", "translator", "--data", notAFolder.toString()},
                {"user", "add", "x", "--role", "translator", "--data", notAFolder.toString(), "--verbose"}}) {
            Run verbose = run(args);
            assertEquals(2, verbose.code(), verbose.err());
            assertTrue(verbose.err().startsWith(plain.err().lines().findFirst().orElseThrow()), verbose.err());
            assertTrue(verbose.err().contains("\tat "), "a stack trace with --verbose: " + verbose.err());
        }
    }
}
