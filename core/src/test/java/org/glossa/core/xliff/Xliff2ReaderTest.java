package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Xliff2ReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""
            + " xmlns:glossa=\"urn:glossa:xliff:1.0\" version=\"2.1\" srcLang=\"en\" trgLang=\"de\">\n";

    private static List<Document> read(String xml) {
        return Xliff2Reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xlf");
    }

    @Test
    void readsSegmentsIgnorablesStatesRolesAndOrigin() {
        List<Document> docs = read(HEAD + """
                <file id="f1" original="C:\\\\docs/article.html" glossa:format="html">
                 <unit id="u1" name="p-7" type="glossa:caption">
                  <segment id="s1" state="translated"><source>Hello.</source><target>Hallo.</target></segment>
                  <ignorable id="i1"><source> </source></ignorable>
                  <segment id="s2"><source>World.</source></segment>
                 </unit>
                 <unit id="u2" translate="no"><segment state="final"><source>x</source><target>x</target></segment></unit>
                </file></xliff>""");
        assertEquals(1, docs.size());
        Document d = docs.get(0);
        assertEquals("article.html", d.name());
        assertEquals(Format.HTML, d.format());
        assertEquals("en", d.sourceLanguage());
        assertEquals("de", d.targetLanguage().orElseThrow());
        assertTrue(d.original().isEmpty());
        Unit u1 = d.units().get(0);
        assertEquals(Role.CAPTION, u1.role());
        assertEquals("p-7", u1.origin());
        assertTrue(u1.translate());
        assertEquals(3, u1.parts().size());
        Segment s1 = (Segment) u1.parts().get(0);
        assertEquals(SegmentState.TRANSLATED, s1.state());
        assertEquals("Hello.", s1.source().plainText());
        assertEquals("Hallo.", s1.target().orElseThrow().plainText());
        assertEquals(new Ignorable("i1", Content.of(" ")), u1.parts().get(1));
        Segment s2 = (Segment) u1.parts().get(2);
        assertEquals(SegmentState.INITIAL, s2.state());
        assertTrue(s2.target().isEmpty());
        Unit u2 = d.units().get(1);
        assertFalse(u2.translate());
        assertEquals(Role.BODY, u2.role());
        assertEquals("u2", u2.origin());
        assertEquals(SegmentState.FINAL, u2.segments().get(0).state());
        assertEquals("s1", u2.segments().get(0).id());
    }

    @Test
    void readsInlineCodesWithOriginalData() {
        Document d = read(HEAD + """
                <file id="f1"><unit id="u1">
                 <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;</data></originalData>
                 <segment id="s1"><source>A <pc id="c1" type="fmt" subType="xlf:b" dataRefStart="d1" dataRefEnd="d2">bold</pc><ph id="c2" dataRef="d3"/>\
                 <sc id="c3" type="link"/>x<ec startRef="c3" type="link"/> <mrk id="m1" type="term">term</mrk><sm id="m2" type="generic"/>y<em startRef="m2"/><cp hex="0001"/></source></segment>
                </unit></file></xliff>""").get(0);
        List<Inline> parts = d.units().get(0).segments().get(0).source().parts();
        assertEquals(List.of(
                new Inline.Text("A "),
                new Inline.Tag(TagKind.OPEN, "c1", "bold", "<b>"),
                new Inline.Text("bold"),
                new Inline.Tag(TagKind.CLOSE, "c1", "bold", "</b>"),
                new Inline.Tag(TagKind.STANDALONE, "c2", "", "<br/>"),
                new Inline.Text(" "),
                new Inline.Tag(TagKind.OPEN, "c3", "link", ""),
                new Inline.Text("x"),
                new Inline.Tag(TagKind.CLOSE, "c3", "link", ""),
                new Inline.Text(" termy\u0001")), parts);
    }

    @Test
    void decodesEmbeddedOriginalFromSkeleton() {
        byte[] bytes = "<p>Grüße</p>".getBytes(StandardCharsets.ISO_8859_1);
        String b64 = Base64.getMimeEncoder().encodeToString(bytes);
        Document d = read(HEAD + "<file id=\"f1\" original=\"a.html\" glossa:format=\"html\" glossa:encoding=\"ISO-8859-1\">"
                + "<skeleton>" + b64 + "</skeleton><unit id=\"u1\"><segment><source>Grüße</source></segment></unit></file></xliff>").get(0);
        assertArrayEquals(bytes, d.original().orElseThrow().bytes());
        assertEquals("ISO-8859-1", d.original().orElseThrow().encoding());
    }

    @Test
    void aSkeletonWithAnythingButBase64AndWhiteSpaceIsRejectedWhereItIs() {
        byte[] original = new byte[100];
        for (int i = 0; i < original.length; i++) original[i] = (byte) (i * 37 + 250);
        String ok = Base64.getMimeEncoder().encodeToString(original) + "\n\t "; // lines end in \r\n
        assertTrue(ok.contains("+") && ok.contains("/") && ok.contains("\r\n") && ok.contains("="), ok);
        Document d = read(HEAD + "<file id=\"f1\" glossa:format=\"html\"><skeleton>" + ok
                + "</skeleton><unit id=\"u1\"><segment><source>a</source></segment></unit></file></xliff>").get(0);
        assertArrayEquals(original, d.original().orElseThrow().bytes());
        for (String bad : List.of("PHA+R3L8-t+PC9wPg==", "PHA+\u00a0R3L8", "PHA_", "PHA+R3L8\u2003", "Pg==.")) {
            InputException e = rejected("<file id=\"f1\" glossa:format=\"html\">\n<skeleton>" + bad
                    + "</skeleton><unit id=\"u1\"><segment><source>a</source></segment></unit></file></xliff>");
            assertTrue(e.getMessage().contains("skeleton is not base64"), e.getMessage());
            assertTrue(e.describe().matches("(?s).*:4(:\\d+)?: <skeleton>: skeleton is not base64"), "the skeleton's line: " + e.describe());
        }
    }

    /** The loop that checks a skeleton's characters agrees with the regular expression it replaced on every char. */
    @Test
    void base64CharactersAreThoseOfTheRegularExpression() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile("[A-Za-z0-9+/=\\s]*");
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = "QUJD" + c + "RA==";
            assertEquals(regex.matcher(s).matches(), Xliff2Documents.base64Characters(s), "U+" + Integer.toHexString(c));
        }
        assertTrue(Xliff2Documents.base64Characters(""));
    }

    @Test
    void skeletonWithHrefIsNotAnOriginal() {
        Document d = read(HEAD + "<file id=\"f1\" glossa:format=\"text\"><skeleton href=\"x.skl\"/>"
                + "<unit id=\"u1\"><segment><source>a</source></segment></unit></file></xliff>").get(0);
        assertTrue(d.original().isEmpty());
        assertEquals("f1", d.name());
        assertEquals(Format.TEXT, d.format());
    }

    @Test
    void flattensGroupsInDocumentOrder() {
        Document d = read(HEAD + """
                <file id="f1">
                 <unit id="a"><segment><source>1</source></segment></unit>
                 <group id="g1" translate="no"><unit id="b"><segment><source>2</source></segment></unit>
                  <group id="g2"><unit id="c" translate="yes"><segment><source>3</source></segment></unit></group></group>
                 <unit id="d"><segment><source>4</source></segment></unit>
                </file></xliff>""").get(0);
        assertEquals(List.of("a", "b", "c", "d"), d.units().stream().map(Unit::id).toList());
        assertEquals(List.of(true, false, true, true), d.units().stream().map(Unit::translate).toList());
    }

    @Test
    void oneDocumentPerFileAndUnknownFormat() {
        List<Document> docs = read(HEAD + "<file id=\"f1\"><unit id=\"u\"><segment><source>a</source></segment></unit></file>"
                + "<file id=\"f2\" original=\"b.txt\"><unit id=\"u\"><segment><source>b</source></segment></unit></file></xliff>");
        assertEquals(List.of("f1", "b.txt"), docs.stream().map(Document::name).toList());
        assertEquals(Format.UNKNOWN, docs.get(1).format());
    }

    @Test
    void skipsNotesModulesAndExtensions() {
        Document d = read(HEAD.replace("trgLang=\"de\">", "trgLang=\"de\" xmlns:mtc=\"urn:oasis:names:tc:xliff:matches:2.0\" xmlns:my=\"urn:x\">") + """
                <file id="f1"><my:thing id="t"><my:deep/></my:thing><notes><note id="n1">hi</note></notes>
                 <unit id="u1"><mtc:matches><mtc:match ref="#s1"><source>a</source><target>b</target></mtc:match></mtc:matches>
                  <notes><note>x</note></notes><segment id="s1"><source>text</source></segment></unit></file></xliff>""").get(0);
        assertEquals("text", d.units().get(0).source().plainText());
    }

    private static InputException rejected(String body) {
        return assertThrows(InputException.class, () -> read(HEAD + body));
    }

    /** subFlows and change-tracking refs may point to units further down: they are checked when the file ends. */
    @Test
    void forwardReferencesToLaterUnits() {
        String ctr = HEAD.replace("trgLang=\"de\">", "trgLang=\"de\" xmlns:ctr=\"urn:oasis:names:tc:xliff:changetracking:2.0\">");
        String file = """
                <file id="f1">
                <ctr:changeTrack><ctr:revisions appliesTo="unit" ref="u2"><ctr:revision>\
                <ctr:item property="PROPERTY">x</ctr:item></ctr:revision></ctr:revisions></ctr:changeTrack>
                <unit id="u1"><segment><source>a<ph id="p1" subFlows="SUBFLOW"/></source></segment></unit>
                <group id="g"><unit id="u2" name="second"><segment><source>b</source></segment></unit></group>
                </file></xliff>""";
        Document d = read(ctr + file.replace("PROPERTY", "name").replace("SUBFLOW", "u2")).get(0);
        assertEquals(List.of("u1", "u2"), d.units().stream().map(Unit::id).toList());

        InputException subFlow = assertThrows(InputException.class,
                () -> read(ctr + file.replace("PROPERTY", "name").replace("SUBFLOW", "u3")));
        assertTrue(subFlow.describe().startsWith("t.xlf:5:"), subFlow.describe());
        assertTrue(subFlow.getMessage().contains("subFlows 'u3' is not a unit of the file"), subFlow.getMessage());

        InputException property = assertThrows(InputException.class,
                () -> read(ctr + file.replace("PROPERTY", "type").replace("SUBFLOW", "u2")));
        assertTrue(property.describe().startsWith("t.xlf:4:"), property.describe());
        assertTrue(property.getMessage().contains("property 'type' is neither content nor an attribute of the <unit>"),
                property.getMessage());

        InputException nowhere = assertThrows(InputException.class,
                () -> read(ctr + file.replace("ref=\"u2\"", "ref=\"u9\"").replace("PROPERTY", "name").replace("SUBFLOW", "u2")));
        assertTrue(nowhere.describe().startsWith("t.xlf:4:"), nowhere.describe());
        assertTrue(nowhere.getMessage().contains("ref 'u9' points to no element of the enclosing file"), nowhere.getMessage());
    }

    @Test
    void childrenOfFileAndGroupKeepTheirOrderAcrossUnits() {
        InputException notes = rejected("<file id=\"f1\"><unit id=\"u1\"><segment><source>a</source></segment></unit>\n"
                + "<notes><note>late</note></notes></file></xliff>");
        assertTrue(notes.describe().startsWith("t.xlf:4:"), notes.describe());
        assertTrue(notes.getMessage().contains("element <notes> not expected here in <file>"), notes.getMessage());

        InputException skeleton = rejected("<file id=\"f1\"><notes><note>n</note></notes><skeleton href=\"x\"/>"
                + "<unit id=\"u1\"><segment><source>a</source></segment></unit></file></xliff>");
        assertTrue(skeleton.getMessage().contains("element <skeleton> not expected here in <file>"), skeleton.getMessage());

        InputException inGroup = rejected("<file id=\"f1\"><group id=\"g\"><unit id=\"u1\"><segment><source>a</source>"
                + "</segment></unit><originalData><data id=\"d\">x</data></originalData></group></file></xliff>");
        assertTrue(inGroup.getMessage().contains("element <originalData> not expected here in <group>"), inGroup.getMessage());
    }

    @Test
    void textBetweenUnitsAndFilesWithoutUnitsAreRejected() {
        InputException text = rejected("<file id=\"f1\"><unit id=\"u1\"><segment><source>a</source></segment></unit>\n"
                + "stray<unit id=\"u2\"><segment><source>b</source></segment></unit></file></xliff>");
        assertTrue(text.getMessage().contains("text not allowed in <file>"), text.getMessage());

        InputException empty = rejected("<file id=\"f1\"><group id=\"g\"/></file><file id=\"f2\"></file></xliff>");
        assertTrue(empty.getMessage().contains("<file>: a <file> needs at least one <unit> or <group>"), empty.getMessage());

        InputException duplicate = rejected("<file id=\"f1\"><unit id=\"u\"><segment><source>a</source></segment></unit>"
                + "<group id=\"g\"><unit id=\"u\"><segment><source>b</source></segment></unit></group></file></xliff>");
        assertTrue(duplicate.getMessage().contains("duplicate unit id 'u'"), duplicate.getMessage());
    }

    @Test
    void refusesDtdAndEntityExpansion() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE xliff [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\"><file id=\"f\">"
                + "<unit id=\"u\"><segment><source>&b;</source></segment></unit></file></xliff>";
        InputException e = assertThrows(InputException.class, () -> read(bomb));
        assertEquals("t.xlf", e.file());
        String external = "<?xml version=\"1.0\"?><!DOCTYPE xliff SYSTEM \"http://example.invalid/x.dtd\">"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"en\"/>";
        assertThrows(InputException.class, () -> read(external));
    }

    @Test
    void malformedXmlGivesLineAndColumn() {
        InputException e = assertThrows(InputException.class,
                () -> read(HEAD + "<file id=\"f1\">\n<unit id=\"u\"><segment><source>a</sorce></segment></unit></file></xliff>"));
        assertTrue(e.location().isPresent(), e.describe());
        assertEquals(4, e.location().get()[0], e.describe());
        assertTrue(e.describe().startsWith("t.xlf:4:"), e.describe());
    }

    @Test
    void invalidInputNamesFileAndPlace() {
        InputException e = assertThrows(InputException.class, () -> read(HEAD
                + "<file id=\"f1\">\n<unit id=\"u\"><segment state=\"done\"><source>a</source></segment></unit></file></xliff>"));
        assertTrue(e.describe().startsWith("t.xlf:4:"), e.describe());
        assertTrue(e.getMessage().contains("state"), e.getMessage());
    }

    @Test
    void rejectsXliff12() {
        assertThrows(InputException.class, () -> read("<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"/>"));
    }

    static List<Path> otherTools() {
        return Interop.xlf("omegat/src/test/resources/data/filters/xliff/filters4-xliff2");
    }

    /**
     * Files from other tools that break a processing requirement, with the reason. ex.9.5.xlf is the XLIFF 2.0
     * specification's example 9.5 as OmegaT keeps it: it has a target but no trgLang (XLIFF 2 core 4.2.1.1 requires
     * trgLang when targets exist; the suite's bad_NoTrgLang.xlf checks exactly that), so it is rejected.
     */
    private static final java.util.Map<String, String> OTHER_TOOLS_INVALID = java.util.Map.of("ex.9.5.xlf", "no trgLang");

    @ParameterizedTest
    @MethodSource("otherTools")
    void readsXliff2FromOtherTools(Path file) {
        String name = file.getFileName().toString();
        if (OTHER_TOOLS_INVALID.containsKey(name)) {
            InputException e = assertThrows(InputException.class, () -> Xliff2Reader.read(file));
            assertTrue(e.getMessage().contains(OTHER_TOOLS_INVALID.get(name)), e.describe());
            return;
        }
        List<Document> docs = Xliff2Reader.read(file);
        assertFalse(docs.isEmpty());
        assertTrue(docs.stream().flatMap(d -> d.segments().stream()).anyMatch(s -> !s.source().isEmpty()), file.toString());
    }

    @Test
    void otherToolsMaterialPresent() {
        Interop.require("omegat/src/test/resources/data/filters/xliff/filters4-xliff2");
        assertEquals(2, otherTools().size());
    }
}
