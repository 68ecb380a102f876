package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.xliff.XliffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --copy-source}: targets pre-filled with the source for tools that translate over the target. */
class CopySourceCliTest {
    static final String NAME = "dw-2023-01-10-eu-nato-joint-declaration.en.txt";
    /** What merge names the German document (the target language in place of the source's). */
    static final String MERGED = "dw-2023-01-10-eu-nato-joint-declaration.de.txt";

    @TempDir
    Path tmp;

    Path extract(String version) {
        Path x = tmp.resolve("x" + version);
        CliTest.Run r = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de", "--xliff", version,
                "--copy-source", "-o", x.toString());
        assertEquals(0, r.exit(), r.err());
        return x.resolve(NAME + ".xlf");
    }

    @Test
    void xliff12TargetsHoldTheSourceMarkedNeedsTranslation() throws Exception {
        String xlf = Files.readString(extract("1.2"), StandardCharsets.UTF_8);
        assertTrue(xlf.contains("<target state=\"needs-translation\"><mrk mtype=\"seg\" mid=\"s1\">EU and NATO sign joint call for"
                + " cooperation amid Ukraine war</mrk></target>"), xlf);
        assertEquals(1, xlf.split("state=\"new\"", -1).length - 1, "an empty target only in the boilerplate (translate=\"no\")");
        Document doc = XliffReader.read(extract("1.2")).get(0);
        for (Segment s : doc.units().stream().filter(u -> u.translate()).flatMap(u -> u.segments().stream()).toList()) {
            assertEquals(s.source(), s.target().orElseThrow(), s.id());
            assertTrue(s.isUnchangedCopy() && s.translation().isEmpty(), s.id());
        }
    }

    @Test
    void xliff21TargetsHoldTheSourceWithStateInitial() throws Exception {
        String xlf = Files.readString(extract("2.1"), StandardCharsets.UTF_8);
        assertTrue(xlf.contains("<segment id=\"s1\" state=\"initial\"><source>January 10, 2023</source><target>January 10, 2023</target>"), xlf);
        assertTrue(xlf.contains("<segment id=\"s1\"><source>1. Skip to content</source></segment>"), "boilerplate left empty");
        Document doc = XliffReader.read(extract("2.1")).get(0);
        assertEquals(SegmentState.INITIAL, doc.segments().get(0).state());
    }

    @Test
    void mergeTreatsUnchangedCopiesAsUntranslatedAndTakesWhatWasTranslated() throws Exception {
        for (String v : new String[] {"1.2", "2.1"}) {
            Path xlf = extract(v);
            CliTest.Run r = CliTest.run("merge", xlf.toString(), "-o", tmp.resolve("m" + v).toString());
            assertEquals(0, r.exit(), r.err());
            assertArrayEquals(Files.readAllBytes(CliTest.SEED), Files.readAllBytes(tmp.resolve("m" + v).resolve(MERGED)), v);
            // a tool translates one copied target over (OmegaT leaves the state as it found it)
            String s = Files.readString(xlf, StandardCharsets.UTF_8);
            String translated = s.replaceFirst(v.equals("1.2")
                    ? "(<target state=\"needs-translation\"><mrk mtype=\"seg\" mid=\"s1\">)Image: Johanna Geron/REUTERS"
                    : "(<target>)Image: Johanna Geron/REUTERS", "$1Bild: Johanna Geron/REUTERS");
            assertFalse(translated.equals(s), v);
            Files.writeString(xlf, translated, StandardCharsets.UTF_8);
            r = CliTest.run("merge", xlf.toString(), "-o", tmp.resolve("t" + v).toString());
            assertEquals(0, r.exit(), r.err());
            String merged = Files.readString(tmp.resolve("t" + v).resolve(MERGED));
            assertTrue(merged.contains("cooperation on UkraineBild: Johanna Geron/REUTERS"), merged);
            assertTrue(merged.startsWith("1. Skip to content\n"), "untranslated copies left as the original");
        }
    }

    @Test
    void qaReportsUnchangedCopiesAsEmptyTargetsNotAsCopiedSource() throws Exception {
        CliTest.Run r = CliTest.run("qa", extract("2.1").toString(), "--format", "json");
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("\"empty-target\""), r.out());
        assertFalse(r.out().contains("\"untranslated\""), "a copy still to translate is not a translation equal to the source");
    }
}
