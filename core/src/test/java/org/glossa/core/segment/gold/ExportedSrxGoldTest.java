package org.glossa.core.segment.gold;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.glossa.core.segment.SrxSegmenter;
import org.glossa.core.segment.news.SrxExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Glossa's rules exported as SRX and run through Okapi's SRX engine ({@code --srx}): lower than the native engine,
 * since SRX cannot express quotation and bracket spans, list items on one line or footnote numbers, but above
 * Okapi's own default rules on the Golden Rules.
 */
class ExportedSrxGoldTest {
    /** Floors a little under what the export scored when written: 45/49 (91.8%) and 89/97 (91.8%). */
    static final Map<String, Double> FLOOR = Map.of("English Golden Rules", 88.0, "pySBD English", 88.0);

    @Test
    void exportedSrxSegmentsTheGoldenRulesReasonably(@TempDir Path tmp) throws IOException {
        GoldSets.root();
        Path srx = tmp.resolve("glossa.srx");
        SrxExport.write(srx);
        StringBuilder report = new StringBuilder("\nGlossa rules exported as SRX, run by Okapi's engine:\n");
        for (GoldSets.GoldSet set : GoldSets.SETS) {
            GoldSets.Score s = GoldSets.score(set, lang -> SrxSegmenter.fromFile(srx, lang));
            report.append(String.format("  %-34s %3d/%3d %5.1f%%%n", set.name(), s.passed(), s.total(), s.percent()));
        }
        System.out.println(report);
        for (Map.Entry<String, Double> floor : FLOOR.entrySet()) {
            GoldSets.GoldSet set = GoldSets.SETS.stream().filter(g -> g.name().equals(floor.getKey())).findFirst().orElseThrow();
            double got = GoldSets.score(set, lang -> SrxSegmenter.fromFile(srx, lang)).percent();
            assertTrue(got >= floor.getValue(), set.name() + ": " + got + "% < " + floor.getValue() + "%" + report);
        }
    }
}
