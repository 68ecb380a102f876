package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Inline.Tag;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * XLIFF 1.x files made by other tools, read in place from the shared interop folder (never copied into the
 * project). Skipped when the folder is absent.
 */
class Xliff12InteropTest {

    private static final String OKAPI_XLIFF = "okapi/okapi/filters/xliff/src/test/resources/";
    private static final String OMEGAT_XLIFF = "omegat/src/test/resources/data/filters/xliff/";
    private static final String GOLD = "okapi/applications/integration-tests/src/test/resources/gold/";

    /** Files that must be rejected, with a word the message must contain. */
    private static final Map<String, String> REJECTED = Map.of(
            "file-XLIFFFilter-invalid-content.xlf", "CTRL-CHAR", // U+0008 in text: not well-formed on purpose
            "TestDocument01.odt.xlf", "UTF-8",                   // Latin-1 bytes in a file declared UTF-8
            "ex.9.5.xlf", "not an XLIFF 1.x document",            // XLIFF 2.0 spec examples
            "ex.14.5.xlf", "not an XLIFF 1.x document");

    static Path interop() {
        return Interop.require("okapi").getParent();
    }

    private static List<Document> read(String relative) {
        return Xliff12Reader.read(Interop.require(relative));
    }

    private static Document single(String relative) {
        List<Document> docs = read(relative);
        assertEquals(1, docs.size(), relative);
        return docs.get(0);
    }

    private static Unit unit(Document d, String id) {
        return d.units().stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no unit " + id));
    }

    /** The segments' targets joined (empty when none has one). */
    private static String target(Unit u) {
        return u.segments().stream().map(s -> s.target().map(Content::plainText).orElse("")).reduce("", String::concat);
    }

