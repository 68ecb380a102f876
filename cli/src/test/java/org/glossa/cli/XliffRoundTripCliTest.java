package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.SeedTranslation;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffUpdater;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #12: what {@code extract -g --tm} records (term marks, memory matches) is read back and written again, so
 * reading and writing Glossa's XLIFF changes no byte, and saving one changed target changes only that target.
 */
class XliffRoundTripCliTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void extractWithGlossaryAndMemoryThenReadAndWriteIsTheSameBytes(XliffVersion v) throws Exception {
        Path seedXlf = tmp.resolve("seed.de.xlf");
        XliffWriter.write(SeedTranslation.translated(Map.of()), XliffVersion.V2_1, seedXlf);
        Path tmx = tmp.resolve("dw.tmx");
        assertEquals(0, CliTest.run("tm", "import", seedXlf.toString(), "-o", tmx.toString()).exit());
        Path variant = tmp.resolve("variant.txt");
        Files.writeString(variant, Files.readString(SeedTranslation.SEED).replace(
                "NATO was established during the Cold War, mainly", "NATO was founded during the Cold War, mainly"));
        CliTest.Run r = CliTest.run("extract", variant.toString(), "-s", "en", "-t", "de", "-g", GlossaryCliTest.DW.toString(),
                "--tm", tmx.toString(), "--xliff", v.label(), "-o", tmp.resolve("out").toString());
        assertEquals(0, r.exit(), r.err());
        Path xlf = tmp.resolve("out/variant.txt.xlf");
        byte[] extracted = Files.readAllBytes(xlf);

        Document doc = XliffReader.read(xlf).get(0);
        assertTrue(doc.units().stream().anyMatch(u -> !u.terms().isEmpty()), "term marks read back");
        assertTrue(doc.units().stream().anyMatch(u -> u.matches().stream().anyMatch(m -> m.score() < 100)), "the fuzzy match read back");
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        XliffWriter.write(doc, v, again);
        assertEquals(new String(extracted, java.nio.charset.StandardCharsets.UTF_8), again.toString(java.nio.charset.StandardCharsets.UTF_8));

        // one changed target through the updater: the file keeps its size but for the new text
        Unit u = doc.units().stream().filter(x -> !x.terms().isEmpty()).findFirst().orElseThrow();
        var s = u.segments().get(0);
        List<Unit> units = new ArrayList<>(doc.units());
        units.set(units.indexOf(u), u.withSegment(s.withTarget(Content.of("Neu."), SegmentState.TRANSLATED)));
        assertTrue(XliffUpdater.save(xlf, List.of(doc.withUnits(units))));
        Document saved = XliffReader.read(xlf).get(0);
        assertEquals(doc.units().stream().map(Unit::terms).toList(), saved.units().stream().map(Unit::terms).toList());
        assertEquals(doc.units().stream().map(Unit::matches).toList(), saved.units().stream().map(Unit::matches).toList());
        byte[] after = Files.readAllBytes(xlf);
        assertFalse(java.util.Arrays.equals(extracted, after));
        assertTrue(Math.abs(after.length - extracted.length) < 400, extracted.length + " → " + after.length + " bytes");
        assertArrayEquals(java.util.Arrays.copyOf(extracted, 200), java.util.Arrays.copyOf(after, 200), "the head is untouched");
    }
}
