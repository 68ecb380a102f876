package org.glossa.core.tmx;

import static org.glossa.core.model.Inline.TagKind.CLOSE;
import static org.glossa.core.model.Inline.TagKind.OPEN;
import static org.glossa.core.model.Inline.TagKind.STANDALONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.model.Inline.Tag;
import org.glossa.core.xliff.Interop;
import org.junit.jupiter.api.Test;

/** Okapi's and OmegaT's TMX test files, read in place. */
class TmxInteropTest {

    @Test
    void okapiParagraphTm() {
        Tmx t = Tmx.shared(Tmx.OKAPI + "Paragraph_TM.tmx");
        assertEquals(7, t.units().size());
        for (TranslationUnit u : t.units()) assertEquals(List.of("en-US", "de-DE"), t.languages(u.position()));
        Tag first = t.tags(1, "en-US").get(0);
        assertEquals(new Tag(STANDALONE, "1", "", "#![PG 0 1]"), first);
        assertTrue(t.text(1, "de-DE").contains("Sicherstellen, dass sich der AK-Schlauch im AK-Flüssigkeitsdetektor befindet."));
        assertTrue(t.units().stream().anyMatch(u -> u.variants().get(0).content().tags().stream()
                .anyMatch(g -> g.data().equals(" ut content en"))), "the <ut> code is a standalone tag with its data");
    }

    @Test
    void okapiSample14b() {
        Tmx t = Tmx.shared("okapi/website/sample14b.tmx");
        assertEquals(25, t.units().size());
        assertEquals("ACDetectionCheckFailedAction0_s02", t.unit(1).tuid());
        assertEquals(List.of("en-US", "de-DE"), t.languages(1));
        assertEquals("'Wiederholen' drücken.", t.text(2, "de-DE"));
        assertEquals(new Property("Txt::FileName", "file1_en.info"), t.unit(1).properties().get(0));
    }

    @Test
    void omegatLevel1IsTmx11WithLangAttributes() {
        Tmx t = Tmx.shared(Tmx.OMEGAT + "test-level1.tmx");
        assertEquals("1.1", t.header().version());
        assertEquals("OmegaT", t.header().creationTool());
        assertEquals("paragraph", t.header().segmentType());
        assertEquals(4, t.units().size());
        assertEquals(List.of("en", "en-US", "be"), t.languages(2));
        assertEquals("lang1", t.text(2, "en-US"));
        assertEquals("lang3z", t.text(4, "es"));
    }

    @Test
    void omegatLevel2() {
        Tmx t = Tmx.shared(Tmx.OMEGAT + "test-level2.tmx");
        assertLevel2(t);
    }

    @Test
    void gzipAndZipAreReadTransparently() {
        Tmx plain = Tmx.shared(Tmx.OMEGAT + "test-level2.tmx");
        Tmx gz = Tmx.shared(Tmx.OMEGAT + "test-level2.tmx.gz");
        Tmx zip = Tmx.shared(Tmx.OMEGAT + "test-level2.tmx.zip");
        assertLevel2(gz);
        assertEquals(plain, gz);
        assertEquals(plain, zip);
    }

    private static void assertLevel2(Tmx t) {
        assertEquals(4, t.units().size());
        assertEquals(List.of(new Tag(STANDALONE, "1", "", "{\\test internal />}")), t.tags(2, "be"));
        assertEquals("First part {1/} end.", t.unit(2).variant("en").orElseThrow().content().toString());
        // an <it> without x gets a free number; the bpt/ept pair keeps its i
        assertEquals(List.of(new Tag(OPEN, "1", "", "<a>"), new Tag(OPEN, "5", "", "<t>"), new Tag(CLOSE, "5", "", "</c>")),
                t.tags(3, "en"));
        // an empty <bpt/>: the pair's type comes from the bpt
        assertEquals(List.of(new Tag(OPEN, "5", "n", ""), new Tag(CLOSE, "5", "n", "</z>")), t.tags(4, "en"));
    }

    @Test
    void omegatSupplementaryPlaneCharacters() {
        Tmx t = Tmx.shared(Tmx.OMEGAT + "test-SMP.tmx");
        assertEquals(1, t.units().size());
        String en = t.text(1, "en");
        assertEquals("\uD835\uDC00\uD835\uDC01\uD835\uDC02", en);
        assertEquals(3, en.codePointCount(0, en.length()));
        assertEquals(0x1D403, t.text(1, "be").codePointAt(0));
    }

