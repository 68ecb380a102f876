package org.glossa.core.glossary.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlossaryReaderTest {
    static final Path RESOURCES = Path.of("src/test/resources/glossary");

    static Glossary csv(String text) {
        return GlossaryReader.read(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }

    static Concept concept(Glossary g, String id) {
        return g.concepts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static Term term(Concept c, String text) {
        return c.terms().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    static InputException fails(String text, String fileName) {
        return assertThrows(InputException.class, () -> GlossaryReader.read(text.getBytes(StandardCharsets.UTF_8), fileName));
    }

    /** The three hand-written TBX files say the same thing in TBX 2019 DCA, TBX 2019 DCT and TBX 2008. */
    @ParameterizedTest
    @ValueSource(strings = {"nato-dca.tbx", "nato-dct.tbx", "nato-martif.tbx"})
    void tbxStylesGiveTheSameConcepts(String file) {
        Glossary g = GlossaryReader.read(RESOURCES.resolve(file));
        assertEquals(file, g.name());
        assertEquals(List.of("nato", "stoltenberg", "eu"), g.concepts().stream().map(Concept::id).toList());
        Concept nato = concept(g, "nato");
        assertEquals(Optional.of("politics"), nato.subjectField());
        assertEquals(Optional.of("Military alliance of European and North American states."), nato.definition());
        assertFalse(nato.doNotTranslate());
        assertEquals(List.of(
                new Term("North Atlantic Treaty Organization", "en", TermStatus.PREFERRED, Optional.of("properNoun"), Optional.empty(), false),
                new Term("Organisation des Nordatlantikvertrags", "de", TermStatus.PREFERRED, Optional.of("properNoun"), Optional.of("Official name."), false),
                new Term("Nordatlantikpakt", "de", TermStatus.DEPRECATED, Optional.empty(), Optional.empty(), false)), nato.terms());
        assertTrue(concept(g, "stoltenberg").doNotTranslate(), "explicit marker");
        Concept eu = concept(g, "eu");
        assertTrue(eu.doNotTranslate(), "same text in both languages");
        assertTrue(eu.termsIn("en").get(0).caseSensitive());
        assertFalse(eu.termsIn("de").get(0).caseSensitive());
        assertEquals(Optional.empty(), eu.termsIn("en").get(0).note(), "the marker note is not kept as a note");
    }

    @Test
    void csvWithSemicolonsQuotesAndForbiddenVariant() {
        Glossary g = GlossaryReader.read(RESOURCES.resolve("nato.csv"));
        assertEquals(3, g.concepts().size());
        Concept nato = g.concepts().get(0);
        assertEquals(List.of("North Atlantic Treaty Organization", "Organisation des Nordatlantikvertrags", "Nordatlantikpakt"),
                nato.terms().stream().map(Term::text).toList());
        Term de = term(nato, "Organisation des Nordatlantikvertrags");
        assertEquals(TermStatus.PREFERRED, de.status());
        assertEquals(Optional.of("Official name; also \"NATO\""), de.note());
        assertEquals(Optional.of("properNoun"), de.partOfSpeech());
        assertEquals(Optional.empty(), term(nato, "North Atlantic Treaty Organization").note(), "unscoped note is the target's");
        assertEquals(Optional.of("properNoun"), term(nato, "North Atlantic Treaty Organization").partOfSpeech(), "pos is every term's");
        assertEquals(TermStatus.DEPRECATED, term(nato, "Nordatlantikpakt").status());
        assertTrue(g.concepts().get(1).doNotTranslate());
        assertEquals(List.of("Jens Stoltenberg"), g.concepts().get(1).terms().stream().map(Term::text).toList());
        Concept eu = g.concepts().get(2);
        assertTrue(eu.doNotTranslate());
        assertTrue(eu.terms().stream().allMatch(Term::caseSensitive));
        assertEquals("en-US", Columns.languageCode("en_us").orElseThrow());
    }

    @Test
    void forbiddenTargetVariantAsRepeatedSourceRow() {
        Glossary g = csv("en,de,status\ne-mail,E-Mail,preferred\ne-mail,Email,forbidden\ne-mail,eMail,forbidden\nmail,Post,\n");
        assertEquals(2, g.concepts().size());
        Concept c = g.concepts().get(0);
        assertEquals(List.of("e-mail", "E-Mail", "Email", "eMail"), c.terms().stream().map(Term::text).toList());
        assertEquals(List.of(TermStatus.UNSPECIFIED, TermStatus.PREFERRED, TermStatus.DEPRECATED, TermStatus.DEPRECATED),
                c.terms().stream().map(Term::status).toList());
        assertEquals(List.of("c1", "c2"), g.concepts().stream().map(Concept::id).toList());
    }

    @Test
    void perLanguageColumnsAndIds() {
        Glossary g = csv("id,en,de,en status,de status,de note,definition,subject\n"
                + "k1,colour,Farbe,preferred,admitted,fem.,\"A property\nof light\",physics\n"
                + "k1,color,,admitted,,,,\n"
                + "k2,hue,Farbton,,,,,\n");
        assertEquals(List.of("k1", "k2"), g.concepts().stream().map(Concept::id).toList());
        Concept k1 = g.concepts().get(0);
        assertEquals(List.of("colour", "color", "Farbe"), k1.terms().stream().map(Term::text).toList());
        assertEquals(TermStatus.ADMITTED, term(k1, "color").status());
        assertEquals(TermStatus.ADMITTED, term(k1, "Farbe").status());
        assertEquals(Optional.of("fem."), term(k1, "Farbe").note());
        assertEquals(Optional.of("A property\nof light"), k1.definition());
        assertEquals(Optional.of("physics"), k1.subjectField());
    }

    @Test
    void tsvWithHeader() {
        Glossary g = GlossaryReader.read("en-GB\tde-AT\tnote\nlorry\tLastkraftwagen\tkurz: Lkw\n".getBytes(StandardCharsets.UTF_8), "x.txt");
        Concept c = g.concepts().get(0);
        assertEquals(List.of(new Term("lorry", "en-GB"), new Term("Lastkraftwagen", "de-AT", TermStatus.UNSPECIFIED,
                Optional.empty(), Optional.of("kurz: Lkw"), false)), c.terms());
    }

    @Test
    void encodings() {
        String text = "en,de\nstreet,Straße\ndeparture,Abfahrt über Köln\n";
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] body = text.getBytes(cs);
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                    : cs == StandardCharsets.UTF_16BE ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                    : cs == StandardCharsets.UTF_8 ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0];
            for (byte[] prefix : List.of(new byte[0], bom)) {
                byte[] bytes = new byte[prefix.length + body.length];
                System.arraycopy(prefix, 0, bytes, 0, prefix.length);
                System.arraycopy(body, 0, bytes, prefix.length, body.length);
                Glossary g = GlossaryReader.read(bytes, "enc.csv");
                assertEquals("Straße", g.concepts().get(0).termsIn("de").get(0).text(), cs + " BOM " + prefix.length);
                assertEquals("Abfahrt über Köln", g.concepts().get(1).termsIn("de").get(0).text(), cs + " BOM " + prefix.length);
            }
        }
    }

    @Test
    void declaredXmlEncoding() {
        String tbx = "<?xml version='1.0' encoding='windows-1254'?><martif type='TBX'><text><body><termEntry>"
                + "<langSet xml:lang='tr'><tig><term>İstanbul ağı</term></tig></langSet></termEntry></body></text></martif>";
        Glossary g = GlossaryReader.read(tbx.getBytes(Charset.forName("windows-1254")), "tr.tbx");
        assertEquals("İstanbul ağı", g.concepts().get(0).terms().get(0).text());
        assertEquals("c1", g.concepts().get(0).id(), "generated id");
    }

    @Test
    void omegatHeaderlessNeedsLanguages() {
        byte[] tab = "# -*- coding: windows-1252 -*-\nkde\tkoo moo\n# a comment\nStraße\tstreet\tnoun\n".getBytes(Charset.forName("windows-1252"));
        InputException e = assertThrows(InputException.class, () -> GlossaryReader.read(tab, "g.tab"));
        assertTrue(e.getMessage().contains("no source and target languages"), e.getMessage());
        assertEquals(2, e.location().orElseThrow()[0]);
        Glossary g = GlossaryReader.read(tab, "g.tab", "de", "en");
        assertEquals(2, g.concepts().size());
        assertEquals(new Term("Straße", "de"), g.concepts().get(1).terms().get(0));
        assertEquals(Optional.of("noun"), g.concepts().get(1).terms().get(1).note(), "comment column is a note on the target");
        assertEquals("koo moo", g.concepts().get(0).termsIn("en").get(0).text());
    }

    @Test
    void headerlessTabKeepsQuotes() {
        Glossary g = GlossaryReader.read("\"Hello\" world\t\"Hallo\" Welt\n".getBytes(StandardCharsets.UTF_8), "q.tab", "en", "de");
        assertEquals("\"Hallo\" Welt", g.concepts().get(0).termsIn("de").get(0).text());
    }

    @Test
    void headerOfSourceAndTargetUsesGivenLanguages() {
        byte[] bytes = "source,target\ncat,Katze\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("de", GlossaryReader.read(bytes, "st.csv", "en", "de").concepts().get(0).terms().get(1).language());
        InputException e = assertThrows(InputException.class, () -> GlossaryReader.read(bytes, "st.csv"));
        assertEquals("st.csv:1:1: column 'source' needs the source and target languages; give them, or name the column with a language code such as en or de",
                e.describe());
    }

    @Test
    void unterminatedQuote() {
        InputException e = fails("en,de\nok,gut\nbad,\"schlecht\nworse,schlimmer\n", "q.csv");
        assertArrayEquals(new int[] {3, 5}, e.location().orElseThrow());
        assertEquals("q.csv:3:5: field 2 opens a quote that is never closed", e.describe());
    }

    @Test
    void textAfterClosingQuote() {
        InputException e = fails("en,de\n\"a\"b,c\n", "q.csv");
        assertArrayEquals(new int[] {2, 4}, e.location().orElseThrow());
    }

    @Test
    void wrongColumnCount() {
        InputException more = fails("en,de\na,b\nc,d,e\n", "n.csv");
        assertEquals("n.csv:3:5: row has 3 fields, the header has 2", more.describe());
        InputException fewer = fails("en,de,note\na,b,c\nd,e\n", "n.csv");
        assertEquals("n.csv:3:4: row has 2 fields, the header has 3", fewer.describe());
    }

    @Test
    void headerWithoutLanguages() {
        InputException e = fails("note,status\nx,preferred\n", "h.csv");
        assertEquals("h.csv:1:1: the header row has no language code columns (e.g. 'en,de' or 'en-US;de-DE')", e.describe());
        InputException unknown = fails("en,de,Bemerkung\na,b,c\n", "h.csv");
        assertArrayEquals(new int[] {1, 7}, unknown.location().orElseThrow());
        assertTrue(unknown.getMessage().startsWith("unknown column 'Bemerkung'"), unknown.getMessage());
    }

    @Test
    void badValues() {
        InputException status = fails("en,de,status\na,b,maybe\n", "v.csv");
        assertEquals("v.csv:2:5: unknown status 'maybe' (use preferred, admitted, forbidden, deprecated or superseded)", status.describe());
        InputException dnt = fails("en,de,dnt\na,b,perhaps\n", "v.csv");
        assertArrayEquals(new int[] {2, 5}, dnt.location().orElseThrow());
    }

    @Test
    void malformedXmlHasLineAndColumn() {
        InputException e = fails("<?xml version='1.0'?>\n<martif>\n<text><body>\n<termEntry></body>\n</martif>", "m.tbx");
        assertEquals(4, e.location().orElseThrow()[0]);
        assertTrue(e.location().orElseThrow()[1] > 0);
    }

    @Test
    void otherXmlIsNotAGlossary() {
        InputException e = fails("<?xml version='1.0'?>\n<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2'><file/></xliff>", "a.tbx");
        assertEquals("a.tbx:2:1: not a glossary: the root element is <xliff> in namespace urn:oasis:names:tc:xliff:document:1.2; "
                + "a TBX file has <martif> (TBX 2008) or <tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"> (TBX 2019)", e.describe());
        assertTrue(fails("<html><body>hi</body></html>", "x.xml").getMessage().startsWith("not a glossary"));
    }

    @Test
    void plainTextIsNotAGlossary() {
        InputException e = assertThrows(InputException.class,
                () -> GlossaryReader.read("Just some prose.\nMore prose.\n".getBytes(StandardCharsets.UTF_8), "p.txt", "en", "de"));
        assertTrue(e.getMessage().startsWith("not a glossary"), e.getMessage());
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = "<?xml version='1.0'?><!DOCTYPE martif [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<martif><text><body><termEntry><langSet xml:lang='en'><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>";
        assertThrows(InputException.class, () -> GlossaryReader.read(xxe.getBytes(StandardCharsets.UTF_8), "xxe.tbx"));
    }

    @Test
    void structuralErrors() {
        InputException two = fails("<tbx xmlns='urn:iso:std:iso:30042:ed-2'><text><body><conceptEntry id='a'><langSec xml:lang='en'>"
                + "<termSec><term>a</term>\n<term>b</term></termSec></langSec></conceptEntry></body></text></tbx>", "t.tbx");
        assertEquals(2, two.location().orElseThrow()[0]);
        assertTrue(two.getMessage().contains("second <term>"));
        InputException noLang = fails("<martif><text><body><termEntry><langSet><tig><term>a</term></tig></langSet></termEntry></body></text></martif>", "t.tbx");
        assertTrue(noLang.getMessage().contains("without xml:lang"), noLang.getMessage());
    }

    @Test
    void emptyInputIsAnEmptyGlossary() {
        assertEquals(0, GlossaryReader.read(new byte[0], "e.csv").concepts().size());
        assertEquals(0, GlossaryReader.read("# only a comment\n".getBytes(StandardCharsets.UTF_8), "e.tab").concepts().size());
    }
}
