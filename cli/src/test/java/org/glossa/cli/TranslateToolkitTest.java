package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.glossa.core.qa.SeedTranslation;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * translate-toolkit (Debian's {@code translate-toolkit}, what Pootle and Weblate convert with): Glossa's translated
 * XLIFF 1.2 through {@code xliff2po} and back through {@code po2xliff} keeps every translation, and units Glossa has
 * as final are not fuzzy in the PO ({@code approved="yes"}).
 */
class TranslateToolkitTest {
    @TempDir
    Path tmp;

    @Test
    void xliffToPoAndBackKeepsTranslationsAndApproval() throws Exception {
        ExternalProgram xliff2po = ExternalProgram.require("xliff2po", "translate-toolkit");
        ExternalProgram po2xliff = ExternalProgram.require("po2xliff", "translate-toolkit");
        Document doc = halfFinal(SeedTranslation.translated(Map.of()));
        Path xlf = tmp.resolve("seed.de.xlf");
        XliffWriter.write(doc, XliffVersion.V1_2, xlf);

        ExternalProgram.Result r = ExternalProgram.run(tmp, List.of(xliff2po.path().toString(), xlf.toString(), "seed.po"), 5);
        assertEquals(0, r.exit(), r.output());
        String po = Files.readString(tmp.resolve("seed.po"), StandardCharsets.UTF_8);
        for (String entry : po.split("\n\n")) {
            if (!entry.contains("#: u")) continue;
            String id = entry.substring(entry.indexOf("#: ") + 3).lines().findFirst().orElseThrow().strip();
            Unit u = doc.units().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(entry));
            if (!u.translate()) continue;
            boolean approved = u.segments().stream().allMatch(s -> s.state() == SegmentState.FINAL);
            assertEquals(!approved, entry.contains("#, fuzzy"), "fuzzy exactly when not final:\n" + entry);
        }

        r = ExternalProgram.run(tmp, List.of(po2xliff.path().toString(), "seed.po", "back.xlf"), 5);
        assertEquals(0, r.exit(), r.output());
        Document back = XliffReader.read(tmp.resolve("back.xlf")).get(0);
        Map<String, String> expected = targets(doc);
        Map<String, String> actual = targets(back);
        expected.keySet().retainAll(actual.keySet());
        assertTrue(expected.size() >= 25, "the translated units come back: " + expected.size());
        for (var e : expected.entrySet()) assertEquals(e.getValue(), actual.get(e.getKey()), e.getKey());
    }

    /** Every other translatable unit final: translate-toolkit must see those as approved, the rest as fuzzy. */
    static Document halfFinal(Document doc) {
        List<Unit> units = new ArrayList<>();
        int i = 0;
        for (Unit u : doc.units()) {
            if (u.translate() && i++ % 2 == 0) {
                List<UnitPart> parts = u.parts().stream().map(p -> p instanceof Segment s && s.target().isPresent()
                        ? (UnitPart) s.withTarget(s.target().get(), SegmentState.FINAL) : p).toList();
                u = u.withParts(parts);
            }
            units.add(u);
        }
        return doc.withUnits(units);
    }

    /** Whole-unit source → whole-unit target (translate-toolkit joins a unit's segments), translated units only. */
    static Map<String, String> targets(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Unit u : doc.units()) {
            if (!u.translate() || u.segments().stream().allMatch(s -> s.target().isEmpty())) continue;
            out.put(u.source().plainText().strip(), u.targetOrSource().plainText().strip());
        }
        return out;
    }
}
