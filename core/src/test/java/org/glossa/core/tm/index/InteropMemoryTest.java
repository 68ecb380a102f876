package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.xliff.Interop;
import org.glossa.core.tmx.TranslationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Okapi's Paragraph_TM.tmx (en-us/de-de, inline codes), read in place (skipped when the interop files are absent, failing under CI). */
class InteropMemoryTest {
    private static final String PARAGRAPH_TM = "okapi/okapi/filters/tmx/src/test/resources/Paragraph_TM.tmx";

    @TempDir
    Path cache;

    @Test
    void okapiParagraphTmFindsItsOwnSentences() throws Exception {
        Path paragraphTm = Interop.require(PARAGRAPH_TM);
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.read(paragraphTm, units::add);
        TranslationUnit second = units.get(1);
        Content source = second.variant("en-us").orElseThrow().content();
        Content target = second.variant("de-de").orElseThrow().content();
        try (TranslationMemory tm = TranslationMemory.open(List.of(paragraphTm), "en-US", "de-DE", new DiceScorer(), cache)) {
            assertEquals(units.size(), tm.stats().files().get(0).units());
            assertTrue(tm.stats().entries() > 0);
            List<TmMatch> m = tm.lookup(source, Optional.empty(), 0, 3);
            assertEquals(MatchKind.EXACT, m.get(0).kind());
            assertEquals("APCCalibrateTimeoutAction0", m.get(0).tuid());
            assertEquals(target, m.get(0).target());
            assertTrue(m.get(0).target().hasTags());
            Content previous = units.get(0).variant("en-us").orElseThrow().content();
            assertEquals(101, tm.lookup(source, Optional.of(previous), 0, 1).get(0).score());
            List<TmMatch> fuzzy = tm.lookup(Content.of("Touch Retry to resume the procedure now."), Optional.empty(), 50, 3);
            assertEquals(MatchKind.FUZZY, fuzzy.get(0).kind());
            assertEquals("Paragraph_TM.tmx", fuzzy.get(0).origin());
        }
        assertTrue(Files.notExists(paragraphTm.resolveSibling("Paragraph_TM.tmx.glossa-index")));
    }
}
