package org.glossa.core.tmx;

import static org.glossa.core.model.Inline.TagKind.CLOSE;
import static org.glossa.core.model.Inline.TagKind.OPEN;
import static org.glossa.core.model.Inline.TagKind.STANDALONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.model.Inline.Tag;
import org.glossa.core.xliff.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The LISA TMX Compliance Kit (public domain), read in place from OmegaT's full copy and Okapi's CRLF subset.
 * Each file's content is checked, not just that it loads.
 */
class TmxComplianceKitTest {
    private static final List<String> EN_FR = List.of("en-US", "fr-CA");

    @Test
    void theKitHas23FilesAndEveryOneLoads() throws IOException {
        Path kit = Interop.require(Tmx.KIT);
        List<Path> files;
        try (Stream<Path> s = Files.list(kit)) {
            files = s.filter(p -> p.toString().endsWith(".tmx")).sorted().toList();
        }
        assertEquals(23, files.size());
        for (Path f : files) assertFalse(Tmx.read(f).units().isEmpty(), f.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ExportTest1A", "ExportTest1C", "ExportTest1D", "ExportTest1E"})
    void export1WhitespaceAndEscapes(String name) {
        Tmx t = Tmx.shared(Tmx.KIT + name + ".tmx");
        assertEquals(4, t.units().size());
        assertEquals("en-US", t.header().sourceLanguage());
        assertEquals("en-US", t.header().adminLanguage());
        assertEquals(EN_FR, t.languages(1));
        assertEquals("Text with 3 spaces [   ] and 2 [  ]", t.text(1, "en-US"));
        assertEquals("Texte avec 1 tab [\t] et 2 [\t\t]", t.text(2, "fr-CA"));
        assertEquals("<=lt, >=gt, &=amp, {=obrace, }=cbrace", t.text(3, "en-US"));
        assertEquals("é=eacute, \u00a0=nbsp, ¤=curr, ÿ=yumlaut, ©=copy, §=para", t.text(4, "fr-CA"));
        assertEquals(name.equals("ExportTest1E") ? "plaintext" : "winres", t.header().dataType());
        assertEquals("XYZTool", t.header().creationTool());
        assertEquals("abc", t.header().originalFormat());
    }

    @Test
    void export1bHtmlEscapes() {
        Tmx t = Tmx.shared(Tmx.KIT + "ExportTest1B.tmx");
        assertEquals(2, t.units().size());
        assertEquals("html", t.header().dataType());
        assertEquals("<=lt, >=gt, &=amp, '=apos, \"=quot, {=obrace, }=cbrace", t.text(1, "en-US"));
        assertEquals("é=eacute, \u00a0=nbsp, ¤=curr, ÿ=yumlaut, ©=copy, §=para", t.text(2, "en-US"));
    }

    @Test
    void export2aLevel2PairsAndIsolatedCodes() {
        Tmx t = Tmx.shared(Tmx.KIT + "ExportTest2A.tmx");
        assertEquals(6, t.units().size());
        assertEquals("The {1}black{/1} {2}cat{/2} sleeps.".replace("The ", "The big "),
                t.unit(1).variant("en-US").orElseThrow().content().toString());
        assertEquals("Le gros {2}chat{/2} {1}noir{/1} dors.", t.unit(1).variant("fr-CA").orElseThrow().content().toString());
        assertEquals(List.of(new Tag(OPEN, "1", "", "<b>"), new Tag(CLOSE, "1", "", "</b>"),
                new Tag(OPEN, "2", "", "<u>"), new Tag(CLOSE, "2", "", "</u>")), t.tags(1, "en-US"));
        // nested pairs: <u><b>big</b> <i>black</i></u>
        assertEquals("The {1}{2}big{/2} {3}black{/3}{/1} cat sleeps.", t.unit(2).variant("en-US").orElseThrow().content().toString());
        assertEquals("Test for special characters = <=lt, >=gt, &=amp, \"=quot.", t.text(3, "en-US"));
        assertEquals("Nested formatting = Bold+Italic+Underlined, Bold+Italic, Bold.", t.text(4, "en-US"));
        // <it pos="begin"> / <it pos="end">: a sentence boundary inside bold
        assertEquals(List.of(new Tag(OPEN, "1", "", "<b>")), t.tags(5, "en-US"));
        assertEquals(List.of(new Tag(CLOSE, "1", "", "</b>")), t.tags(6, "fr-CA"));
        assertEquals("And two.", t.text(6, "en-US"));
        assertEquals("6", t.unit(6).tuid());
    }

    @Test
    void import1aUtf16WithoutEncodingDeclaration() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest1A.tmx");
        assertEquals(2, t.units().size());
        assertEquals("First segment with [\t\t   ]", t.text(1, "en-US"));
        assertEquals("Second segment avec [  \t\t]", t.text(2, "fr-CA"));
    }

    @Test
    void import1bOddAttributeSyntaxAndLanguageCase() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest1B.tmx");
        assertEquals(1, t.units().size());
        assertEquals("plaintext", t.header().dataType());
        assertEquals("1.0.0", t.header().creationToolVersion());
        assertEquals(EN_FR, t.languages(1));
        assertEquals("Text of the segment", t.text(1, "en-US"));
        assertEquals("Texte du segment", t.text(1, "fr-CA"));
    }

