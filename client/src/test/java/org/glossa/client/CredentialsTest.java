package org.glossa.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    private static final ServerAddress LOCAL = ServerAddress.parse("http://127.0.0.1:8080");

    @TempDir
    Path dir;

    private Path file(String text, String perms) throws Exception {
        Path f = dir.resolve("credentials");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void theEnvironmentTokenServesEveryServer() throws Exception {
        Credentials c = new Credentials(Optional.of(" glossa_1_env \n"), file("http://127.0.0.1:8080 glossa_1_file\n", "rw-r--r--"));
        assertEquals("glossa_1_env", c.tokenFor(LOCAL));
        assertEquals("glossa_1_env", c.tokenFor(ServerAddress.parse("https://elsewhere.example")));
    }

    @Test
    void theFileGivesEachServerItsToken() throws Exception {
        Credentials c = new Credentials(Optional.of("  "), file("""
                # Glossa server tokens
                http://127.0.0.1:8080/   glossa_1_local

                https://tm.example.org/glossa\tglossa_7_proxy
                """, "rw-------"));
        assertEquals("glossa_1_local", c.tokenFor(LOCAL));
        assertEquals("glossa_1_local", c.tokenFor(ServerResource.parse("http://127.0.0.1:8080/api/memories/news").server()));
        assertEquals("glossa_7_proxy", c.tokenFor(ServerResource.parse("https://tm.example.org:443/glossa/termbases/dw").server()));
        ClientException e = assertThrows(ClientException.class, () -> c.tokenFor(ServerAddress.parse("http://127.0.0.1:9090")));
        assertTrue(e.getMessage().contains("GLOSSA_TOKEN") && e.getMessage().contains(dir.resolve("credentials").toString())
                && e.getMessage().contains("'http://127.0.0.1:9090 TOKEN'"), e.getMessage());
    }

    @Test
    void aFileOthersMayReadIsRefusedLikeSshKeys() throws Exception {
        Path f = file("http://127.0.0.1:8080 glossa_1_local\n", "rw-r-----");
        ClientException e = assertThrows(ClientException.class, () -> new Credentials(Optional.empty(), f).tokenFor(LOCAL));
        assertEquals(f + ": the credentials file may be read by others (permissions rw-r-----); tokens must stay"
                + " private: chmod 600 " + f, e.describe());
    }

    @Test
    void noTokenAnywhereNamesBothPlaces() {
        Path missing = dir.resolve("none");
        ClientException e = assertThrows(ClientException.class, () -> new Credentials(Optional.empty(), missing).tokenFor(LOCAL));
        assertEquals("http://127.0.0.1:8080: no token for this server: set GLOSSA_TOKEN or add the line"
                + " 'http://127.0.0.1:8080 TOKEN' to " + missing + " (chmod 600); `glossa server user add NAME --role"
                + " ROLE` on the server prints a token", e.describe());
    }

    @Test
    void aBadLineIsReportedWithItsNumber() throws Exception {
        Path f = file("# tokens\nhttp://127.0.0.1:8080\n", "rw-------");
        ClientException e = assertThrows(ClientException.class, () -> new Credentials(Optional.empty(), f).tokenFor(LOCAL));
        assertEquals(f + ":2: expected a server URL and a token separated by a space", e.describe());
    }
}
