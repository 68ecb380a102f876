package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** terms, glossary convert/check and extract -g: outputs and exit codes. */
class GlossaryCliTest {
    static final Path SEED = CliTest.SEED;
    static final Path DW = Path.of("../glossaries/dw-en-de.tbx");

    @TempDir
    Path tmp;

    @Test
    void termsJsonHasTheContractFields() throws Exception {
        CliTest.Run r = CliTest.run("terms", SEED.toString(), "-g", DW.toString(), "-s", "en", "-t", "de", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode hits = new ObjectMapper().readTree(r.out()).get("hits");
        assertEquals(82, hits.size());
        JsonNode first = null;
        for (JsonNode h : hits) {
            if (h.get("term").asText().equals("European Commission President")) first = h;
        }
        assertTrue(first != null, "European Commission President is one hit");
        assertEquals("u8", first.get("unit").asText());
        assertEquals("s1", first.get("segment").asText());
        assertEquals(0, first.get("start").asInt());
        assertEquals(29, first.get("end").asInt());
        assertEquals("EU-Kommissionspräsidentin", first.get("targets").get(0).get("term").asText());
        assertEquals("preferred", first.get("status").asText());
        boolean belarus = false;
        for (JsonNode h : hits) {
            if (h.get("term").asText().equals("Belarus")) {
                belarus = h.get("targets").get(1).get("term").asText().equals("Weißrussland")
                        && h.get("targets").get(1).get("status").asText().equals("deprecated");
            }
        }
        assertTrue(belarus, "the forbidden variant comes with its status");
    }

    @Test
    void termsReadsXliffToo() throws Exception {
        assertEquals(0, CliTest.run("extract", SEED.toString(), "-s", "en", "-t", "de", "-o", tmp.toString()).exit());
        CliTest.Run r = CliTest.run("terms", tmp.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf").toString(),
                "-g", DW.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("u8/s1 0-29  European\u00A0Commission President → EU-Kommissionspräsidentin"), r.out());
        assertTrue(r.out().contains("82 term hits"), r.out());
    }

    @Test
    void extractWithGlossaryMarksTermsInBothXliffVersions() throws Exception {
        CliTest.Run r = CliTest.run("extract", SEED.toString(), "-s", "en", "-t", "de", "-g", DW.toString(), "-o", tmp.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("82 term hits"), r.out());
        String x2 = Files.readString(tmp.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf"));
        assertTrue(x2.contains("<gls:translation source=\"dw-en-de.tbx#dw009\">EU-Kommissionspräsidentin</gls:translation>"));
        CliTest.Run r12 = CliTest.run("extract", SEED.toString(), "-s", "en", "-t", "de", "-g", DW.toString(), "--xliff", "1.2",
                "-o", tmp.resolve("v12").toString());
        assertEquals(0, r12.exit(), r12.err());
        String x1 = Files.readString(tmp.resolve("v12/dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf"));
        assertTrue(x1.contains("<mrk mtype=\"term\" comment=\"Kiew (preferred)\">Kyiv</mrk>"), x1);
        assertTrue(!x1.contains("itsxlf:") && !x1.contains("its:version"), "strict XLIFF 1.2 unless --its-terms");
        CliTest.Run its = CliTest.run("extract", SEED.toString(), "-s", "en", "-t", "de", "-g", DW.toString(), "--xliff", "1.2",
                "--its-terms", "-o", tmp.resolve("its").toString());
        assertEquals(0, its.exit(), its.err());
        String xi = Files.readString(tmp.resolve("its/dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf"));
        assertTrue(xi.contains("<mrk mtype=\"term\" comment=\"Kiew (preferred)\" itsxlf:termInfo=\"Kiew (preferred)\">Kyiv</mrk>"), xi);
    }

    @Test
    void convertAndCheck() throws Exception {
        Path csv = tmp.resolve("dw.csv");
        CliTest.Run c = CliTest.run("glossary", "convert", DW.toString(), csv.toString());
        assertEquals(0, c.exit(), c.err());
        assertTrue(c.out().contains("35 concepts, languages en, de"), c.out());
        assertEquals(0, CliTest.run("glossary", "check", csv.toString()).exit());
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "en,de,de status\nBelarus,Belarus,preferred\nBelarus,Weißrussland,preferred\nSweden,,\n");
        CliTest.Run check = CliTest.run("glossary", "check", bad.toString(), "--json");
        assertEquals(1, check.exit(), "problems are findings: exit 1");
        JsonNode problems = new ObjectMapper().readTree(check.out()).get("problems");
        assertTrue(problems.size() >= 2, check.out());
        assertTrue(check.out().contains("conflicting-targets") && check.out().contains("empty-target"), check.out());
    }

    @Test
    void aBrokenGlossaryIsAnInputError() throws Exception {
        Path broken = tmp.resolve("broken.tbx");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\">\n<text><body>\n</tbx>\n");
        CliTest.Run r = CliTest.run("terms", SEED.toString(), "-g", broken.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().matches("(?s).*broken\\.tbx:4:\\d+: .*"), r.err());
    }
}