    @Test
    void import1cFiveLanguagesInAnyOrder() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest1C.tmx");
        assertEquals(3, t.units().size());
        assertEquals(List.of("en-US", "en-GB", "ja-JP", "fr-CA", "es-ES"), t.languages(1));
        assertEquals(List.of("ja-JP", "en-US", "fr-CA", "en-GB", "es-ES"), t.languages(2));
        assertEquals("Second entry in Japanese", t.unit(2).variants().get(0).content().plainText());
        assertEquals("Third entry in UK English", t.text(3, "en-GB"));
    }

    /** 1D UTF-8 with BOM, 1E without, 1F UTF-16LE, 1G UTF-16BE, 1H us-ascii with character references: same text. */
    @ParameterizedTest
    @ValueSource(strings = {"ImportTest1D", "ImportTest1E", "ImportTest1F", "ImportTest1G", "ImportTest1H"})
    void import1EncodingsAndCharacterReferences(String name) {
        Tmx t = Tmx.shared(Tmx.KIT + name + ".tmx");
        assertEquals(3, t.units().size());
        for (int u = 1; u <= 3; u++) {
            assertEquals(List.of("en-US", "en-GB"), t.languages(u));
            assertEquals(t.text(u, "en-GB"), t.text(u, "en-US"), name + " unit " + u);
        }
        assertEquals("à=agrave, é=eacute, æ=aelig", t.text(1, "en-US"));
        assertEquals("ÿ=U+00FF, ™=U+2122, ’=U+2019", t.text(2, "en-US"));
        assertEquals("\u201c=U+201C, \u2013=U+2013, ¤=U+00A4", t.text(3, "en-GB"));
    }

    @Test
    void import1iIdeographicSpaces() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest1I.tmx");
        assertEquals(List.of("en-US", "ja-JP"), t.languages(1));
        assertEquals("English segment with [    ]", t.text(1, "en-US"));
        assertEquals("Japanese segment with [\u3000\u3000]", t.text(1, "ja-JP"));
    }

    @Test
    void import1jAnd1kUnitSourceLanguages() {
        Tmx j = Tmx.shared(Tmx.KIT + "ImportTest1J.tmx");
        assertEquals(2, j.units().size());
        assertEquals(List.of("en-GB", "en-US"), j.languages(2));
        Tmx many = Tmx.shared(Tmx.KIT + "ImportTest1J_many.tmx");
        assertEquals(3, many.units().size());
        assertEquals("es-ES", many.header().sourceLanguage());
        assertEquals("en", many.header().adminLanguage());
        assertEquals(Optional.of("en-US"), many.unit(1).sourceLanguage());
        assertEquals(Optional.empty(), many.unit(3).sourceLanguage());
        assertEquals("[not to import] Third entry in Spanish", many.text(3, "es-ES"));
        Tmx k = Tmx.shared(Tmx.KIT + "ImportTest1K.tmx");
        assertEquals(Optional.of("de-DE"), k.unit(1).sourceLanguage());
        assertEquals(Optional.of("fr-CA"), k.unit(2).sourceLanguage());
        assertEquals("Second Entry - French Canadian", k.text(2, "fr-CA"));
    }

    @Test
    void import1lEveryHeaderUnitAndVariantAttribute() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest1L.tmx");
        Instant d = Instant.parse("2002-05-23T09:12:00Z");
        TmxHeader h = t.header();
        assertEquals(new TmxHeader("1.4", "en-US", "block", "myTool", "v10", "en-US", "html", "Text",
                List.of(new Property("myPropeType", "Data")), List.of("Text of header note 1", "Text of header note 2")), h);
        assertEquals(1, t.units().size());
        TranslationUnit u = t.unit(1);
        assertEquals("tu001", u.tuid());
        assertEquals(1, u.position());
        assertEquals(List.of("Text of tu note 1", "Text of tu note 2"), u.notes());
        assertEquals(List.of(new Property("myPropeType", "Data")), u.properties());
        assertEquals(Optional.of(d), u.creationDate());
        assertEquals(Optional.of(d), u.changeDate());
        assertEquals(Optional.of("ys"), u.creationId());
        assertEquals(Optional.of("ys"), u.changeId());
        assertEquals(Optional.of("en-US"), u.sourceLanguage());
        assertEquals(List.of("en-US", "fr", "en-GB"), t.languages(1));
        Variant fr = u.variant("fr").orElseThrow();
        assertEquals("Texte du segment.", fr.content().plainText());
        assertEquals(2, fr.properties().size());
        assertEquals(List.of("Text of tuv fr note 1", "Text of tuv fr note 1"), fr.notes());
        assertEquals(Optional.of(d), fr.changeDate());
        assertEquals(Optional.of("ys"), fr.creationId());
        assertEquals("Text of the segment.", t.text(1, "en-GB"));
    }

    @Test
    void import2aTypedCodesPlaceholderAndHighlight() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest2A.tmx");
        assertEquals(7, t.units().size());
        assertEquals(List.of(new Tag(OPEN, "1", "bold", "<b>"), new Tag(CLOSE, "1", "bold", "</b>"),
                new Tag(OPEN, "2", "ulined", "<u>"), new Tag(CLOSE, "2", "ulined", "</u>")), t.tags(1, "en-US"));
        assertEquals("Format en gigogne = {1}{2}{3}gras+italique+souligné{/3}, gras+italique{/2}, gras{/1}.",
                t.unit(3).variant("fr-CA").orElseThrow().content().toString());
        assertEquals(List.of(new Tag(OPEN, "1", "bold", "<b>")), t.tags(4, "en-US"));
        assertEquals(List.of(new Tag(CLOSE, "1", "bold", "</b>")), t.tags(5, "fr-CA"));
        // "En-uS" / "FR-CA" are normalised; the ph's native code is the img element
        assertEquals(EN_FR, t.languages(6));
        assertEquals("", t.unit(6).tuid());
        assertEquals(List.of(new Tag(STANDALONE, "1", "image", "<img src=\"img.png\"/>")), t.tags(6, "en-US"));
        // <hi>: text kept, marker dropped; target before source is kept in file order
        assertEquals(List.of("fr-CA", "en-US"), t.languages(7));
        assertEquals("Some text with a part highlighted.", t.unit(7).variant("en-US").orElseThrow().content().toString());
        assertEquals("Du texte avec une portion délimitée.", t.text(7, "fr-CA"));
    }

    @Test
    void import2aZeroBasedXGivesZeroBasedIds() {
        Tmx one = Tmx.shared(Tmx.KIT + "ImportTest2A.tmx");
        Tmx zero = Tmx.shared(Tmx.KIT + "ImportTest2A-0index.tmx");
        assertEquals(7, zero.units().size());
        for (int u = 1; u <= 7; u++) assertEquals(one.text(u, "en-US"), zero.text(u, "en-US"));
        assertEquals("The big {0}black{/0} {1}cat{/1} sleeps.", zero.unit(1).variant("en-US").orElseThrow().content().toString());
        // unit 5's French it has x='1' where the English has x="0": ids follow x
        assertEquals("0", zero.tags(5, "en-US").get(0).id());
        assertEquals("1", zero.tags(5, "fr-CA").get(0).id());
    }

    @Test
    void import2bRtfCodesAndAnEmptyPlaceholder() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest2B.tmx");
        assertEquals(7, t.units().size());
        assertEquals("rtf", t.header().dataType());
        assertEquals(List.of(new Tag(OPEN, "1", "bold", "{\\b "), new Tag(CLOSE, "1", "bold", "}"),
                new Tag(OPEN, "2", "ulined", "{\\ul "), new Tag(CLOSE, "2", "ulined", "}")), t.tags(1, "en-US"));
        assertEquals(List.of(new Tag(STANDALONE, "1", "image", "")), t.tags(6, "fr-CA"));
        assertEquals("Du text avec une portion délimitée.", t.text(7, "fr-CA"));
    }

    @Test
    void import2cSubInsideACodeIsPartOfTheNativeData() {
        Tmx t = Tmx.shared(Tmx.KIT + "ImportTest2C.tmx");
        assertEquals(1, t.units().size());
        assertEquals(List.of("en-US", "fr", "en-GB"), t.languages(1));
        assertEquals(List.of(new Tag(OPEN, "1", "italic", "<I>"), new Tag(OPEN, "2", "bold", "<B>"),
                new Tag(STANDALONE, "3", "image", "<IMG SRC=\"here.png\" ALT=\"Start Here!\">"),
                new Tag(CLOSE, "2", "bold", "</B>")), t.tags(1, "en-US"));
        assertEquals("{1}{2}Cliquez {3/} pour commencer.{/2}", t.unit(1).variant("fr").orElseThrow().content().toString());
        assertEquals("<IMG SRC=\"here.png\" ALT=\"Commencez ici !\">", t.tags(1, "fr").get(2).data());
    }

    /** Okapi keeps 12 of the kit's files with CRLF line ends: XML reads them to the same units. */
    @ParameterizedTest
    @ValueSource(strings = {"ExportTest1A", "ExportTest1B", "ExportTest2A", "ImportTest1A", "ImportTest1B", "ImportTest1C",
            "ImportTest1D", "ImportTest1H", "ImportTest1I", "ImportTest1L", "ImportTest2A", "ImportTest2B"})
    void okapisCrlfCopiesReadTheSame(String name) {
        Tmx okapi = Tmx.shared(Tmx.OKAPI + "compkit/" + name + ".tmx");
        Tmx omegat = Tmx.shared(Tmx.KIT + name + ".tmx");
        assertEquals(omegat.header(), okapi.header());
        assertEquals(omegat.units(), okapi.units());
        assertTrue(okapi.units().size() > 0);
    }
}
