package org.glossa.core.glossary.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.glossa.core.xliff.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Third-party glossaries, read in place from the shared interop folder (skipped when it is absent).
 *
 * <p>LTAC's "bad" TBX test files: basic_bad.tbx and min_bad.tbx load, because their errors are dialect rules
 * (a picklist value such as partOfSpeech "nominal", data categories at levels the dialect does not allow,
 * {@code <xref>} in TBX-Min) that a glossary reader need not enforce; core_structure_bad.tbx is rejected because
 * one {@code <termSec>} holds two {@code <term>}s, which cannot be read without guessing; poorly_formed_xml.tbx
 * is rejected as not well-formed.
 */
class GlossaryInteropTest {
    static final String OKAPI = "okapi/okapi/libraries/lib-terminology/src/test/resources/";
    static final String LTAC = "ltac-tbx/";
    static final String OMEGAT = "omegat/src/test/resources/data/glossaries/";

    @TempDir
    Path dir;

    static Glossary read(String relative) {
        return GlossaryReader.read(Interop.require(relative));
    }

    static Optional<Term> find(Glossary g, String text) {
        return g.concepts().stream().flatMap(c -> c.terms().stream()).filter(t -> t.text().equals(text)).findFirst();
    }

    static Concept conceptWith(Glossary g, String text) {
        return g.concepts().stream().filter(c -> c.terms().stream().anyMatch(t -> t.text().equals(text))).findFirst().orElseThrow();
    }

    @Test
    void sdlAdobeData() {
        Glossary g = read(OKAPI + "sdl_tbx.tbx");
        assertEquals(223, g.concepts().size());
        assertEquals(List.of("de", "en"), List.copyOf(g.languages()));
        Concept c1 = g.concepts().get(0);
        assertEquals("c1", c1.id());
        assertEquals(List.of("Zickzackfalz", "Harmonikafalz"), c1.termsIn("de").stream().map(Term::text).toList());
        assertEquals(List.of("accordion fold"), c1.termsIn("en").stream().map(Term::text).toList());
        assertEquals(Optional.of("Parallel folds, alternating in direction. Also called 'concertina fold'."), c1.definition());
        Concept additive = conceptWith(g, "additive Farbmischung");
        assertEquals("c3", additive.id());
        assertEquals("additive mixing of color", additive.termsIn("en").get(0).text());
        // c7 has an empty German <term/>: the concept keeps only its English term
        Concept c7 = g.concepts().stream().filter(c -> c.id().equals("c7")).findFirst().orElseThrow();
        assertEquals(List.of(new Term("backslant", "en")), c7.terms());
    }

    @Test
    void ibm() {
        Glossary g = read(OKAPI + "ibm_tbx.tbx");
        assertEquals(5, g.concepts().size());
        assertEquals(List.of("en", "fr"), List.copyOf(g.languages()));
        Concept c1 = g.concepts().get(0);
        assertEquals(Optional.of("Software"), c1.subjectField());
        assertEquals(List.of("navigation trail", "branch"), c1.termsIn("en").stream().map(Term::text).toList());
        assertEquals(new Term("historique de navigation", "fr", TermStatus.UNSPECIFIED, Optional.of("nom"), Optional.empty(), false),
                c1.termsIn("fr").get(0));
    }

    @Test
    void oracle() {
        Glossary g = read(OKAPI + "oracle_TBX.tbx");
        assertEquals(2, g.concepts().size());
        Concept c1 = g.concepts().get(0);
        assertEquals("Provincial Reporting Establishment", c1.termsIn("en").get(0).text(), "trailing space trimmed");
        assertEquals(TermStatus.PREFERRED, find(g, "Entidade de Supervisão de Província").orElseThrow().status());
        assertEquals(Optional.of("HR"), c1.subjectField());
    }

    @Test
    void medtronic() {
        Glossary g = read(OKAPI + "medtronic_TBX.tbx");
        assertEquals(3, g.concepts().size());
        assertEquals(14, g.languages().size());
        Concept alert = conceptWith(g, "audible alert");
        assertEquals(TermStatus.PREFERRED, alert.termsIn("en").get(0).status());
        assertEquals(TermStatus.DEPRECATED, find(g, "audible notification").orElseThrow().status());
        assertEquals("ηχητικό σήμα επαγρύπνησης", alert.termsIn("el").get(0).text());
        // the file labels its German terms xml:lang="da" (a defect of the sample); they are read as written
        assertEquals("da", find(g, "Patienten-Identifikator").orElseThrow().language());
    }

