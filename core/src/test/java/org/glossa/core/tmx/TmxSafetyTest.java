package org.glossa.core.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glossa.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input: refused with a clear message and a position. */
class TmxSafetyTest {
    @TempDir
    Path dir;

    private static final String HEAD = "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\" adminlang=\"en\" "
            + "segtype=\"sentence\" datatype=\"plaintext\" o-tmf=\"x\" creationtool=\"t\" creationtoolversion=\"1\"/><body>\n";
    private static final String TAIL = "</body></tmx>\n";

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private InputException refused(Path p) {
        return assertThrows(InputException.class, () -> Tmx.read(p));
    }

    @Test
    void entityExpansionBombIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE tmx [\n<!ENTITY a0 \"lol\">\n");
        for (int k = 1; k <= 10; k++) {
            dtd.append("<!ENTITY a").append(k).append(" \"").append(("&a" + (k - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        String text = HEAD.replace("<tmx ", dtd + "<tmx ") + "<tu><tuv xml:lang=\"en\"><seg>&a10;</seg></tuv></tu>" + TAIL;
        InputException e = refused(file("bomb.tmx", text));
        // SafeXml reads no DTD at all, so the bomb's entities are never declared, let alone expanded
        assertEquals("entity reference &a10; is not allowed", e.getMessage());
        assertTrue(e.location().isPresent(), e.describe());
    }

    @Test
    void externalEntityIsNeverRead() throws IOException {
        Path secret = file("secret.txt", "TOP-SECRET");
        String text = HEAD.replace("<tmx ", "<!DOCTYPE tmx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n<tmx ")
                + "<tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv></tu>" + TAIL;
        InputException e = refused(file("xxe.tmx", text));
        assertEquals("entity reference &x; is not allowed", e.getMessage());
        assertFalse(e.describe().contains("TOP-SECRET"), e.describe());
    }

    @Test
    void externalDtdIsNotFetched() throws IOException {
        // A DOCTYPE naming an unreachable DTD reads fine: the DTD is never loaded.
        String text = HEAD.replace("<tmx ", "<!DOCTYPE tmx SYSTEM \"http://127.0.0.1:9/tmx14.dtd\">\n<tmx ")
                + "<tu><tuv xml:lang=\"en\"><seg>ok</seg></tuv></tu>" + TAIL;
        assertEquals("ok", Tmx.read(file("dtd.tmx", text)).text(1, "en"));
    }

    @Test
    void notTmx() throws IOException {
        InputException xliff = refused(file("a.tmx", "<?xml version=\"1.0\"?><xliff version=\"1.2\"/>"));
        assertEquals("not a TMX file: the root element is <xliff>, not <tmx>", xliff.getMessage());
        InputException text = refused(file("b.tmx", "just some text\n"));
        assertTrue(text.getMessage().startsWith("not a TMX file: "), text.getMessage());
        InputException empty = refused(file("c.tmx", ""));
        assertTrue(empty.getMessage().startsWith("not a TMX file"), empty.getMessage());
    }

    @Test
    void missingSegLanguageOrBodyAreErrorsWithPosition() throws IOException {
        InputException noSeg = refused(file("noseg.tmx", HEAD + "<tu>\n<tuv xml:lang=\"en\"><seg>a</seg></tuv>\n</tu>\n<tu>\n"
                + "  <tuv xml:lang=\"de\"><note>n</note></tuv>\n</tu>" + TAIL));
        assertEquals("<tuv xml:lang=\"de\"> without <seg> (unit 2)", noSeg.getMessage());
        assertEquals(7, noSeg.location().orElseThrow()[0]);
        assertEquals(3, noSeg.location().orElseThrow()[1]);
        InputException noLang = refused(file("nolang.tmx", HEAD + "<tu><tuv><seg>a</seg></tuv></tu>" + TAIL));
        assertEquals("<tuv> without xml:lang (unit 1)", noLang.getMessage());
        InputException noBody = refused(file("nobody.tmx", HEAD.replace("<body>", "") + "</tmx>"));
        assertEquals("TMX without <body>", noBody.getMessage());
        InputException badDate = refused(file("date.tmx", HEAD + "<tu creationdate=\"yesterday\"><tuv xml:lang=\"en\"><seg>a</seg></tuv></tu>" + TAIL));
        assertTrue(badDate.getMessage().contains("creationdate=\"yesterday\""), badDate.getMessage());
        InputException unclosed = refused(file("bpt.tmx", HEAD + "<tu><tuv xml:lang=\"en\"><seg><bpt i=\"1\">&lt;b></bpt>a</seg></tuv></tu>" + TAIL));
        assertEquals("<bpt i=\"1\"> without a matching <ept i=\"1\">", unclosed.getMessage());
        InputException malformed = refused(file("bad.tmx", HEAD + "<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu>" + TAIL));
        assertEquals(3, malformed.location().orElseThrow()[0]);
    }

    @Test
    void aForbiddenCharacterInATextIsAnErrorWithFileAndPosition() throws IOException {
        // Aalto parses a text when it is asked for it and reports its errors unchecked: still an InputException
        InputException e = refused(file("ctrl.tmx", HEAD + "<tu>\n<tuv xml:lang=\"en\"><seg>a \u0001 b</seg></tuv></tu>" + TAIL));
        assertTrue(e.getMessage().contains("Illegal XML character"), e.describe());
        assertEquals(4, e.location().orElseThrow()[0], e.describe());
        assertTrue(e.describe().contains("ctrl.tmx"), e.describe());
    }

    @Test
    void anEncodingAaltoDoesNotDecodeIsReadByWoodstox() throws IOException {
        Path p = dir.resolve("latin2.tmx");
        Files.write(p, (HEAD.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?>")
                + "<tu><tuv xml:lang=\"pl\"><seg>Łódź</seg></tuv></tu>" + TAIL).getBytes("ISO-8859-2"));
        assertEquals("Łódź", Tmx.read(p).text(1, "pl"));
    }

    @Test
    void gzipBombIsRefused() throws IOException {
        Path p = dir.resolve("bomb.tmx.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(HEAD.getBytes(StandardCharsets.UTF_8));
            out.write("<!--".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int k = 0; k < 50; k++) out.write(spaces);
        }
        InputException e = refused(p);
        assertTrue(e.getMessage().contains("compression bomb"), e.getMessage());
    }

    @Test
    void zipBombIsRefusedBeforeReading() throws IOException {
        Path p = dir.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            zip.putNextEntry(new ZipEntry("big.tmx"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int k = 0; k < 50; k++) zip.write(spaces);
            zip.closeEntry();
        }
        InputException e = refused(p);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void zipMustHoldExactlyOneTmx() throws IOException {
        Path p = dir.resolve("two.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(p))) {
            for (String n : new String[] {"a.tmx", "b.tmx"}) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write((HEAD + TAIL).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertEquals("a zip archive must hold exactly one .tmx file; this one holds 2", refused(p).getMessage());
    }

    @Test
    void streamsAreReadPlainOrGzipped() throws IOException {
        byte[] xml = (HEAD + "<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv></tu>" + TAIL).getBytes(StandardCharsets.UTF_8);
        try (TmxReader r = TmxReader.open(new ByteArrayInputStream(xml), "mem.tmx")) {
            assertEquals(1, r.units().count());
        }
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write(xml);
        }
        try (TmxReader r = TmxReader.open(new ByteArrayInputStream(gz.toByteArray()), "mem.tmx.gz")) {
            assertEquals("x", r.units().findFirst().orElseThrow().variants().get(0).content().plainText());
        }
    }

    @Test
    void missingFile() {
        InputException e = assertThrows(InputException.class, () -> TmxReader.open(dir.resolve("nope.tmx")));
        assertEquals("no such file", e.getMessage());
    }
}
