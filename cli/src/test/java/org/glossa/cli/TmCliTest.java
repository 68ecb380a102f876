package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.glossa.core.qa.SeedTranslation;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memory built from the German translation of the seed: import, lookup, pre-translation, analysis. */
class TmCliTest {
    @TempDir
    Path tmp;
    Path tmx;

    @BeforeEach
    void buildMemory() throws Exception {
        Path xlf = tmp.resolve("seed.de.xlf");
        XliffWriter.write(SeedTranslation.translated(Map.of()), XliffVersion.V2_1, xlf);
        tmx = tmp.resolve("dw.tmx");
        CliTest.Run r = CliTest.run("tm", "import", xlf.toString(), "-o", tmx.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("0 units kept, 35 added, 0 duplicates skipped"), r.out());
        CliTest.Run again = CliTest.run("tm", "import", xlf.toString(), "-o", tmx.toString());
        assertTrue(again.out().contains("35 units kept, 0 added, 35 duplicates skipped"), again.out());
    }

    @Test
    void concordanceFindsWordsInTargetsAndSourcesMarked() throws Exception {
        CliTest.Run r = CliTest.run("tm", "concordance", "hauptquartier", "--tm", tmx.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode hits = new ObjectMapper().readTree(r.out()).get("hits");
        java.util.Set<String> tuids = new java.util.TreeSet<>();
        for (JsonNode h : hits) {
            tuids.add(h.get("tuid").asText());
            assertTrue(h.get("target").asText().contains("Hauptquartier"), h.toString());
            assertEquals("dw.tmx", h.get("origin").asText());
            assertTrue(h.has("source"), h.toString());
        }
        assertEquals(java.util.Set.of("seed.de.xlf:u5/s1", "seed.de.xlf:u8/s1", "seed.de.xlf:u11/s1"), tuids, r.out());

        CliTest.Run text = CliTest.run("tm", "concordance", "joint declaration", "--tm", tmx.toString(), "-s", "en", "-t", "de");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("⟦joint⟧ ⟦declaration⟧ to improve"), text.out());
        assertTrue(text.out().contains("(dw.tmx seed.de.xlf:u8/s1)"), text.out());

        CliTest.Run none = CliTest.run("tm", "concordance", "pasta", "--tm", tmx.toString());
        assertEquals(0, none.exit());
        assertTrue(none.out().contains("no unit holds pasta"), none.out());
    }

    @Test
    void lookupGivesExactAndNumberAdaptedMatches() throws Exception {
        String sentence = "It has 30 members today, and\u00A0Ukraine's desire to join the alliance has long been a bone of"
                + " contention for Russia.";
        CliTest.Run exact = CliTest.run("tm", "lookup", sentence, "--tm", tmx.toString(), "--json");
        assertEquals(0, exact.exit(), exact.err());
        JsonNode m = new ObjectMapper().readTree(exact.out()).get("matches").get(0);
        assertEquals(100, m.get("score").asInt());
        assertEquals("seed.de.xlf:u25/s2", m.get("tuid").asText());
        assertEquals("dw.tmx", m.get("origin").asText());
        CliTest.Run space = CliTest.run("tm", "lookup", sentence.replace('\u00A0', ' '), "--tm", tmx.toString(), "--json");
        assertEquals(99, new ObjectMapper().readTree(space.out()).get("matches").get(0).get("score").asInt(),
                "a plain space where the memory has a no-break space: whitespace-only difference");

        CliTest.Run numbers = CliTest.run("tm", "lookup", "The EU was established after the Second World War and has expanded"
                + " significantly since then, with 28 members part of the group today.", "--tm", tmx.toString(), "--json");
        JsonNode n = new ObjectMapper().readTree(numbers.out()).get("matches").get(0);
        assertEquals(97, n.get("score").asInt(), "only a number differs");
        assertTrue(n.get("target").asText().contains("heute gehören ihr 28 Mitglieder an"), "the number is substituted: " + n);

        CliTest.Run none = CliTest.run("tm", "lookup", "Completely unrelated words about cooking pasta.", "--tm", tmx.toString());
        assertTrue(none.out().contains("no match at or above 70"), none.out());
    }

    @Test
    void extractPreTranslatesExactlyAndFuzzilyButNeverConfirmsFuzzy() throws Exception {
        CliTest.Run r = CliTest.run("extract", SeedTranslation.SEED.toString(), "-s", "en", "-t", "de", "--tm", tmx.toString(),
                "-o", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("pre-translated 35 exact + 0 fuzzy"), r.out());

        // the same article with one sentence changed: a fuzzy match fills it, unconfirmed
        Path variant = tmp.resolve("variant.txt");
        Files.writeString(variant, Files.readString(SeedTranslation.SEED).replace(
                "NATO was established during the Cold War, mainly", "NATO was founded during the Cold War, mainly"));
        CliTest.Run v = CliTest.run("extract", variant.toString(), "-s", "en", "-t", "de", "--tm", tmx.toString(),
                "-o", tmp.resolve("out").toString());
        assertTrue(v.out().contains("pre-translated 34 exact + 1 fuzzy"), v.out());
        String xlf = Files.readString(tmp.resolve("out/variant.txt.xlf"));
        assertTrue(xlf.contains("<mtc:match ref=\"#s1\" type=\"tm\" matchQuality=\"94.0\""), xlf);
        assertTrue(xlf.contains("<segment id=\"s1\" state=\"initial\"><source>NATO was founded during"), "fuzzy stays initial");
    }