    @Test
    void omegatMultipleVariantsOfOneLanguage() {
        Tmx t = Tmx.shared(Tmx.OMEGAT + "test-multiple-tuv14.tmx");
        assertEquals(3, t.units().size());
        assertEquals(List.of("en-US", "es", "es-AR", "es-BO", "fr-CA", "fr-CA", "fr", "de"), t.languages(1));
        assertEquals("fr_CA Bonjour le monde\u00a0!", t.text(1, "fr-CA"));
        assertEquals("fr_CA Bonjour tout le monde\u00a0!", t.unit(1).variants().get(5).content().plainText());
        assertEquals("Es una oración en inglés.", t.text(3, "es"));
    }

    @Test
    void tmx11FilesWithDatesAndProps() {
        Tmx t = Tmx.shared(Tmx.OMEGAT + "test-multiple-entries11.tmx");
        assertEquals("1.1", t.header().version());
        assertEquals(4, t.units().size());
        Variant co = t.unit(2).variant("co").orElseThrow();
        assertEquals(Optional.of(Instant.parse("2020-05-26T13:17:25Z")), co.changeDate());
        assertEquals(Optional.of("id"), co.creationId());
        assertEquals("Per l’installazioni nant’à i sistemi Linux.", co.content().plainText());
        assertEquals(new Property("next", "For installation on other operating systems (such as FreeBSD and Solaris).<br0/>"),
                t.unit(4).properties().get(2));
        assertEquals(259, Tmx.shared(Tmx.OMEGAT + "test-match-stat-en-ca11.tmx").units().size());
        assertEquals("Ceci est un test. Juste un test.", Tmx.shared(Tmx.OMEGAT + "resegmenting11.tmx").text(1, "fr"));
    }

    @Test
    void emptyTmxHasAHeaderAndNoUnits() {
        Tmx t = Tmx.shared(Tmx.OMEGAT + "empty.tmx");
        assertEquals(List.of(), t.units());
        assertEquals("en", t.header().sourceLanguage());
        assertEquals("6.0.0_0_1bf1729c", t.header().creationToolVersion());
    }

    /** invalid.tmx: an ept before its bpt and two bpt with i="1" in one seg; the pairing is undecidable: rejected. */
    @Test
    void invalidTmxIsRejectedForItsUnpairedEpt() {
        InputException e = assertThrows(InputException.class, () -> Tmx.shared(Tmx.OMEGAT + "invalid.tmx"));
        assertEquals("<ept i=\"1\"> without a preceding <bpt i=\"1\">", e.getMessage());
        assertEquals(12, e.location().orElseThrow()[0]);
        assertTrue(e.describe().contains("invalid.tmx:12:"), e.describe());
    }

    /**
     * test-omegat-invalid.tmx is TMX 1.1 without DOCTYPE, and one tuv says xml:lang (the 1.4 spelling) instead of
     * lang. Harmless: the language is unambiguous, so it loads.
     */
    @Test
    void omegatInvalidIsHarmlessAndLoads() {
        Tmx t = Tmx.shared(Tmx.OMEGAT + "test-omegat-invalid.tmx");
        assertEquals(4, t.units().size());
        assertEquals(List.of("en", "en-US", "be"), t.languages(2));
        assertEquals("lang1", t.text(2, "en-US"));
    }

    @Test
    void everyTmxOfTheSharedFolderButInvalidTmxLoads() throws Exception {
        Interop.require("omegat");
        java.nio.file.Path root = Interop.root().orElseThrow();
        List<java.nio.file.Path> files;
        try (var s = java.nio.file.Files.walk(root)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.tmx(\\.gz|\\.zip)?")).sorted().toList();
        }
        assertTrue(files.size() >= 90, "found " + files.size());
        int units = 0;
        for (java.nio.file.Path f : files) {
            if (f.getFileName().toString().equals("invalid.tmx")) continue;
            units += Tmx.read(f).units().size();
        }
        assertTrue(units > 900, "units " + units);
    }
}