    private static Stream<String> allText(List<Document> docs) {
        return docs.stream().flatMap(d -> d.units().stream()).flatMap(u -> u.parts().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.source()), p.target().stream()))
                .map(c -> c.plainText() + c.tags().stream().map(Tag::data).reduce("", String::concat));
    }

    static Stream<Path> xliffFiles() throws IOException {
        Path root = interop();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(root.resolve("okapi")), Files.walk(root.resolve("omegat")))) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".xlf") || p.toString().endsWith(".xliff"))
                    .sorted().toList();
        }
        return files.stream();
    }

    /**
     * Every file that loads, written as Glossa's XLIFF 2.1 (what {@code glossa extract --xliff 2.1} and the editor write
     * for it), is valid against the OASIS XLIFF 2.0 core schema and passes the XLIFF 2 processing requirements Glossa
     * reads with, though another tool's segment ids and code ids overlap ("1" and "1"); read back, every segment has
     * its id and its codes their ids, so {@link XliffUpdater} can still map the work onto the original.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("xliffFiles")
    void everyFileWrittenAsXliff21IsValidAndReadsBackWithItsIds(Path file) throws Exception {
        if (REJECTED.containsKey(file.getFileName().toString())) return;
        for (Document d : Xliff12Reader.read(file)) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            XliffWriter.write(d, XliffVersion.V2_1, out);
            byte[] xlf = out.toByteArray();
            XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"));
            List<Document> back = XliffReader.read(new java.io.ByteArrayInputStream(xlf), file.getFileName() + ".xlf");
            assertEquals(1, back.size());
            assertEquals(ids(d), ids(back.get(0)), file.toString());
        }
    }

    @Test
    void memoqSegmentAndCodeIdsCollideAndAreWrittenApart() throws Exception {
        // memoQ numbers segments and codes alike: mrk mid="1" and bpt id="1" in one unit
        Document d = single("okapi/okapi/filters/xliff/src/test/resources/MQ-12-Test01.xlf");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        XliffWriter.write(d, XliffVersion.V2_1, out);
        String xlf = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xlf.contains("glossa:codePrefix=\"c\""), "the codes are written apart from the segments");
        assertEquals(ids(d), ids(XliffReader.read(new java.io.ByteArrayInputStream(out.toByteArray()), "mq.xlf").get(0)));
    }

    /**
     * Each part (units in order: a save maps units by position) with its id and the codes (kind and id) of its source
     * and target. Texts are not compared: a carriage return comes back as a line feed (XML end-of-line handling).
     */
    private static List<String> ids(Document d) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < d.units().size(); i++) {
            for (UnitPart p : d.units().get(i).parts()) {
                out.add(i + "/" + p.id() + " " + codes(p.source()) + " -> " + p.target().map(Xliff12InteropTest::codes).orElse("none"));
            }
        }
        return out;
    }

    private static String codes(Content c) {
        return c.tags().stream().map(t -> t.kind() + ":" + t.id()).toList().toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xliffFiles")
    void everyFileLoadsOrIsRejectedForAStatedReason(Path file) {
        String name = file.getFileName().toString();
        if (REJECTED.containsKey(name)) {
            InputException e = assertThrows(InputException.class, () -> Xliff12Reader.read(file));
            assertTrue(e.describe().contains(REJECTED.get(name)), e.describe());
            assertTrue(e.describe().contains(name), "names the file: " + e.describe());
        } else {
            List<Document> docs = Xliff12Reader.read(file);
            assertFalse(docs.isEmpty(), name);
            for (Document d : docs) {
                assertFalse(d.name().contains("/") || d.name().contains("\\"), d.name());
                for (Unit u : d.units()) assertFalse(u.segments().isEmpty(), name + " unit " + u.id());
            }
        }
    }

    @Test
    void memoQ() {
        Document d = single(OKAPI_XLIFF + "MQ-12-Test01.xlf");
        assertEquals(119, d.units().size());
        assertEquals("en", d.sourceLanguage());
        assertEquals(Optional.of("fr"), d.targetLanguage());
        assertEquals("main.html", d.name());
        assertEquals("Rainbow - Main Window", unit(d, "1").source().plainText());
        // bpt/ept carry the native code; memoQ's mq: attributes are ignored
        Unit u4 = unit(d, "4");
        assertEquals("Input List 1", u4.source().plainText());
        assertEquals(List.of(new Tag(TagKind.OPEN, "1", "", "<a href=\"#InputLists\">"),
                new Tag(TagKind.CLOSE, "1", "", "</a>")), u4.source().tags());
        assertEquals(Optional.empty(), u4.segments().get(0).target(), "<target></target> is no target");
        assertEquals(50, d.segments().stream().filter(s -> s.target().isPresent()).count());
    }

    @Test
    void tradosStudio2009() {
        List<Document> docs = read(OKAPI_XLIFF + "TS09-12-Test01.xlf");
        Document d = docs.get(0);
        assertEquals(1, docs.size());
        assertEquals(42, d.units().size());
        assertEquals("en", d.sourceLanguage());
        assertEquals(Optional.of("de"), d.targetLanguage());
        assertEquals("SamplePhotoPrinter.doc", d.name(), "only the file name of C:\\Projects\\…\\SamplePhotoPrinter.doc");
        assertEquals(Optional.empty(), d.original(), "header/reference/internal-file is not the skeleton");
        Segment first = (Segment) unit(d, "22bfcddb-0d5f-4493-b630-1a7bae84fd29").parts().get(0);
        assertEquals("1", first.id());
        assertEquals("Getting Started", first.source().plainText());
        assertEquals(Optional.of(Content.of("Erste Schritte")), first.target());
        assertEquals(SegmentState.TRANSLATED, first.state());
        // two mrk segments with a space between them
        Unit two = unit(d, "0dddf689-db8b-44b5-9a46-a17e090ab624");
        assertEquals(List.of("4", "i1", "5"), two.parts().stream().map(UnitPart::id).toList());
        assertEquals(" ", two.parts().get(1).source().plainText());
        assertTrue(two.segments().get(0).source().plainText().startsWith("Allow at least 12 cm clearance"));
        assertTrue(two.segments().stream().allMatch(s -> s.target().isEmpty() && s.state() == SegmentState.INITIAL));
        assertFalse(unit(d, "ef0bb684-d2e9-49b7-b7c8-cd1799316337").translate());
        assertEquals(45, d.segments().size());
        // sdl: metadata (seg-defs, cxts, file-info) is not text
        assertTrue(allText(docs).noneMatch(t -> t.contains("1688049973") || t.contains("SDL:")));
    }

    @Test
    void tradosSdlXliffEnUsToEsEs() {
        Document d = single(OKAPI_XLIFF + "test2_es.xlf");
        assertEquals(708, d.units().size());
        assertEquals("en-US", d.sourceLanguage());
        assertEquals(Optional.of("es-ES"), d.targetLanguage());
        assertEquals("d_Lux_MediaArts.htm", d.name());
        assertEquals(723, d.segments().size());
    }

    @Test
    void swordfish() {
        List<Document> sf1 = read(OKAPI_XLIFF + "SF-12-Test01.xlf");
        assertEquals(27, sf1.size());
        assertEquals(1918, sf1.stream().mapToInt(d -> d.units().size()).sum());
        Unit u = unit(sf1.get(0), "MatchConfigDialog.5");
        assertEquals("Special Text", u.source().plainText());
        assertEquals("Texto especial", target(u));

        Document sf2 = single(OKAPI_XLIFF + "SF-12-Test02.xlf");
        assertEquals(98, sf2.units().size());
        assertEquals(SegmentState.REVIEWED, unit(sf2, "About.0").segments().get(0).state(), "approved=yes");
        assertEquals("Acerca de...", target(unit(sf2, "About.0")));

        List<Document> sf3 = read(OKAPI_XLIFF + "SF-12-Test03.xlf"); // declared windows-1252
        assertEquals(2, sf3.size());
        assertEquals(944, sf3.stream().mapToInt(d -> d.units().size()).sum());
        assertEquals("Traduction avec des accents: á, ó, í, etc.", target(unit(sf3.get(0), "1")));
        Tag font = unit(sf3.get(0), "2").source().tags().get(0);
        assertEquals("<text:span text:style-name=\"T1\">", font.data());
        assertEquals("x-font", font.type());
    }

    @Test
    void worldServer() {
        List<Document> docs = read(OKAPI_XLIFF + "test1_es.xlf");
        assertEquals(2, docs.size());
        assertEquals(140, docs.stream().mapToInt(d -> d.units().size()).sum());
        assertEquals("d/Lux/MediaArts", unit(docs.get(0), "0000000002").source().plainText());
        assertEquals(Optional.of("es"), docs.get(0).targetLanguage());
    }

    @Test
    void passoloXliff10() {
        Document d = single(OKAPI_XLIFF + "PAS-10-Test01.xlf");
        assertEquals(158, d.units().size());
        assertEquals("NOTEPAD.EXE", d.name());
        assertEquals("en", d.sourceLanguage());
        assertEquals(Optional.empty(), d.targetLanguage());
        assertEquals("&File", d.units().get(0).source().plainText());
        assertEquals("&New\tCtrl+N", d.units().get(1).source().plainText());
    }

    @Test
    void onTram() {
        Document d = single(OKAPI_XLIFF + "OnTramTest01.xlf");
        assertEquals(88, d.units().size());
        assertEquals("de-DE", d.sourceLanguage());
        assertEquals(Optional.of("en-US"), d.targetLanguage());
        Unit u = unit(d, "36100");
        assertEquals("1-20-0-0", u.origin());
        assertEquals("tropicana - Das Reisebüro", u.source().plainText());
        assertEquals("bold", u.source().tags().get(0).type());
    }

    @Test
    void typo3() {
        Document d = single(OKAPI_XLIFF + "Typo3Draft.xlf");
        assertEquals(6, d.units().size());
        assertEquals("en", d.sourceLanguage(), "EN normalised");
        assertEquals(Optional.of("de"), d.targetLanguage());
        assertEquals("Ich bin eine Überschrift", target(unit(d, "1")));
        assertEquals("This is a sentence with a <b>bold</b>word.", unit(d, "4").source().plainText(), "CDATA is text");
        assertEquals("--empty--", unit(d, "5").source().plainText());
        assertTrue(unit(d, "5").segments().get(0).target().isEmpty(), "l10nmgr:translation is an extension");
    }

    @Test
    void rainbow() {
        Document rb11 = single(OKAPI_XLIFF + "RB-11-Test01.xlf");
        assertEquals(13, rb11.units().size());
        assertFalse(unit(rb11, "1").translate());
        assertEquals("Paragraphe (approved translation)", target(unit(rb11, "2")));
        assertEquals(SegmentState.REVIEWED, unit(rb11, "2").segments().get(0).state());

        Document rb12 = single(OKAPI_XLIFF + "RB-12-Test02.xlf");
        assertEquals(9, rb12.units().size());
        assertEquals("ID1", unit(rb12, "3").origin());
        Unit seg = unit(rb12, "11");
        assertEquals(List.of("0", "i1", "1"), seg.parts().stream().map(UnitPart::id).toList());
        assertEquals("Sentence 2.", seg.segments().get(1).source().plainText());
    }

    @Test
    void jmpWithAltTransAndNotes() {
        List<Document> docs = read(OKAPI_XLIFF + "JMP-11-Test01.xlf");
        Document d = docs.get(0);
        assertEquals(9, d.units().size());
        assertEquals(Format.TEXT, d.format());
        assertEquals("fr", target(unit(d, "S_XStr_LangCode")), "not the alt-trans 'de'");
        assertEquals("French", target(unit(d, "S_XStr_Language")));
        assertTrue(allText(docs).noneMatch(t -> t.contains("ISO-639")), "notes are not text");
    }

    @Test
    void altTransDoesNotLeakIntoTargets() {
        List<Document> docs = read(OKAPI_XLIFF + "Manual-12-AltTrans.xlf");
        Document d = docs.get(0);
        assertEquals(7, d.units().size());
        assertEquals("Text number four", unit(d, "4").source().plainText());
        assertTrue(unit(d, "4").segments().get(0).target().isEmpty());
        assertTrue(allText(docs).noneMatch(t -> t.contains("quatre") || t.contains("The text number four")));
        assertEquals("Texte numéro 2.", target(unit(d, "2")));
        assertEquals(SegmentState.REVIEWED, unit(d, "3").segments().get(0).state());
        // <ph> with a <sub>: the native code without the sub-flow text
        assertEquals("startCodeendCode", unit(d, "5").source().tags().get(0).data());
    }

    @Test
    void smallOkapiSamples() {
        assertEquals(2, single(OKAPI_XLIFF + "lqiTest.xlf").units().size());
        Document ns = single(OKAPI_XLIFF + "NSTest01.xlf"); // x: prefix for the XLIFF namespace
        assertEquals(List.of("0", "1"), ns.units().stream().map(Unit::id).toList());
        assertFalse(ns.units().get(0).translate());
        Document bin = single(OKAPI_XLIFF + "BinUnitTest01.xlf");
        assertEquals(List.of("0", "1"), bin.units().stream().map(Unit::id).toList(), "the bin-unit's trans-unit is skipped");
    }

    @Test
    void okapiGoldOutputs() {
        List<Document> docx = read(GOLD + "docxsegtest.docx.xlf");
        assertEquals(8, docx.size());
        assertEquals(31, docx.stream().mapToInt(d -> d.units().size()).sum());
        assertEquals(37, docx.stream().mapToInt(d -> d.segments().size()).sum());
        assertEquals(Format.HTML, single(GOLD + "htmltest.html.xlf").format());
        assertEquals(8, single(GOLD + "htmltest.html.xlf").units().size());
        assertEquals(14, single(GOLD + "potest.po.xlf").units().size());
        assertEquals(53, single(GOLD + "proptest.properties.xlf").units().size());
        assertEquals(22, single(GOLD + "resxtest.resx.xlf").units().size());
        Document tmx = single(GOLD + "tmxtest-attributes.tmx.xlf");
        assertEquals("en-US", tmx.sourceLanguage());
        assertEquals(Optional.of("fr-FR"), tmx.targetLanguage());
        assertEquals(14, single(GOLD + "xlifftest.out.xlf").units().size()); // XLIFF 1.1
    }

    @Test
    void omegatFiles() {
        List<Document> multi = read(OMEGAT_XLIFF + "filters4-xliff1/file-XLIFFFilter1-multiple-file-tag.xlf");
        assertEquals(2, multi.size());
        Document rfe = single(OMEGAT_XLIFF + "filters3/file-xliff-RFE1506.xliff");
        assertEquals(5, rfe.units().size());
        assertTrue(rfe.segments().stream().anyMatch(s -> s.state() == SegmentState.FINAL));
        Document smp = single(OMEGAT_XLIFF + "filters3/file-XLIFFFilter-SMP.xlf");
        // supplementary-plane letters, protected mrks dropped but their text kept
        assertEquals("𝐅𝐈𝐑𝐒𝐓𝐌𝐀𝐑𝐊 𝐌𝐀𝐑𝐊2𝐂𝐔𝐒𝐓𝐎𝐌", target(smp.units().get(0)));
        assertEquals("u1", smp.units().get(0).id(), "OmegaT's test file has no trans-unit ids");
        Document tags = single(OMEGAT_XLIFF + "filters3/file-XLIFFFilter-tags.xlf");
        assertEquals("<b>", tags.units().get(1).source().tags().get(0).data());
    }

    @Test
    void invalidContentIsRejectedWithLineAndColumn() {
        Path p = interop().resolve(OMEGAT_XLIFF + "filters3/file-XLIFFFilter-invalid-content.xlf");
        InputException e = assertThrows(InputException.class, () -> Xliff12Reader.read(p));
        int[] where = e.location().orElseThrow();
        assertEquals(7, where[0]);
        assertTrue(where[1] > 0);
        assertTrue(e.describe().contains("file-XLIFFFilter-invalid-content.xlf:7:"), e.describe());
    }

    @Test
    void badUtf8IsAClearInputException() throws IOException {
        Path p;
        try (Stream<Path> s = Files.walk(interop().resolve("okapi/okapi/steps/xliffkit"))) {
            p = s.filter(f -> f.getFileName().toString().equals("TestDocument01.odt.xlf")).findFirst().orElseThrow();
        }
        InputException e = assertThrows(InputException.class, () -> Xliff12Reader.read(p));
        assertTrue(e.getMessage().contains("Invalid UTF-8"), e.getMessage());
    }
}