    @Test
    void maryland() {
        Glossary g = read(OKAPI + "maryland.tbx");
        Concept c = g.concepts().get(0);
        assertEquals("eid-VocCod-211.01", c.id());
        assertEquals(List.of("copiste", "scribe", "écrivain"), c.termsIn("fr").stream().map(Term::text).toList());
        assertEquals(List.of("scribe", "copyist"), c.termsIn("en").stream().map(Term::text).toList());
        assertEquals(Optional.of("personne qui accomplit un travail copie ou d'écriture"), c.definition());
    }

    @Test
    void hungarianWithBomAndDoctype() {
        Glossary g = read(OKAPI + "test01.tbx");
        assertEquals(new Term("Alfa simítási tényező", "hu", TermStatus.UNSPECIFIED, Optional.of("noun"), Optional.empty(), false),
                g.concepts().get(0).termsIn("hu").get(0));
        assertEquals(Optional.of("manufacturing"), g.concepts().get(0).subjectField());
    }

    @Test
    void turkishWindows1254() {
        Glossary g = read(OKAPI + "test02_win1254.tbx");
        Concept c = g.concepts().get(0);
        assertEquals("id1", c.id());
        assertEquals("term with: éá and İı", c.termsIn("en").get(0).text());
        assertEquals("tr term with: éá and İı", c.termsIn("tr").get(0).text());
    }

    @Test
    void ltacDcaAndDctGiveTheSameEntries() {
        Glossary dca = read(LTAC + "TBX-Basic_dialect/DCA/Example_Astronomy_DCA_VALID.tbx");
        Glossary dct = read(LTAC + "TBX-Basic_dialect/DCT/Example_Astronomy_DCT_VALID.tbx");
        assertEquals(45, dca.concepts().size());
        assertEquals(List.of("en", "es", "zu"), List.copyOf(dca.languages()));
        assertEquals(dca.concepts(), dct.concepts());
        Concept c1 = dca.concepts().get(0);
        assertEquals(Optional.of("General"), c1.subjectField());
        assertEquals(Optional.of("A group of stars formed together in the spiral arms of a galaxy."), c1.definition());
        assertEquals(new Term("open cluster", "en", TermStatus.PREFERRED, Optional.of("noun"), Optional.empty(), false), c1.termsIn("en").get(0));
        Term galactic = c1.termsIn("en").get(1);
        assertEquals(TermStatus.SUPERSEDED, galactic.status());
        assertTrue(galactic.note().orElseThrow().endsWith("\nN-Source: http://www.delscope.demon.co.uk/astronomy/glossary.htm#G"));
        assertEquals("cúmulo abierto", c1.termsIn("es").get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"basic_good.tbx", "min_good.tbx", "core_structure_good.tbx", "basic_bad.tbx", "min_bad.tbx"})
    void ltacTestFilesLoad(String file) {
        Glossary g = read(LTAC + "TBX_test_files/" + file);
        assertEquals(45, g.concepts().size());
        assertEquals(List.of("open cluster", "galactic cluster"), g.concepts().get(0).termsIn("en").stream().map(Term::text).toList());
        if (!file.startsWith("core")) {
            assertEquals(TermStatus.PREFERRED, g.concepts().get(0).termsIn("en").get(0).status(), "usageStatus preferred");
            assertEquals(TermStatus.DEPRECATED, g.concepts().get(0).termsIn("en").get(1).status(), "usageStatus deprecated");
        }
    }

    @Test
    void ltacBadPartOfSpeechIsKeptAsWritten() {
        assertEquals(Optional.of("nominal"), read(LTAC + "TBX_test_files/basic_bad.tbx").concepts().get(0).terms().get(0).partOfSpeech());
    }

