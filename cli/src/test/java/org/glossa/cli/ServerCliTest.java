package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.glossa.client.Credentials;
import org.glossa.client.RemoteMemory;
import org.glossa.client.ServerAddress;
import org.glossa.client.ServerConnection;
import org.glossa.core.model.Content;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.qa.SeedTranslation;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.glossa.server.Role;
import org.glossa.server.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands given server URLs instead of files, against a real Glossa server (embedded PostgreSQL), each command
 * in a process of its own with the token in its environment, as a user runs them: a memory uploaded with
 * {@code tm import -o URL} answers {@code tm lookup} as the TMX file with the same units does; a termbase marks the
 * same terms as its TBX; missing tokens and wrong URLs end with exit 2 and a message that names them.
 */
class ServerCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LIMIT_SECONDS = 300;
    private static final Path TBX = Path.of("../glossaries/dw-en-de.tbx");
    private static final String FUZZY = "NATO and the EU have played key roles since Russia's invasion, both in sending"
            + " weapons to Kyiv and protecting regional security.";

    @TempDir
    static Path tmp;

    private static TestServer server;
    private static Path xlf;
    private static Path tmx;
    private static String memoryUrl;
    private static String termbaseUrl;

    record Run(int exit, String out, String err) {
    }

    /** {@code glossa ARGS} in a JVM of its own with {@code env} (GLOSSA_TOKEN and XDG_CONFIG_HOME only from it). */
    private static Run glossa(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove(Credentials.ENVIRONMENT_VARIABLE);
        pb.environment().put("XDG_CONFIG_HOME", tmp.resolve("no-config").toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("no end after " + LIMIT_SECONDS + " s: " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Map<String, String> as(Role role) {
        return Map.of(Credentials.ENVIRONMENT_VARIABLE, server.token(role));
    }

    @BeforeAll
    static void uploadTheSeedMemoryAndTheGlossary() throws Exception {
        server = TestServer.get();
        memoryUrl = server.baseUrl() + "/memories/cli-dw";
        termbaseUrl = server.baseUrl() + "/termbases/cli-dw";
        xlf = tmp.resolve("seed.de.xlf");
        XliffWriter.write(SeedTranslation.translated(Map.of()), XliffVersion.V2_1, xlf);
        tmx = tmp.resolve("dw.tmx");
        assertEquals(0, CliTest.run("tm", "import", xlf.toString(), "-o", tmx.toString()).exit());

        Run up = glossa(as(Role.REVIEWER), "tm", "import", xlf.toString(), "-o", memoryUrl);
        assertEquals(0, up.exit(), up.err());
        assertEquals(memoryUrl + ": 35 added, 0 updated, 0 duplicates skipped\n", up.out());
        Run again = glossa(as(Role.TRANSLATOR), "tm", "import", xlf.toString(), "-o", memoryUrl);
        assertEquals(0, again.exit(), again.err());
        assertEquals(memoryUrl + ": 0 added, 0 updated, 35 duplicates skipped\n", again.out());

        assertEquals(200, server.putTermbase("cli-dw", Role.TERMINOLOGIST, TBX).statusCode());

        // fuzzy matches come from the index the outbox feeds: wait (bounded) until it has the units
        RemoteMemory m = ServerConnection.open(ServerAddress.parse(server.baseUrl()),
                new Credentials(Optional.of(server.token(Role.TRANSLATOR)), tmp.resolve("none"))).memory("cli-dw", "en", "de");
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (m.lookup(Content.of(FUZZY), Optional.empty(), 50, 1).isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    private static JsonNode withoutOrigins(String json) throws Exception {
        JsonNode n = JSON.readTree(json);
        for (JsonNode m : n.get("matches")) ((ObjectNode) m).remove("origin");
        return n;
    }

    @Test
    void lookupThroughTheServerEqualsLookupInTheTmxWithTheSameUnits() throws Exception {
        String[] sentences = {
            // exact
            "It has 30 members today, and\u00A0Ukraine's desire to join the alliance has long been a bone of contention for Russia.",
            // only whitespace differs (99)
            "It has 30 members today, and Ukraine's desire to join the alliance has long been a bone of contention for Russia.",
            // only a number differs: the number is substituted
            "The EU was established after the Second World War and has expanded significantly since then, with 28 members"
                    + " part of the group today.",
            // fuzzy
            FUZZY};
        for (String s : sentences) {
            CliTest.Run file = CliTest.run("tm", "lookup", s, "--tm", tmx.toString(), "-s", "en", "-t", "de", "--json", "--min", "50");
            assertEquals(0, file.exit(), file.err());
            assertFalse(JSON.readTree(file.out()).get("matches").isEmpty(), "the TMX has matches for: " + s);
            Run remote = glossa(as(Role.TRANSLATOR), "tm", "lookup", s, "--tm", memoryUrl, "-s", "en", "-t", "de", "--json",
                    "--min", "50");
            assertEquals(0, remote.exit(), remote.err());
            assertEquals(withoutOrigins(file.out()), withoutOrigins(remote.out()), s);
            assertEquals("cli-dw", JSON.readTree(remote.out()).get("matches").get(0).get("origin").asText());
        }
    }

    @Test
    void aUnitUploadedAfterTheSameSegmentIsAContextMatchOnTheServerAsInTheTmx() throws Exception {
        // a unit the XLIFF import recorded with its previous segment (x-context-prev), in the TMX and on the server
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.read(tmx, units::add);
        TranslationUnit tu = units.stream().filter(u -> u.properties().stream()
                .anyMatch(p -> p.type().equals(TmImport.CONTEXT_PROP))).findFirst().orElseThrow();
        String source = tu.variant("en").orElseThrow().content().plainText();
        String previous = tu.properties().stream().filter(p -> p.type().equals(TmImport.CONTEXT_PROP)).findFirst()
                .orElseThrow().value();
        for (String prev : List.of(previous, "Another sentence before.")) {
            CliTest.Run file = CliTest.run("tm", "lookup", source, "--prev", prev, "--tm", tmx.toString(), "-s", "en",
                    "-t", "de", "--json");
            assertEquals(0, file.exit(), file.err());
            Run remote = glossa(as(Role.TRANSLATOR), "tm", "lookup", source, "--prev", prev, "--tm", memoryUrl, "-s", "en",
                    "-t", "de", "--json");
            assertEquals(0, remote.exit(), remote.err());
            assertEquals(withoutOrigins(file.out()), withoutOrigins(remote.out()), prev);
            assertEquals(prev.equals(previous) ? 101 : 100,
                    JSON.readTree(remote.out()).get("matches").get(0).get("score").asInt(), prev);
        }
    }

    @Test
    void aServerTermbaseMarksTheSameTermsAsItsTbx() throws Exception {
        CliTest.Run file = CliTest.run("terms", CliTest.SEED.toString(), "-g", TBX.toString(), "-s", "en", "-t", "de", "--json");
        assertEquals(0, file.exit(), file.err());
        assertTrue(JSON.readTree(file.out()).get("hits").size() > 10, file.out());
        Run remote = glossa(as(Role.TRANSLATOR), "terms", CliTest.SEED.toString(), "-g", termbaseUrl, "-s", "en", "-t", "de", "--json");
        assertEquals(0, remote.exit(), remote.err());
        assertEquals(JSON.readTree(file.out()), JSON.readTree(remote.out()));

        Run check = glossa(as(Role.TRANSLATOR), "glossary", "check", termbaseUrl, "-s", "en", "-t", "de");
        CliTest.Run checkFile = CliTest.run("glossary", "check", TBX.toString(), "-s", "en", "-t", "de");
        assertEquals(checkFile.exit(), check.exit(), check.err());
        assertEquals(checkFile.out().replace(TBX.toString(), "GLOSSARY"), check.out().replace(termbaseUrl, "GLOSSARY"));
    }

    @Test
    void extractPreTranslatesFromTheServerMemoryAndMarksItsTerms() throws Exception {
        Path fromFiles = tmp.resolve("x-files");
        Path fromServer = tmp.resolve("x-server");
        CliTest.Run file = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de", "--tm", tmx.toString(),
                "-g", TBX.toString(), "-o", fromFiles.toString());
        assertEquals(0, file.exit(), file.err());
        Run remote = glossa(as(Role.TRANSLATOR), "extract", CliTest.SEED.toString(), "-s", "en", "-t", "de", "--tm", memoryUrl,
                "-g", termbaseUrl, "-o", fromServer.toString());
        assertEquals(0, remote.exit(), remote.err());
        String name = CliTest.SEED.getFileName() + ".xlf";
        // the same XLIFF but for where the matches and terms came from; context matches (101) included, since the
        // upload carried each unit's previous segment
        String files = Files.readString(fromFiles.resolve(name)).replace("origin=\"dw.tmx\"", "origin=\"MEMORY\"")
                .replace("source=\"dw-en-de.tbx#", "source=\"GLOSSARY#");
        assertTrue(files.contains("type=\"icm\""), "the TMX makes context matches");
        String remoteXliff = Files.readString(fromServer.resolve(name)).replace("origin=\"cli-dw\"", "origin=\"MEMORY\"")
                .replace("source=\"cli-dw.tbx#", "source=\"GLOSSARY#");
        if (!files.equals(remoteXliff)) {
            Files.writeString(Path.of("target/server-cli-files.xlf"), files);
            Files.writeString(Path.of("target/server-cli-server.xlf"), remoteXliff);
        }
        assertEquals(files, remoteXliff, "see target/server-cli-*.xlf");
        assertEquals(file.out().lines().filter(l -> l.startsWith("total:")).toList(),
                remote.out().lines().filter(l -> l.startsWith("total:")).toList());
    }

    @Test
    void aProjectFileNamingTheServerMemoryAndTermbaseRunsAsWithTheirFiles() throws Exception {
        Path withFiles = project("run-files", tmx.toAbsolutePath().toString(), TBX.toAbsolutePath().toString());
        Path withServer = project("run-server", memoryUrl, termbaseUrl);
        CliTest.Run file = CliTest.run("run", withFiles.toString(), "-q");
        Run remote = glossa(as(Role.TRANSLATOR), "run", withServer.toString(), "-q");
        assertEquals(file.exit(), remote.exit(), remote.err());
        assertEquals("", remote.err());
        // the same lines but for the folders
        assertEquals(file.out().replace(withFiles.toString(), "PROJECT"), remote.out().replace(withServer.toString(), "PROJECT"));
        assertFalse(remote.out().contains("pre-translated 0 exact"), remote.out());
        String name = "out/xliff/sources/" + CliTest.SEED.getFileName() + ".xlf";
        assertEquals(Files.readString(withFiles.resolve(name)).replace("origin=\"dw.tmx\"", "origin=\"MEMORY\"")
                        .replace("source=\"dw-en-de.tbx#", "source=\"GLOSSARY#"),
                Files.readString(withServer.resolve(name)).replace("origin=\"cli-dw\"", "origin=\"MEMORY\"")
                        .replace("source=\"cli-dw.tbx#", "source=\"GLOSSARY#"));
        assertEquals(JSON.readTree(withFiles.resolve("out/reports/qa.json").toFile()).get("summary"),
                JSON.readTree(withServer.resolve("out/reports/qa.json").toFile()).get("summary"), "QA with the termbase");

        // a project naming a memory the server does not have: exit 2 naming its URL, before any work
        Path missing = project("run-missing", server.baseUrl() + "/memories/no-such-memory", TBX.toAbsolutePath().toString());
        Run refused = glossa(as(Role.TRANSLATOR), "run", missing.toString(), "-q");
        assertEquals(2, refused.exit(), refused.err());
        assertTrue(refused.err().startsWith("glossa: " + server.baseUrl() + "/memories/no-such-memory: "), refused.err());
        assertFalse(Files.exists(missing.resolve("out")), "nothing done");
    }

    /** A project of the seed article whose project file names {@code memory} and {@code glossary} (files or URLs). */
    private static Path project(String name, String memory, String glossary) throws Exception {
        Path folder = tmp.resolve(name);
        Files.createDirectories(folder.resolve("sources"));
        Files.copy(CliTest.SEED, folder.resolve("sources").resolve(CliTest.SEED.getFileName()));
        Files.writeString(folder.resolve(ProjectFile.FILE_NAME), "source = en\ntarget = de\nsources = sources/*.txt\n"
                + "memories = " + memory + "\nglossaries = " + glossary + "\n");
        return folder;
    }

    @Test
    void withoutATokenTheMessageNamesGlossaTokenAndTheCredentialsFile() throws Exception {
        Path config = tmp.resolve("config");
        Path credentials = config.resolve("glossa/credentials");
        Run none = glossa(Map.of("XDG_CONFIG_HOME", config.toString()), "tm", "lookup", "x", "--tm", memoryUrl, "-s", "en", "-t", "de");
        assertEquals(2, none.exit(), none.err());
        assertEquals("glossa: " + server.baseUrl() + ": no token for this server: set GLOSSA_TOKEN or add the line '"
                + server.baseUrl() + " TOKEN' to " + credentials + " (chmod 600); `glossa server user add NAME --role ROLE`"
                + " on the server prints a token\n", none.err());

        // a credentials file others may read is refused; made private, it is used
        Files.createDirectories(credentials.getParent());
        Files.writeString(credentials, "# tokens\n" + server.baseUrl() + "/ " + server.token(Role.TRANSLATOR) + "\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-r--r--"));
        Run open = glossa(Map.of("XDG_CONFIG_HOME", config.toString()), "terms", CliTest.SEED.toString(), "-g", termbaseUrl,
                "-s", "en", "-t", "de");
        assertEquals(2, open.exit(), open.err());
        assertEquals("glossa: " + credentials + ": the credentials file may be read by others (permissions rw-r--r--);"
                + " tokens must stay private: chmod 600 " + credentials + "\n", open.err());
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        Run ok = glossa(Map.of("XDG_CONFIG_HOME", config.toString()), "tm", "lookup", FUZZY, "--tm", memoryUrl,
                "-s", "en", "-t", "de");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("(cli-dw seed.de.xlf:u4/s1)"), ok.out());
    }

    @Test
    void wrongUrlsEndWithExit2NamingThem() throws Exception {
        String noSuch = server.baseUrl() + "/memories/cli-no-such";
        Run unknown = glossa(as(Role.TRANSLATOR), "analyze", CliTest.SEED.toString(), "--tm", noSuch, "-s", "en", "-t", "de");
        assertEquals(2, unknown.exit(), unknown.err());
        assertEquals("glossa: " + noSuch + ": no memory named cli-no-such\n", unknown.err());

        Run wrongToken = glossa(Map.of(Credentials.ENVIRONMENT_VARIABLE, "glossa_1_wrong"), "qa", xlf.toString(), "-g", termbaseUrl);
        assertEquals(2, wrongToken.exit(), wrongToken.err());
        assertEquals("glossa: " + termbaseUrl + ": the server refused the token (invalid token); check GLOSSA_TOKEN\n",
                wrongToken.err());

        CliTest.Run notAResource = CliTest.run("tm", "lookup", "x", "--tm", server.baseUrl() + "/news", "-s", "en", "-t", "de");
        assertEquals(2, notAResource.exit(), notAResource.err());
        assertEquals("glossa: " + server.baseUrl() + "/news: a server memory or termbase is written"
                + " http(s)://HOST:PORT/memories/NAME or http(s)://HOST:PORT/termbases/NAME\n", notAResource.err());

        CliTest.Run termbaseForMemory = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de", "--tm", termbaseUrl,
                "-o", tmp.resolve("never").toString());
        assertEquals(2, termbaseForMemory.exit(), termbaseForMemory.err());
        assertTrue(termbaseForMemory.err().startsWith("glossa: " + termbaseUrl + ": this names a termbase, but a memory is"
                + " expected here"), termbaseForMemory.err());
        assertFalse(Files.exists(tmp.resolve("never")), "nothing written");

        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        String away = "http://127.0.0.1:" + closed + "/memories/news";
        Run refused = glossa(Map.of(Credentials.ENVIRONMENT_VARIABLE, "t"), "tm", "lookup", "x", "--tm", away, "-s", "en", "-t", "de");
        assertEquals(2, refused.exit(), refused.err());
        assertEquals("glossa: " + away + ": cannot connect to http://127.0.0.1:" + closed
                + " (connection refused: is the Glossa server running there?)\n", refused.err());
    }
}
