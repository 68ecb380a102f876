package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract scripts depend on: outputs, summary lines, JSON shape and exit codes. */
class CliTest {
    static final Path SEED = Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void extractWritesOneXliffPerInputNamedAfterTheFile() {
        Run r = run("extract", SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        Path xlf = tmp.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf");
        assertTrue(Files.exists(xlf));
        assertTrue(r.out().contains("30 units, 38 segments"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("total: 1 files extracted, 0 failed")), r.out());
    }

    @Test
    void extractXliff12AndDirectoriesRecursively() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in/sub"));
        Files.copy(SEED, in.resolve("a.txt"));
        Files.writeString(tmp.resolve("in/b.html"), "<html><body><h1>Title</h1><p>One. Two.</p></body></html>");
        Run r = run("extract", tmp.resolve("in").toString(), "-s", "en", "-t", "de", "--xliff", "1.2", "-o", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        String xlf = Files.readString(tmp.resolve("out/sub/a.txt.xlf"));
        assertTrue(xlf.contains("version=\"1.2\"") && xlf.contains("<mrk mtype=\"seg\""));
        assertTrue(Files.exists(tmp.resolve("out/b.html.xlf")));
        assertTrue(r.out().contains("total: 2 files extracted, 0 failed"), r.out());
    }

    @Test
    void aBadFileIsReportedCountedAndDoesNotStopTheOthers() throws Exception {
        Path bad = tmp.resolve("broken.txt");
        Files.write(bad, new byte[] {0, 1, 2, 3, 0, (byte) 0xFF, 0, 0});
        Run r = run("extract", bad.toString(), SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.txt: binary data, not a text file"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        assertTrue(Files.exists(tmp.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf")));
        assertTrue(r.out().contains("1 files extracted, 1 failed"), r.out());
    }

    @Test
    void segmentPrintsOneSegmentPerLine() {
        Run r = run("segment", SEED.toString());
        assertEquals(0, r.exit(), r.err());
        var lines = r.out().lines().toList();
        assertEquals(38, lines.size());
        assertEquals("1. Skip to content", lines.get(0));
        assertTrue(lines.contains("Image: Johanna Geron/REUTERS"));
    }

    @Test
    void segmentJsonHasUnitSegmentRoleAndText() throws Exception {
        Run r = run("segment", SEED.toString(), "-l", "en", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode arr = new ObjectMapper().readTree(r.out());
        assertEquals(38, arr.size());
        JsonNode first = arr.get(0);
        assertEquals("u1", first.get("unit").asText());
        assertEquals("s1", first.get("segment").asText());
        assertEquals("boilerplate", first.get("role").asText());
        assertEquals("1. Skip to content", first.get("text").asText());
        boolean credit = false;
        for (JsonNode n : arr) credit |= n.get("role").asText().equals("credit") && n.get("text").asText().equals("Image: Johanna Geron/REUTERS");
        assertTrue(credit);
    }

    @Test
    void mergeWithoutTranslationGivesBackTheOriginalBytes() throws Exception {
        for (String v : new String[] {"1.2", "2.1"}) {
            Path x = Files.createDirectories(tmp.resolve("x" + v));
            assertEquals(0, run("extract", SEED.toString(), "-s", "en", "-t", "de", "--xliff", v, "-o", x.toString()).exit());
            Path m = tmp.resolve("m" + v);
            Run r = run("merge", x.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf").toString(), "-o", m.toString());
            assertEquals(0, r.exit(), r.err());
            assertArrayEquals(Files.readAllBytes(SEED), Files.readAllBytes(m.resolve("dw-2023-01-10-eu-nato-joint-declaration.de.txt")));
        }
    }

    @Test
    void mergePutsTranslationsInPlace() throws Exception {
        assertEquals(0, run("extract", SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString()).exit());
        Path xlf = tmp.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf");
        String s = Files.readString(xlf, StandardCharsets.UTF_8).replace(
                "<segment id=\"s1\"><source>Image: Johanna Geron/REUTERS</source></segment>",
                "<segment id=\"s1\" state=\"translated\"><source>Image: Johanna Geron/REUTERS</source><target>Bild: Johanna Geron/REUTERS</target></segment>");
        Files.writeString(xlf, s, StandardCharsets.UTF_8);
        Run r = run("merge", xlf.toString(), "-o", tmp.resolve("m").toString());
        assertEquals(0, r.exit(), r.err());
        String merged = Files.readString(tmp.resolve("m/dw-2023-01-10-eu-nato-joint-declaration.de.txt"));
        assertTrue(merged.contains("cooperation on UkraineBild: Johanna Geron/REUTERS"), "credit translated, joined to its caption");
        assertTrue(merged.startsWith("1. Skip to content\n"), "boilerplate kept");
    }

    @Test
    void mergeIntoTheFolderOfTheOriginalNeverWritesOverIt() throws Exception {
        Path article = Files.writeString(tmp.resolve("article.txt"), "EU and NATO sign a declaration.\n\nIt is short.\n");
        byte[] before = Files.readAllBytes(article);
        assertEquals(0, run("extract", article.toString(), "-s", "en", "-t", "de", "-o", tmp.toString()).exit());
        Path xlf = tmp.resolve("article.txt.xlf");
        Files.writeString(xlf, Files.readString(xlf).replace("<source>It is short.</source>",
                "<source>It is short.</source><target>Sie ist kurz.</target>"));
        Run r = run("merge", xlf.toString(), "-o", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        assertArrayEquals(before, Files.readAllBytes(article), "the original is untouched");
        assertEquals("EU and NATO sign a declaration.\n\nSie ist kurz.\n", Files.readString(tmp.resolve("article.de.txt")));
        assertTrue(r.out().contains(xlf + " -> " + tmp.resolve("article.de.txt")), r.out());
    }

    @Test
    void mergeOfAnXliffWithoutOriginalNameNeverWritesOverTheXliff() throws Exception {
        Path article = Files.writeString(tmp.resolve("article.txt"), "One paragraph.\n");
        assertEquals(0, run("extract", article.toString(), "-s", "en", "-t", "de", "--xliff", "1.2", "-o", tmp.toString()).exit());
        Path xlf = tmp.resolve("article.txt.xlf");
        Files.writeString(xlf, Files.readString(xlf).replaceFirst("original=\"[^\"]*\"", "original=\"\""));
        byte[] xliff = Files.readAllBytes(xlf);
        Run r = run("merge", xlf.toString(), "-o", tmp.toString());
        assertArrayEquals(xliff, Files.readAllBytes(xlf), "the XLIFF is untouched: " + r.out() + r.err());
        assertEquals(0, r.exit(), r.err());
        assertEquals("One paragraph.\n", Files.readString(tmp.resolve("article.de.txt")));
    }

    @Test
    void mergeRefusesAnOutputThatIsAnInputThroughALink() throws Exception {
        Path article = Files.writeString(tmp.resolve("article.txt"), "One paragraph.\n");
        assertEquals(0, run("extract", article.toString(), "-s", "en", "-t", "de", "-o", tmp.toString()).exit());
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createLink(out.resolve("article.de.txt"), tmp.resolve("article.txt.xlf"));
        byte[] xliff = Files.readAllBytes(tmp.resolve("article.txt.xlf"));
        Run r = run("merge", tmp.resolve("article.txt.xlf").toString(), "-o", out.toString(), "--force");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("article.de.txt: refused: this is"), r.err());
        assertTrue(r.out().contains("total: 0 documents written, 1 failed"), r.out());
        assertArrayEquals(xliff, Files.readAllBytes(tmp.resolve("article.txt.xlf")));
    }

    @Test
    void anotherToolsXliffMergesWithItsTargetsOrIsRefusedWithTheReason() throws Exception {
        Path article = Files.writeString(tmp.resolve("article.txt"), "EU and NATO sign a declaration\n\nSecond paragraph.\n");
        String xliff = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"C:\\docs\\article.txt\""
                + " source-language=\"en-US\" target-language=\"de-DE\" datatype=\"plaintext\"><body>\n"
                + "<trans-unit id=\"1\"><source>EU and NATO sign a declaration</source>"
                + "<target>EU und NATO unterzeichnen eine Erklärung</target></trans-unit>\n"
                + "<trans-unit id=\"2\"><source>Second paragraph.</source></trans-unit>\n</body></file></xliff>\n";
        Path xlf = Files.writeString(tmp.resolve("article.txt.xlf"), xliff);
        Run r = run("merge", xlf.toString(), "-o", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("EU und NATO unterzeichnen eine Erklärung\n\nSecond paragraph.\n",
                Files.readString(tmp.resolve("article.de-DE.txt")));

        Files.writeString(article, "A different article.\n");
        Run refused = run("merge", xlf.toString(), "-o", tmp.toString(), "--force");
        assertEquals(2, refused.exit(), refused.out());
        assertTrue(refused.err().contains("unit 1 (\"EU and NATO sign a declaration\") is not in the original article.txt"),
                refused.err());
        assertTrue(refused.out().contains("total: 0 documents written, 1 failed"), refused.out());
    }

    @Test
    void malformedXliffGivesFileLineAndColumn() throws Exception {
        Path bad = tmp.resolve("bad.xlf");
        Files.writeString(bad, "<?xml version=\"1.0\"?>\n<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" srcLang=\"en\">\n<file id=\"f1\">\n</xliff>\n");
        Run r = run("merge", bad.toString(), "-o", tmp.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s).*bad\\.xlf:4:\\d+: .*"), r.err());
    }

    @Test
    void usageErrorsExitWith2() {
        assertEquals(2, run("extract", SEED.toString(), "-t", "de").exit(), "missing -s");
        assertEquals(2, run("extract", SEED.toString(), "-s", "en", "-t", "de", "--xliff", "3.0").exit());
        assertEquals(2, run("extract", SEED.toString(), "-s", "en_US!", "-t", "de").exit());
        assertEquals(2, run("nosuchcommand").exit());
        Run missing = run("segment", "no/such/file.txt");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no/such/file.txt: no such file"), missing.err());
    }

    @Test
    void segmentExportsTheDefaultRulesAsSrxThatSegmentsWithSrx() throws Exception {
        Path srx = tmp.resolve("glossa.srx");
        Run r = run("segment", "--export-srx", srx.toString());
        assertEquals(0, r.exit(), r.err());
        String xml = Files.readString(srx);
        assertTrue(xml.contains("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">"), xml);
        assertTrue(xml.contains("languagerulename=\"Glossa EN\"") && xml.contains("languagerulename=\"Glossa DE\""));
        Run seg = run("segment", SEED.toString(), "--srx", srx.toString());
        assertEquals(0, seg.exit(), seg.err());
        assertTrue(seg.out().contains("The two institutions say cooperation \"is more important than ever.\""), seg.out());
        assertEquals(2, run("segment").exit(), "FILE is required without --export-srx");
    }

    @Test
    void helpAndVersion() {
        for (String cmd : new String[] {"extract", "merge", "segment"}) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.exit());
            assertTrue(r.out().contains("Usage: glossa " + cmd), r.out());
        }
        Run v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("glossa "));
    }

    @Test
    void verboseShowsTheStackTrace() {
        Run r = run("segment", "no/such/file.txt", "--verbose");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void extractForceOverATranslatedOutputCarriesTheTranslationsOver() throws Exception {
        assertEquals(0, run("extract", SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString(), "--xliff", "1.2").exit());
        Path xlf = tmp.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf");
        int translated = RunCommandTest.translateAll(xlf, org.glossa.core.model.SegmentState.REVIEWED);
        var before = RunCommandTest.targets(xlf);

        Run r = run("extract", SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString(), "--xliff", "1.2", "--force");

        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(translated + " translations carried over, 0 not"), r.out());
        assertTrue(r.out().contains("carried over " + translated + " translations"), r.out());
        assertEquals(before, RunCommandTest.targets(xlf));
    }

    @Test
    void anEarlierOutputThatCannotBeReadIsNeitherOverwrittenNorDropped() throws Exception {
        Path xlf = tmp.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf");
        Files.writeString(xlf, "<xliff><file>broken");

        Run r = run("extract", SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString(), "--force");

        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains(xlf.toString()), r.err());
        assertTrue(r.err().contains("cannot be carried over; move it away to extract afresh"), r.err());
        assertEquals("<xliff><file>broken", Files.readString(xlf));
    }
}
