package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.client.mt.FakeMtServer;
import org.glossa.core.model.Document;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.xliff.XliffReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract --mt against a local fake LibreTranslate/DeepL server (no real service is called). */
class ExtractMtCliTest {
    @TempDir
    Path tmp;

    @AfterEach
    void forget() {
        System.clearProperty("glossa.mt.settings");
        System.clearProperty("glossa.mt.cache");
    }

    private void configure(String properties) throws Exception {
        Path file = tmp.resolve("mt.properties");
        Files.writeString(file, properties);
        System.setProperty("glossa.mt.settings", file.toString());
        System.setProperty("glossa.mt.cache", tmp.resolve("mt-cache").toString());
    }

    @Test
    void preTranslatesUnconfirmedWithTheSuggestionMarkedMt() throws Exception {
        Path input = tmp.resolve("article.txt");
        Files.writeString(input, "The joint declaration was signed.\n\nThe declaration was signed.\n");
        try (FakeMtServer server = new FakeMtServer()) {
            configure("provider = libretranslate\nurl = " + server.url() + "\n");
            CliTest.Run r = CliTest.run("extract", input.toString(), "-s", "en", "-t", "de", "--mt", "-o",
                    tmp.resolve("out").toString());
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("machine-translated 2 segments (unconfirmed)"), r.out());
            Document doc = XliffReader.read(tmp.resolve("out/article.txt.xlf")).get(0);
            List<Segment> segments = doc.segments();
            assertEquals("Die gemeinsame Erklärung wurde unterzeichnet.", segments.get(0).target().orElseThrow().plainText());
            assertEquals("Die Erklärung wurde unterzeichnet.", segments.get(1).target().orElseThrow().plainText());
            for (Segment s : segments) assertEquals(SegmentState.INITIAL, s.state(), "never final, not even translated");
            MatchSuggestion m = doc.units().get(0).matches().get(0);
            assertEquals("MT: LibreTranslate", m.origin());
            assertTrue(m.score() <= 99);
            assertEquals(1, server.requests.stream().filter(q -> q.path().equals("/translate")).count(), "one batch");
        }
    }

    @Test
    void theGlossarysTermsReachBothServices() throws Exception {
        Path input = tmp.resolve("article.txt");
        Files.writeString(input, "The declaration was signed in Kyiv.\n\nThe declaration was signed.\n");
        Path glossary = tmp.resolve("places.csv");
        Files.writeString(glossary, "en,de\nKyiv,Kiew\n");
        for (String provider : List.of("deepl", "libretranslate")) {
            try (FakeMtServer server = new FakeMtServer()) {
                configure("provider = " + provider + "\nurl = " + server.url() + "\nkey = " + FakeMtServer.KEY + "\n");
                Path out = tmp.resolve("out-" + provider);
                CliTest.Run r = CliTest.run("extract", input.toString(), "-s", "en", "-t", "de", "-g", glossary.toString(),
                        "--mt", "-o", out.toString());
                assertEquals(0, r.exit(), r.err());
                List<Segment> segments = XliffReader.read(out.resolve("article.txt.xlf")).get(0).segments();
                assertEquals("Die Erklärung wurde unterzeichnet in Kiew.", segments.get(0).target().orElseThrow().plainText(), provider);
                assertEquals("Die Erklärung wurde unterzeichnet.", segments.get(1).target().orElseThrow().plainText(), provider);
            }
        }
    }

    @Test
    void offUnlessConfigured() throws Exception {
        configure("# nothing\n");
        Path input = tmp.resolve("article.txt");
        Files.writeString(input, "The declaration was signed.\n");
        CliTest.Run r = CliTest.run("extract", input.toString(), "-s", "en", "-t", "de", "--mt", "-o", tmp.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("machine translation is not configured"), r.err());
    }
}