    @Test
    void analysisPutsEverythingInTheTopBands() throws Exception {
        CliTest.Run r = CliTest.run("analyze", SeedTranslation.SEED.toString(), "--tm", tmx.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode total = new ObjectMapper().readTree(r.out()).get("total");
        assertEquals(640, total.get("words").asInt());
        assertEquals(640, total.get("bands").get("101").asInt() + total.get("bands").get("100").asInt(), r.out());
        assertTrue(total.get("bands").get("101").asInt() > 600, "in the same order: context matches");
        CliTest.Run none = CliTest.run("analyze", SeedTranslation.SEED.toString(), SeedTranslation.SEED.toString(), "--json");
        JsonNode t2 = new ObjectMapper().readTree(none.out()).get("total");
        assertEquals(640, t2.get("bands").get("no-match").asInt());
        assertEquals(640, t2.get("bands").get("repetitions").asInt());
    }

    @Test
    void exportAndStats() throws Exception {
        CliTest.Run e = CliTest.run("tm", "export", tmx.toString(), "-o", tmp.resolve("dw.csv").toString());
        assertTrue(e.out().contains("35 units"), e.out());
        assertTrue(Files.readString(tmp.resolve("dw.csv")).contains("\"January 10, 2023\",10. Januar 2023,seed.de.xlf:u3/s1"));
        CliTest.Run s = CliTest.run("tm", "stats", tmx.toString());
        assertTrue(s.out().contains("35 units, 35 en→de entries"), s.out());
    }

    @Test
    void importReportsABadFileAndImportsTheOthers() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        XliffWriter.write(SeedTranslation.translated(Map.of()), XliffVersion.V1_2, dir.resolve("a.xlf"));
        // malformed XML on line 3: an unclosed element
        Files.writeString(dir.resolve("b.xlf"), "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\">\n"
                + "<file id=\"f\"><unit id=\"u1\"><segment><source>One</source></segment></unit>\n</xliff>\n");
        // a memory broken in its second unit, after a good one: nothing of it may be added
        Files.writeString(dir.resolve("c.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
                <tu tuid="1"><tuv xml:lang="en"><seg>A good unit.</seg></tuv><tuv xml:lang="de"><seg>Eine gute Einheit.</seg></tuv></tu>
                <tu tuid="2"><tuv xml:lang="en"><seg>A bad unit.</seg></tuv><tuv xml:lang="de"><seg>Kaputt.</tuv></tu>
                </body></tmx>
                """);
        XliffWriter.write(SeedTranslation.translated(Map.of("u24/s1", "Heute gehören der EU 27 Staaten an.")), XliffVersion.V2_1,
                dir.resolve("d.xlf"));
        Path memory = tmp.resolve("new.tmx");
        CliTest.Run r = CliTest.run("tm", "import", dir.toString(), "-o", memory.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("b.xlf:4:"), "the file and line:column of the error: " + r.err());
        assertTrue(r.err().contains("c.tmx:4:"), r.err());
        assertEquals(2, r.err().lines().filter(l -> l.startsWith("glossa: ")).count(), r.err());
        // a.xlf gives the seed's 35 units, d.xlf one more (its other 34 are duplicates); nothing of c.tmx
        assertTrue(r.out().contains("0 units kept, 36 added, 34 duplicates skipped, 2 files failed"), r.out());
        String tmxText = Files.readString(memory);
        assertTrue(tmxText.contains("Heute gehören der EU 27 Staaten an."), "d.xlf, after the bad files, was imported");
        assertTrue(!tmxText.contains("Eine gute Einheit."), "the broken memory added nothing");
        CliTest.Run s = CliTest.run("tm", "stats", memory.toString());
        assertTrue(s.out().contains("36 units"), s.out());
    }

    /**
     * Reported: a file that fails late (readable, but with a character the TMX cannot carry: XML 1.1 allows
     * {@code &#1;}, XLIFF 2 has {@code <cp hex="0001"/>}) made the whole import fail, with no summary.
     */
    @Test
    void aFileThatFailsLateIsReportedAndTheOthersAreImported() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("late"));
        XliffWriter.write(SeedTranslation.translated(Map.of()), XliffVersion.V1_2, dir.resolve("a.xlf"));
        Files.writeString(dir.resolve("b.tmx"), """
                <?xml version="1.1" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
                <tu tuid="1"><tuv xml:lang="en"><seg>A good unit.</seg></tuv><tuv xml:lang="de"><seg>Eine gute Einheit.</seg></tuv></tu>
                <tu tuid="2"><tuv xml:lang="en"><seg>A control &#1; character.</seg></tuv><tuv xml:lang="de"><seg>Steuerzeichen.</seg></tuv></tu>
                </body></tmx>
                """);
        Files.writeString(dir.resolve("c.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
                <file id="f"><unit id="u1"><segment state="translated"><source>Bell <cp hex="0007"/> rings.</source><target>Glocke.</target></segment></unit></file>
                </xliff>
                """);
        Files.writeString(dir.resolve("d.tmx"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
                <tu tuid="9"><tuv xml:lang="en"><seg>After the bad ones.</seg></tuv><tuv xml:lang="de"><seg>Nach den schlechten.</seg></tuv></tu>
                </body></tmx>
                """);
        Path memory = tmp.resolve("late.tmx");
        CliTest.Run r = CliTest.run("tm", "import", dir.toString(), "-o", memory.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("b.tmx:4:"), "file:line:column of the unit: " + r.err());
        assertTrue(r.err().contains("U+0001"), r.err());
        assertTrue(r.err().contains("c.xlf"), r.err());
        assertTrue(!r.err().contains("Exception"), "no exception names: " + r.err());
        assertTrue(r.out().contains("0 units kept, 36 added, 0 duplicates skipped, 2 files failed"), r.out());
        String text = Files.readString(memory);
        assertTrue(text.contains("Nach den schlechten."), "the good file after the bad ones");
        assertTrue(!text.contains("Eine gute Einheit."), "nothing of a bad file");
    }

    @Test
    void importOnFourThreadsWritesTheSameMemoryAsOnOne() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 8; i++) {
            // each variant changes two sentences: one new unit per file, and one shared with the next file (a duplicate)
            XliffWriter.write(SeedTranslation.translated(Map.of("u24/s1", "Heute gehören der EU " + (20 + i) + " Staaten an.",
                    "u25/s1", "Variante " + (i / 2) + ".")), i % 2 == 0 ? XliffVersion.V2_1 : XliffVersion.V1_2,
                    dir.resolve("f" + i + ".xlf"));
            if (i == 3) {
                Files.writeString(dir.resolve("f3b.tmx"), """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/><body>
                        <tu tuid="1"><tuv xml:lang="en"><seg>A unit from a memory.</seg></tuv><tuv xml:lang="de"><seg>Eine Einheit aus einem Speicher.</seg></tuv></tu>
                        <tu tuid="2"><tuv xml:lang="en"><seg>A unit from a memory.</seg></tuv><tuv xml:lang="de"><seg>Eine Einheit aus einem Speicher.</seg></tuv></tu>
                        </body></tmx>
                        """);
                Files.writeString(dir.resolve("f3c.xlf"), "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\">\n<file>\n</xliff>\n");
            }
        }
        java.util.List<InputFiles.Input> files = InputFiles.expand(java.util.List.of(dir), java.util.Set.of("xlf", "tmx"), new Selection());
        assertEquals(10, files.size());
        java.time.Instant now = java.time.Instant.parse("2026-11-27T12:00:00Z");
        java.io.StringWriter errors = new java.io.StringWriter();
        java.io.PrintWriter err = new java.io.PrintWriter(errors);
        Path one = tmp.resolve("one.tmx");
        Path four = tmp.resolve("four.tmx");
        // both onto a copy of the same existing memory: its units are kept first
        Files.copy(tmx, one);
        Files.copy(tmx, four);
        var r1 = TmCommand.Import.importFiles(one, files, "en", "de", org.glossa.core.tm.TmImport.States.CONFIRMED, now, new BatchRunner(1, Progress.none()), err, false);
        var r4 = TmCommand.Import.importFiles(four, files, "en", "de", org.glossa.core.tm.TmImport.States.CONFIRMED, now, new BatchRunner(4, Progress.none()).inFlightPerThread(2), err, false);
        assertEquals(r1, r4);
        assertEquals(new org.glossa.core.tm.TmImport.Result(35, 13, 269, 1), r1, r1.toString());
        assertEquals(Files.readString(one), Files.readString(four));
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(one), Files.readAllBytes(four)), "byte for byte");
        String text = Files.readString(four);
        assertTrue(text.indexOf("Variante 1.") < text.indexOf("Eine Einheit aus einem Speicher.")
                && text.indexOf("Eine Einheit aus einem Speicher.") < text.indexOf("Variante 2."), "in input order");
        assertEquals(2, errors.toString().lines().filter(l -> l.startsWith("glossa: ") && l.contains("f3c.xlf:")).count(), errors.toString());

        // the command line, no memory yet: the seed's own u24/s1 and u25/s1 are in none of the files (33 + 8 + 4 + 1)
        CliTest.Run c = CliTest.run("tm", "import", dir.toString(), "-o", tmp.resolve("cli.tmx").toString(), "--threads", "4", "-q");
        assertEquals(2, c.exit(), c.err());
        assertTrue(c.out().contains("0 units kept, 46 added, 236 duplicates skipped, 1 files failed"), c.out());
        assertTrue(c.out().endsWith("1 files failed" + System.lineSeparator()), c.out());
        assertEquals(1, c.err().lines().filter(l -> l.startsWith("glossa: ")).count(), c.err());
    }
}