    @Test
    void ltacCoreStructureBadIsRejected() {
        InputException e = assertThrows(InputException.class, () -> read(LTAC + "TBX_test_files/core_structure_bad.tbx"));
        assertEquals("core_structure_bad.tbx:32:7: a second <term> in one term section (\"galactic cluster\")", e.describe());
    }

    @Test
    void ltacPoorlyFormedIsRejectedWithLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> read(LTAC + "TBX_test_files/poorly_formed_xml.tbx"));
        assertArrayEquals(new int[] {42, 14}, e.location().orElseThrow());
        assertEquals("poorly_formed_xml.tbx:42:14: Unexpected close tag </termSec>; expected </term>.", e.describe());
    }

    @Test
    void omegatSampleTbx() {
        Glossary g = read(OMEGAT + "sampleTBXfile.tbx");
        assertEquals(List.of(new Term("alpha smoothing factor", "en", TermStatus.UNSPECIFIED, Optional.of("noun"), Optional.empty(), false),
                new Term("hu translation", "hu", TermStatus.UNSPECIFIED, Optional.of("noun"), Optional.empty(), false)),
                g.concepts().get(0).terms());
    }

    @Test
    void omegatTab() {
        Path file = Interop.require(OMEGAT + "test.tab");
        assertThrows(InputException.class, () -> GlossaryReader.read(file), "headerless: languages are needed");
        Glossary g = GlossaryReader.read(file, "ja", "fr");
        assertEquals(4, g.concepts().size());
        assertEquals(List.of(new Term("kde", "ja"), new Term("koo moo", "fr")), g.concepts().get(0).terms());
        Concept earth = g.concepts().get(2);
        assertEquals("地球システム", earth.termsIn("ja").get(0).text());
        assertEquals(Optional.of("https://fr.wikipedia.org/wiki/Science_du_syst%C3%A8me_Terre"), earth.termsIn("fr").get(0).note());
        assertEquals("손가락", g.concepts().get(3).terms().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"test-magiccomment.tab", "test-magiccomment-bom.tab", "empty.txt"})
    void omegatMagicCommentOnly(String file) {
        assertEquals(List.of(), GlossaryReader.read(Interop.require(OMEGAT + file), "en", "de").concepts());
    }

    @Test
    void omegatCsv() {
        Glossary g = GlossaryReader.read(Interop.require(OMEGAT + "test.csv"), "en", "fr");
        List<List<String>> pairs = g.concepts().stream().map(c -> c.terms().stream().map(Term::text).toList()).toList();
        assertEquals(List.of(List.of("kde", "csv kde"), List.of("question", "csv q"), List.of("kde; question", "comma"),
                List.of("kde, qu", "comma dot"), List.of("\"kde\",\"q\"", "cdk"), List.of("\"\"k", "k"), List.of("zz\"zz", "zz")), pairs);
    }

    @Test
    void omegatUtf16() {
        Glossary g = GlossaryReader.read(Interop.require(OMEGAT + "testUTF16LE.txt"), "en", "de");
        assertEquals(List.of(new Term("UTF", "en"), new Term("Unicode Transformation Format", "de", TermStatus.UNSPECIFIED,
                Optional.empty(), Optional.of("Comment #1"), false)), g.concepts().get(0).terms());
        assertEquals("Little Endian", g.concepts().get(1).termsIn("de").get(0).text());
    }

    /** The real glossaries survive a trip through every output format (OmegaT's holds one pair: GlossaryWriterTest). */
    @ParameterizedTest
    @EnumSource(value = GlossaryFormat.class, names = "OMEGAT", mode = EnumSource.Mode.EXCLUDE)
    void roundTripThroughEveryFormat(GlossaryFormat format) throws IOException {
        for (String file : List.of(OKAPI + "sdl_tbx.tbx", OKAPI + "medtronic_TBX.tbx", OKAPI + "test02_win1254.tbx",
                LTAC + "TBX-Basic_dialect/DCA/Example_Astronomy_DCA_VALID.tbx")) {
            Glossary g = read(file);
            Path out = dir.resolve("out-" + format);
            GlossaryWriter.write(g, out, format);
            assertEquals(g.concepts(), GlossaryReader.read(out).concepts(), file + " via " + format);
        }
    }
}
