package org.glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.glossa.core.InputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile XML against every XML reader (XLIFF 1.2, XLIFF 2, TMX, TBX, SRX, and DOCX's document.xml through
 * Okapi): external entities and DTDs are never read or fetched, entity bombs are refused, malformed and deeply
 * nested documents are {@link InputException}s naming the file. A local "tar pit" server that accepts connections
 * and never answers counts any fetch; the timeouts only guard against a hang.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HostileXmlTest {
    private static final String SECRET = "GLOSSA-TOP-SECRET-4711";

    private static ServerSocket tarPit;
    private static final AtomicInteger connections = new AtomicInteger();
    private static final List<Socket> held = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void startTarPit() throws IOException {
        tarPit = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!tarPit.isClosed()) {
                try {
                    Socket s = tarPit.accept();
                    connections.incrementAndGet();
                    held.add(s); // never answered: a reader that fetches hangs here
                } catch (IOException closed) {
                    return;
                }
            }
        }, "tar-pit");
        t.setDaemon(true);
        t.start();
    }

    @AfterAll
    static void stopTarPit() throws IOException {
        tarPit.close();
        for (Socket s : held) s.close();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + tarPit.getLocalPort() + "/" + path;
    }

    /** Reads, and returns what came out (the error message or the whole result), checking it is no crash. */
    private static String outcome(HostileXml reader, Path file) {
        try {
            return String.valueOf(reader.read(file));
        } catch (InputException e) {
            assertEquals(reader.fileName, Path.of(e.file()).getFileName().toString(), e.describe());
            return e.describe();
        } catch (IOException e) {
            throw new AssertionError("IOException instead of InputException", e);
        }
    }

    // (a) external entities ------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void externalFileEntityIsNeverRead(HostileXml reader) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        for (String uri : List.of(secret.toUri().toString(), "file:///etc/passwd")) {
            Path file = reader.write(dir, "<!DOCTYPE root [<!ENTITY x SYSTEM \"" + uri + "\">]>\n", "&x;");
            String out = outcome(reader, file);
            assertFalse(out.contains(SECRET), out);
            assertFalse(out.contains("root:x:0:0"), out);
        }
    }

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void externalHttpEntityIsNeverFetched(HostileXml reader) {
        int before = connections.get();
        Path file = reader.write(dir, "<!DOCTYPE root [<!ENTITY x SYSTEM \"" + url("entity") + "\">]>\n", "&x;");
        assertThrows(InputException.class, () -> reader.read(file), "an undeclared entity (the DTD is not read)");
        assertEquals(before, connections.get(), "connections to the tar pit");
    }

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void externalParameterEntityIsNeverFetched(HostileXml reader) {
        int before = connections.get();
        Path file = reader.write(dir, "<!DOCTYPE root [<!ENTITY % p SYSTEM \"" + url("param.dtd") + "\"> %p;]>\n", "");
        outcome(reader, file);
        assertEquals(before, connections.get(), "connections to the tar pit");
    }

    // (b) external DTD -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void externalDtdIsNotFetched(HostileXml reader) {
        int before = connections.get();
        Path file = reader.write(dir, "<!DOCTYPE root SYSTEM \"" + url("hang.dtd") + "\">\n", "");
        String out = outcome(reader, file);
        assertEquals(before, connections.get(), "connections to the tar pit: " + out);
    }

    // (c) entity expansion bomb ----------------------------------------------------------------------------------

    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE root [\n<!ENTITY lol0 \"lol\">\n");
        for (int k = 1; k <= 9; k++) {
            dtd.append("<!ENTITY lol").append(k).append(" \"").append(("&lol" + (k - 1) + ";").repeat(10)).append("\">\n");
        }
        return dtd.append("]>\n").toString();
    }

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void billionLaughsIsRefused(HostileXml reader) {
        Path file = reader.write(dir, billionLaughs(), "&lol9;");
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertEquals(reader.fileName, Path.of(e.file()).getFileName().toString(), e.describe());
        assertFalse(e.getMessage().contains("lollollol"), e.describe());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.describe());
    }

    @Test
    void billionLaughsInAttributeIsRefused() {
        for (HostileXml reader : HostileXml.values()) {
            String bomb = billionLaughs();
            String xml = reader.xml(bomb, "").replaceFirst("(<\\w[\\w:]*)(\\s)", "$1 a=\"&lol9;\"$2");
            Path file = dir.resolve(reader.fileName);
            InputException e = assertThrows(InputException.class, () -> {
                Files.write(file, reader.bytes(xml));
                reader.read(file);
            }, reader.name());
            assertFalse(e.getMessage().contains("lollollol"), e.describe());
        }
    }

    @Test
    void okapiSrxParserRefusesDoctypeOnItsOwn() {
        // defence in depth: even without SrxSegmenter's own check Okapi's parser disallows DOCTYPE declarations
        String xml = HostileXml.SRX.xml(billionLaughs(), "&lol9;");
        assertThrows(RuntimeException.class, () -> new SRXDocument().loadRules((CharSequence) xml));
    }

    // (d) malformed XML ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void malformedXmlNamesFileLineAndColumn(HostileXml reader) {
        Path file = reader.write(dir, "", "x < y");
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertEquals(reader.fileName, Path.of(e.file()).getFileName().toString(), e.describe());
        if (reader == HostileXml.DOCX) {
            // the position is in a part of the package, not in the .docx file: the message says line and column
            assertTrue(e.getMessage().contains("line " + reader.textLine() + ", column "), e.describe());
        } else {
            int[] at = e.location().orElseThrow(() -> new AssertionError("no location: " + e.describe()));
            assertEquals(reader.textLine(), at[0], e.describe());
            assertTrue(at[1] > 0, e.describe());
        }
    }

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void truncatedXmlIsAnInputException(HostileXml reader) {
        String xml = reader.xml("", "");
        Path file = dir.resolve(reader.fileName);
        InputException e = assertThrows(InputException.class, () -> {
            Files.write(file, reader.bytes(xml.substring(0, xml.length() * 2 / 3)));
            reader.read(file);
        });
        assertEquals(reader.fileName, Path.of(e.file()).getFileName().toString(), e.describe());
    }

    // (e) deep nesting -------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(HostileXml.class)
    void deeplyNestedElementsAreRefusedWithoutStackOverflow(HostileXml reader) {
        int depth = 100_000;
        Path file = reader.write(dir, "", "<d>".repeat(depth) + "</d>".repeat(depth));
        InputException e = assertThrows(InputException.class, () -> reader.read(file));
        assertEquals(reader.fileName, Path.of(e.file()).getFileName().toString(), e.describe());
        assertTrue(e.describe().length() < 400, e.describe());
    }

    @Test
    void templatesAreValid() throws IOException {
        for (HostileXml reader : HostileXml.values()) {
            Path file = reader.write(dir, "", "world");
            String out = String.valueOf(reader.read(file));
            assertFalse(out.isEmpty(), reader.name());
        }
        assertTrue(new String(HostileXml.DOCX.bytes("<x/>"), StandardCharsets.ISO_8859_1).startsWith("PK"));
    }
}
