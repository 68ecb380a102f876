package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.Tag;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Xliff12ReaderTest {

    private static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

    private static List<Document> read(String xml) {
        return Xliff12Reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xlf");
    }

    /** One file, en → de, with the given body. */
    private static Document doc(String body) {
        List<Document> docs = read("<xliff version='1.2' xmlns='" + NS + "'><file original='a.txt' source-language='en'"
                + " target-language='de' datatype='plaintext'><body>" + body + "</body></file></xliff>");
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static Unit unit(String transUnit) {
        Document d = doc(transUnit);
        assertEquals(1, d.units().size());
        return d.units().get(0);
    }

    private static Segment only(Unit u) {
        assertEquals(1, u.segments().size());
        return u.segments().get(0);
    }

    @Test
    void segSourceGivesSegmentsAndIgnorablesWithTargetsByMid() {
        Unit u = unit("""
                <trans-unit id='p1'><source>One. Two.  Three.</source>
                <seg-source><mrk mtype='seg' mid='s1'>One.</mrk> <mrk mtype='seg' mid='s2'>Two.</mrk>  <mrk mtype='seg' mid='s3'>Three.</mrk></seg-source>
                <target state='translated'><mrk mtype='seg' mid='s2'>Zwei.</mrk> <mrk mtype='seg' mid='s1'>Eins.</mrk> <mrk mtype='seg' mid='s3'/></target>
                </trans-unit>""");
        List<UnitPart> parts = u.parts();
        assertEquals(List.of("s1", "i1", "s2", "i2", "s3"), parts.stream().map(UnitPart::id).toList());
        assertTrue(parts.get(1) instanceof Ignorable);
        assertEquals(" ", parts.get(1).source().plainText());
        assertEquals("  ", parts.get(3).source().plainText());
        Segment s1 = (Segment) parts.get(0);
        Segment s2 = (Segment) parts.get(2);
        Segment s3 = (Segment) parts.get(4);
        assertEquals("One.", s1.source().plainText());
        assertEquals(Optional.of(Content.of("Eins.")), s1.target());
        assertEquals(Optional.of(Content.of("Zwei.")), s2.target());
        assertEquals(SegmentState.TRANSLATED, s1.state());
        assertEquals(Optional.empty(), s3.target(), "an empty target marker is no target");
        assertEquals(SegmentState.INITIAL, s3.state());
        assertEquals("One. Two.  Three.", u.source().plainText());
    }

    @Test
    void segmentMarkersInsideACodeLeaveTheCodeInIgnorables() {
        Unit u = unit("<trans-unit id='1'><source><g id='b'>A. B.</g></source><seg-source><g id='b'>"
                + "<mrk mtype='seg' mid='1'>A.</mrk> <mrk mtype='seg' mid='2'>B.</mrk></g></seg-source></trans-unit>");
        assertEquals(List.of("i1", "1", "i2", "2", "i3"), u.parts().stream().map(UnitPart::id).toList());
        assertEquals(List.of(new Tag(TagKind.OPEN, "b", "", "")), u.parts().get(0).source().parts());
        assertEquals(List.of(new Tag(TagKind.CLOSE, "b", "", "")), u.parts().get(4).source().parts());
    }

    @Test
    void withoutSegSourceOneSegmentWithIdOne() {
        Segment s = only(unit("<trans-unit id='7'><source>Hello</source><target>Hallo</target></trans-unit>"));
        assertEquals("1", s.id());
        assertEquals("Hello", s.source().plainText());
        assertEquals(Optional.of(Content.of("Hallo")), s.target());
        assertEquals(SegmentState.TRANSLATED, s.state(), "a target with text and no state is translated");
    }

    @ParameterizedTest
    @CsvSource({
            "new, no, INITIAL",
            "needs-translation, no, INITIAL",
            "needs-adaptation, no, INITIAL",
            "needs-l10n, no, INITIAL",
            "needs-review-translation, no, TRANSLATED",
            "needs-review-l10n, no, TRANSLATED",
            "translated, no, TRANSLATED",
            "translated, yes, REVIEWED",
            "signed-off, no, REVIEWED",
            "final, no, FINAL",
            "final, yes, FINAL",
            "x-custom, no, TRANSLATED",
            "new, yes, REVIEWED",
    })
    void states(String state, String approved, SegmentState expected) {
        Segment s = only(unit("<trans-unit id='1' approved='" + approved + "'><source>a</source>"
                + "<target state='" + state + "' state-qualifier='exact-match'>b</target></trans-unit>"));
        assertEquals(expected, s.state());
    }

    @Test
    void noTargetOrEmptyTargetIsInitialEvenWhenApproved() {
        assertEquals(SegmentState.INITIAL, only(unit("<trans-unit id='1' approved='yes'><source>a</source></trans-unit>")).state());
        Segment empty = only(unit("<trans-unit id='1'><source>a</source><target state='final'></target></trans-unit>"));
        assertEquals(SegmentState.INITIAL, empty.state());
        assertEquals(Optional.empty(), empty.target());
    }

    @Test
    void unitAttributes() {
        Document d = doc("""
                <trans-unit id='c1' resname='figure-3' restype='x-caption'><source>Cap</source></trans-unit>
                <trans-unit id='t1' restype='x-title' translate='no'><source>Title</source></trans-unit>
                <trans-unit id='b1' restype='caption'><source>Dialog caption</source></trans-unit>
                <trans-unit id='b2' restype='x-unknown'><source>Other</source></trans-unit>""");
        Unit caption = d.units().get(0);
        assertEquals(Role.CAPTION, caption.role());
        assertEquals("figure-3", caption.origin());
        assertTrue(caption.translate());
        Unit title = d.units().get(1);
        assertEquals(Role.TITLE, title.role());
        assertEquals("t1", title.origin(), "origin defaults to the id");
        assertFalse(title.translate());
        assertEquals(Role.BODY, d.units().get(2).role(), "a plain XLIFF restype is a UI resource type, not a role");
        assertEquals(Role.BODY, d.units().get(3).role());
    }

    @Test
    void groupsAreFlattenedInOrderAndBinUnitsSkipped() {
        Document d = doc("""
                <trans-unit id='1'><source>a</source></trans-unit>
                <group id='g1'><trans-unit id='2'><source>b</source></trans-unit>
                  <group id='g2'><trans-unit id='3'><source>c</source></trans-unit></group>
                  <bin-unit id='bin' mime-type='image/png'><bin-source><external-file href='x.png'/></bin-source></bin-unit>
                  <trans-unit id='4'><source>d</source></trans-unit></group>
                <trans-unit id='5'><source>e</source></trans-unit>""");
        assertEquals(List.of("1", "2", "3", "4", "5"), d.units().stream().map(Unit::id).toList());
    }

    @Test
    void fileAttributes() {
        List<Document> docs = read("""
                <xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2' xmlns:glossa='urn:glossa:xliff:1.0'>
                <file original='C:\\Users\\me\\Article.docx' source-language='en-us' target-language='DE' datatype='x-docx'><body/></file>
                <file original='/home/me/notes.md' source-language='EN' datatype='plaintext' glossa:format='markdown'><body/></file>
                <file original='page.html' source-language='zh_hant_tw' datatype='html'><body/></file>
                <file original='x.bin' source-language='en' datatype='x-whatever'><body/></file>
                </xliff>""");
        assertEquals(4, docs.size());
        assertEquals("Article.docx", docs.get(0).name());
        assertEquals("en-US", docs.get(0).sourceLanguage());
        assertEquals(Optional.of("de"), docs.get(0).targetLanguage());
        assertEquals(Format.DOCX, docs.get(0).format());
        assertEquals("notes.md", docs.get(1).name());
        assertEquals("en", docs.get(1).sourceLanguage());
        assertEquals(Optional.empty(), docs.get(1).targetLanguage());
        assertEquals(Format.MARKDOWN, docs.get(1).format(), "glossa:format wins over datatype");
        assertEquals("zh-Hant-TW", docs.get(2).sourceLanguage());
        assertEquals(Format.HTML, docs.get(2).format());
        assertEquals(Format.UNKNOWN, docs.get(3).format());
        assertTrue(docs.get(0).original().isEmpty());
    }

    @Test
    void internalFileBase64IsTheOriginal() {
        byte[] bytes = "Grüße\n".getBytes(StandardCharsets.ISO_8859_1);
        String b64 = Base64.getMimeEncoder().encodeToString(bytes);
        List<Document> docs = read("<xliff version='1.2' xmlns='" + NS + "' xmlns:glossa='urn:glossa:xliff:1.0'>"
                + "<file original='a.txt' source-language='en' datatype='plaintext' glossa:encoding='ISO-8859-1'>"
                + "<header><skl><internal-file form='base64'>\n" + b64 + "\n</internal-file></skl></header>"
                + "<body><trans-unit id='1'><source>Grüße</source></trans-unit></body></file>"
                + "<file original='b.txt' source-language='en'><header><skl><internal-file form='text'>x</internal-file>"
                + "</skl></header><body/></file>"
                + "<file original='c.txt' source-language='en'><header><skl><external-file href='c.skl'/></skl>"
                + "</header><body/></file></xliff>");
        assertArrayEquals(bytes, docs.get(0).original().orElseThrow().bytes());
        assertEquals("ISO-8859-1", docs.get(0).original().orElseThrow().encoding());
        assertEquals(1, docs.get(0).units().size());
        assertTrue(docs.get(1).original().isEmpty(), "only base64 internal files are originals");
        assertTrue(docs.get(2).original().isEmpty());
    }

    @Test
    void internalFileEncodingDefaultsToUtf8() {
        List<Document> docs = read("<xliff version='1.2' xmlns='" + NS + "'><file original='a' source-language='en'>"
                + "<header><skl><internal-file form='base64'>SGk=</internal-file></skl></header><body/></file></xliff>");
        assertEquals("UTF-8", docs.get(0).original().orElseThrow().encoding());
        assertArrayEquals("Hi".getBytes(StandardCharsets.UTF_8), docs.get(0).original().orElseThrow().bytes());
    }

    @Test
    void inlineCodes() {
        Segment s = only(unit("<trans-unit id='1'><source>"
                + "<g id='1' ctype='bold'>B</g><x id='2' ctype='lb'/>"
                + "<bx id='3' rid='r1'/>L<ex id='4' rid='r1'/>"
                + "<bpt id='5' ctype='italic'>&lt;i&gt;</bpt>I<ept id='5'>&lt;/i&gt;</ept>"
                + "<ph id='6'>&lt;img alt=\"<sub>Alt text</sub>\"/&gt;</ph>"
                + "<it id='7' pos='open'>&lt;u&gt;</it>U"
                + "<mrk mtype='term'>term</mrk><mrk mtype='protected'>keep</mrk>"
                + "</source></trans-unit>"));
        List<Inline> expected = List.of(
                new Tag(TagKind.OPEN, "1", "bold", ""), new Inline.Text("B"), new Tag(TagKind.CLOSE, "1", "bold", ""),
                new Tag(TagKind.STANDALONE, "2", "lb", ""),
                new Tag(TagKind.OPEN, "r1", "", ""), new Inline.Text("L"), new Tag(TagKind.CLOSE, "r1", "", ""),
                new Tag(TagKind.OPEN, "5", "italic", "<i>"), new Inline.Text("I"), new Tag(TagKind.CLOSE, "5", "", "</i>"),
                new Tag(TagKind.STANDALONE, "6", "", "<img alt=\"\"/>"),
                new Tag(TagKind.OPEN, "7", "", "<u>"), new Inline.Text("Utermkeep"));
        assertEquals(expected, s.source().parts());
    }

    @Test
    void bxAndExWithoutRidPairById() {
        Segment s = only(unit("<trans-unit id='1'><source><bx id='1'/>a<ex id='1'/></source></trans-unit>"));
        assertEquals(List.of(new Tag(TagKind.OPEN, "1", "", ""), new Inline.Text("a"), new Tag(TagKind.CLOSE, "1", "", "")),
                s.source().parts());
    }

    @Test
    void whitespaceAndCdataAreKeptAsInTheFile() {
        Segment s = only(unit("<trans-unit id='1'><source xml:space='default'>  two  spaces\n"
                + "<![CDATA[<b>]]> &amp; &#x20AC;</source></trans-unit>"));
        assertEquals("  two  spaces\n<b> & €", s.source().plainText());
    }

    @Test
    void extensionsAltTransNotesAndContextAreSkipped() {
        List<Document> docs = read("""
                <xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2' xmlns:sdl='http://sdl.com/FileTypes/SdlXliff/1.0'
                       xmlns:mq='MQXliff' sdl:version='1.0'>
                <file original='a' source-language='en' target-language='de'><header><sdl:file-info><sdl:value key='k'>META</sdl:value></sdl:file-info>
                <note>header note</note></header><body>
                <group><sdl:cxts><sdl:cxt id='1'/></sdl:cxts><context-group><context context-type='x'>CTX</context></context-group>
                <trans-unit id='1' mq:status='Confirmed'><source mq:segpart='1'>Src <sdl:ext>EXT</sdl:ext>text</source>
                <target>Ziel</target>
                <alt-trans match-quality='80'><source>Alt src</source><target>ALT TARGET</target></alt-trans>
                <note>NOTE</note><prop-group><prop prop-type='p'>PROP</prop></prop-group>
                <sdl:seg-defs><sdl:seg id='1' conf='Translated'>SEGDEF</sdl:seg></sdl:seg-defs>
                </trans-unit></group></body></file></xliff>""");
        Unit u = docs.get(0).units().get(0);
        assertEquals("Src text", u.source().plainText());
        assertEquals(Optional.of(Content.of("Ziel")), u.segments().get(0).target());
    }

    @Test
    void alternativeNamespacesAndPrefixes() {
        String body = "<body><trans-unit id='1'><source>a</source><target>b</target></trans-unit></body>";
        for (String root : List.of(
                "<xliff version='1.1' xmlns='urn:oasis:names:tc:xliff:document:1.1'>",
                "<xliff version='1.0'>")) {
            List<Document> docs = read(root + "<file original='f' source-language='en' datatype='plaintext'>" + body
                    + "</file></xliff>");
            assertEquals("b", docs.get(0).segments().get(0).target().orElseThrow().plainText(), root);
        }
        List<Document> prefixed = read("<x:xliff version='1.2' xmlns:x='" + NS + "'><x:file original='f'"
                + " source-language='en'><x:body><x:trans-unit id='1'><x:source>a</x:source></x:trans-unit>"
                + "</x:body></x:file></x:xliff>");
        assertEquals(1, prefixed.get(0).units().size());
    }

    @Test
    void missingIdsAreNumbered() {
        Document d = doc("<trans-unit><source>a <x/></source></trans-unit><trans-unit><source>b</source></trans-unit>");
        assertEquals(List.of("u1", "u2"), d.units().stream().map(Unit::id).toList());
        assertEquals(TagKind.STANDALONE, d.units().get(0).source().tags().get(0).kind());
    }

    @Test
    void notXliff1IsRejected() {
        InputException two = assertThrows(InputException.class, () -> read(
                "<xliff version='2.0' xmlns='urn:oasis:names:tc:xliff:document:2.0' srcLang='en'><file id='f'/></xliff>"));
        assertTrue(two.getMessage().contains("not an XLIFF 1.x document"), two.getMessage());
        assertEquals("test.xlf", two.file());
        assertTrue(two.location().isPresent());
        assertThrows(InputException.class, () -> read("<tmx version='1.4'><header/><body/></tmx>"));
        assertThrows(InputException.class, () -> read("<xliff version='2.0'/>"));
        assertThrows(InputException.class, () -> read(""));
    }

    @Test
    void fileWithoutSourceLanguageOrUnitWithoutSourceIsRejected() {
        InputException e = assertThrows(InputException.class, () -> read(
                "<xliff version='1.2' xmlns='" + NS + "'><file original='f'><body/></file></xliff>"));
        assertTrue(e.getMessage().contains("source-language"));
        InputException noSource = assertThrows(InputException.class, () -> doc("<trans-unit id='9'><target>x</target></trans-unit>"));
        assertTrue(noSource.getMessage().contains("without <source>"), noSource.getMessage());
        assertTrue(noSource.location().isPresent());
    }

    @Test
    void malformedXmlGivesLineAndColumn() {
        InputException e = assertThrows(InputException.class, () -> read(
                "<xliff version='1.2' xmlns='" + NS + "'>\n<file original='f' source-language='en'>\n<body>\n"
                        + "<trans-unit id='1'><source>a</target></trans-unit></body></file></xliff>"));
        assertEquals("test.xlf", e.file());
        assertEquals(4, e.location().orElseThrow()[0]);
        assertTrue(e.location().orElseThrow()[1] > 0);
        assertTrue(e.describe().startsWith("test.xlf:4:"), e.describe());
    }

    @Test
    void badBase64IsRejected() {
        InputException e = assertThrows(InputException.class, () -> read("<xliff version='1.2' xmlns='" + NS + "'>"
                + "<file original='a' source-language='en'><header><skl><internal-file form='base64'>SG!k"
                + "</internal-file></skl></header><body/></file></xliff>"));
        assertTrue(e.getMessage().contains("base64"), e.getMessage());
    }

    @Test
    void entityExpansionBombIsRefusedQuickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE xliff [<!ENTITY a0 'boom'>");
        for (int i = 1; i <= 12; i++) {
            String p = "&a" + (i - 1) + ";";
            dtd.append("<!ENTITY a").append(i).append(" '").append(p.repeat(10)).append("'>");
        }
        dtd.append("]>");
        String xml = dtd + "<xliff version='1.2' xmlns='" + NS + "'><file original='f' source-language='en'><body>"
                + "<trans-unit id='1'><source>&a12;</source></trans-unit></body></file></xliff>";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            InputException e = assertThrows(InputException.class, () -> read(xml));
            assertTrue(e.location().isPresent(), e.describe());
        });
    }

    @Test
    void externalEntityIsRefused() {
        String xml = "<!DOCTYPE xliff [<!ENTITY ext SYSTEM 'file:///etc/passwd'>]>"
                + "<xliff version='1.2' xmlns='" + NS + "'><file original='f' source-language='en'><body>"
                + "<trans-unit id='1'><source>&ext;</source></trans-unit></body></file></xliff>";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            InputException e = assertThrows(InputException.class, () -> read(xml));
            assertFalse(e.getMessage().contains("root:"), e.getMessage());
        });
    }

    @Test
    void externalDtdIsNotFetched() {
        // a DOCTYPE naming a DTD (WorldServer and SDL files have one) is read without loading it
        String xml = "<!DOCTYPE xliff PUBLIC '-//XLIFF//DTD XLIFF//EN' 'http://glossa.invalid/xliff.dtd'>"
                + "<xliff version='1.0'><file original='f' source-language='en'><body>"
                + "<trans-unit id='1'><source>a</source></trans-unit></body></file></xliff>";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(1, read(xml).get(0).units().size()));
    }

    @Test
    void languageNormalisation() {
        assertEquals("en-US", Xliff12Values.language("en-us"));
        assertEquals("en", Xliff12Values.language("EN"));
        assertEquals("pt-BR", Xliff12Values.language("pt_br"));
        assertEquals("sr-Latn-RS", Xliff12Values.language("SR-LATN-rs"));
        assertEquals("es-419", Xliff12Values.language("ES-419"));
        assertEquals("de-CH-x-phonebk", Xliff12Values.language("de-ch-x-Phonebk"));
    }
}
