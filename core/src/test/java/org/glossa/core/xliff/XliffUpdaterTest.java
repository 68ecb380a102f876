package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link XliffUpdater} on small files whose every byte the tests know: what changes, and what does not. */
class XliffUpdaterTest {
    private static final String TWO_FILES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- made by another tool -->
            <?tool keep="me"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:x="urn:example:x">
             <file original="a.txt" source-language="en" target-language="de" datatype="plaintext">
              <body><trans-unit id="1"><source>One</source><target state="translated">Eins</target></trans-unit></body>
             </file>
             <file original="b.txt" source-language="en" target-language="de" datatype="plaintext">
              <header><x:tool x:keep="yes"/></header>
              <body>
               <group id="g"><trans-unit id="7" x:ext="1"><source>Two  <x id="1"/></source>
                <note>a note</note></trans-unit></group>
              </body>
             </file>
            </xliff>
            """;

    static byte[] update(String xml, Charset cs, UnaryOperator<List<Document>> edit) {
        byte[] bytes = xml.getBytes(cs);
        return XliffUpdater.apply(bytes, "t.xlf", edit.apply(XliffUpdaterInteropTest.read(bytes, "t.xlf")));
    }

    /** The documents with segment {@code seg} of unit {@code unit} of document {@code file} changed. */
    static UnaryOperator<List<Document>> set(int file, int unit, String seg, Content target, SegmentState state) {
        return docs -> {
            List<Document> out = new ArrayList<>(docs);
            Document d = docs.get(file);
            Segment s = d.units().get(unit).segments().stream().filter(x -> x.id().equals(seg)).findFirst().orElseThrow();
            out.set(file, XliffUpdaterInteropTest.withSegment(d, unit, s.withTarget(target, state)));
            return out;
        };
    }

    @Test
    void aTargetIsAddedToTheSecondFileAndEverythingElseStays() {
        Content zwei = new Content(List.of(new Inline.Text("Zwei & drei  "), new Inline.Tag(Inline.TagKind.STANDALONE, "1", "", "")));
        String out = new String(update(TWO_FILES, StandardCharsets.UTF_8, set(1, 0, "1", zwei, SegmentState.TRANSLATED)),
                StandardCharsets.UTF_8);
        assertEquals(TWO_FILES.replace("<source>Two  <x id=\"1\"/></source>",
                "<source>Two  <x id=\"1\"/></source><target state=\"translated\">Zwei &amp; drei  <x id=\"1\"/></target>"), out);
    }

    @Test
    void onlyTheChangedTargetsTextChangesWhenTheStateStays() {
        String out = new String(update(TWO_FILES, StandardCharsets.UTF_8, set(0, 0, "1", Content.of("Ein <1>"), SegmentState.TRANSLATED)),
                StandardCharsets.UTF_8);
        assertEquals(TWO_FILES.replace(">Eins<", ">Ein &lt;1&gt;<"), out);
    }

    @Test
    void nothingChangedIsTheSameBytes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.xlf");
        Files.writeString(f, TWO_FILES);
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        assertFalse(XliffUpdater.save(f, XliffReader.read(f)));
        assertEquals(1_000_000, Files.getLastModifiedTime(f).toMillis(), "not written");
    }

    @Test
    void saveWritesTheFileInPlaceAndKeepsOnlyIt(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.xlf");
        Files.writeString(f, TWO_FILES);
        List<Document> docs = set(0, 0, "1", Content.of("Eins!"), SegmentState.FINAL).apply(XliffReader.read(f));
        assertTrue(XliffUpdater.save(f, docs));
        assertEquals(TWO_FILES.replace("<target state=\"translated\">Eins</target>", "<target state=\"final\">Eins!</target>"),
                Files.readString(f));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(f), s.toList(), "no temporary file left");
        }
    }

    private static final String TRADOS = """
            <?xml version="1.0" encoding="utf-8"?><xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2" \
            xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.doc" source-language="en" target-language="de" \
            datatype="x-sdlfilterframework2"><body><trans-unit id="u1"><source>A <g id="5">bold</g> move. Next.</source>\
            <seg-source><mrk mtype="seg" mid="1">A <g id="5">bold</g> move.</mrk> <mrk mtype="seg" mid="2">Next.</mrk></seg-source>\
            <target><mrk mtype="seg" mid="1"/> <mrk mtype="seg" mid="2">Weiter.</mrk></target>\
            <sdl:seg-defs><sdl:seg id="1" conf="Draft"/><sdl:seg id="2" conf="Translated"/></sdl:seg-defs></trans-unit></body></file></xliff>""";

    /** Trados keeps the state in sdl:seg conf and writes no target state, which reads as translated: it stays away. */
    @Test
    void tradosSegmentsKeepTheirCodesAndConfirmation() {
        Segment s1 = XliffUpdaterInteropTest.read(TRADOS.getBytes(StandardCharsets.UTF_8), "t").get(0).units().get(0).segments().get(0);
        List<Inline> parts = new ArrayList<>(s1.source().parts());
        parts.set(0, new Inline.Text("Ein "));
        parts.set(2, new Inline.Text("mutiger"));
        parts.set(4, new Inline.Text(" Schritt."));
        String out = new String(update(TRADOS, StandardCharsets.UTF_8, set(0, 0, "1", new Content(parts), SegmentState.TRANSLATED)),
                StandardCharsets.UTF_8);
        assertEquals(TRADOS.replace("<target><mrk mtype=\"seg\" mid=\"1\"/>",
                        "<target><mrk mtype=\"seg\" mid=\"1\">Ein <g id=\"5\">mutiger</g> Schritt.</mrk>")
                .replace("<sdl:seg id=\"1\" conf=\"Draft\"/>", "<sdl:seg id=\"1\" conf=\"Translated\"/>"), out);
    }

    @Test
    void aSegmentedUnitWithoutTargetGetsOneShapedLikeItsSegSource() {
        String xml = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en"                 target-language="de" datatype="plaintext"><body><trans-unit id="1"><source>One. <x id="1"/>Two.</source>                <seg-source><mrk mtype="seg" mid="1">One.</mrk> <x id="1"/><mrk mtype="seg" mid="2">Two.</mrk></seg-source>                <note>n</note></trans-unit></body></file></xliff>""";
        String out = new String(update(xml, StandardCharsets.UTF_8, set(0, 0, "2", Content.of("Zwei."), SegmentState.TRANSLATED)),
                StandardCharsets.UTF_8);
        assertEquals(xml.replace("</seg-source>", "</seg-source><target state=\"translated\"><mrk mtype=\"seg\" mid=\"1\"></mrk> "
                + "<x id=\"1\"/><mrk mtype=\"seg\" mid=\"2\">Zwei.</mrk></target>"), out);
    }

    @Test
    void codesThatNoLongerNestBecomeBeginAndEndCodes() {
        String xml = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" \
                datatype="html"><body><trans-unit id="1"><source><g id="1" ctype="bold">a <g id="2">b</g></g> c</source>\
                </trans-unit></body></file></xliff>""";
        Content src = XliffUpdaterInteropTest.read(xml.getBytes(StandardCharsets.UTF_8), "t").get(0).units().get(0).segments().get(0).source();
        List<Inline.Tag> t = src.tags(); // open1 open2 close2 close1
        Content crossed = new Content(List.of(t.get(0), new Inline.Text("A "), t.get(1), new Inline.Text("B"), t.get(3),
                new Inline.Text("C"), t.get(2)));
        String out = new String(update(xml, StandardCharsets.UTF_8, set(0, 0, "1", crossed, SegmentState.TRANSLATED)),
                StandardCharsets.UTF_8);
        assertTrue(out.contains("<target state=\"translated\"><bx id=\"1\"/>A <g id=\"2\">B<ex id=\"1\"/>C</g></target>"), out);
    }

    @Test
    void memoqStatusFollowsTheState() {
        String xml = """
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file original="a" \
                source-language="en" datatype="plaintext"><body><trans-unit id="1" mq:status="NotStarted" mq:segmentguid="g">\
                <source>Hello</source><target></target></trans-unit></body></file></xliff>""";
        String out = new String(update(xml, StandardCharsets.UTF_8, set(0, 0, "1", Content.of("Hallo"), SegmentState.TRANSLATED)),
                StandardCharsets.UTF_8);
        assertEquals(xml.replace("mq:status=\"NotStarted\"", "mq:status=\"ManuallyConfirmed\"")
                .replace("<target></target>", "<target>Hallo</target>"), out);
    }

    private static final String V2 = """
            <?xml version="1.0"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
             <file id="f1"><unit id="u1">
              <segment><source xml:space="preserve">Hi  there</source></segment>
              <segment id="s2" state="initial"><source>Bye</source></segment>
             </unit></file>
            </xliff>
            """;

    @Test
    void xliff2AddsTargetAndTargetLanguageAndSetsTheSegmentState() {
        String out = new String(update(V2, StandardCharsets.UTF_8, docs -> {
            List<Document> d = set(0, 0, "s1", Content.of("Hallo  da"), SegmentState.TRANSLATED).apply(docs);
            d = set(0, 0, "s2", Content.of("Tschüss"), SegmentState.FINAL).apply(d);
            return List.of(d.get(0).withTargetLanguage("de"));
        }), StandardCharsets.UTF_8);
        assertEquals(V2.replace("srcLang=\"en\">", "srcLang=\"en\" trgLang=\"de\">")
                .replace("<segment><source xml:space=\"preserve\">Hi  there</source></segment>",
                        "<segment state=\"translated\"><source xml:space=\"preserve\">Hi  there</source>"
                                + "<target xml:space=\"preserve\">Hallo  da</target></segment>")
                .replace("<segment id=\"s2\" state=\"initial\"><source>Bye</source>",
                        "<segment id=\"s2\" state=\"final\"><source>Bye</source><target>Tschüss</target>"), out);
    }

    @Test
    void anEmptyTargetElsewhereStaysAsWritten() {
        String xml = V2.replace("srcLang=\"en\">", "srcLang=\"en\" trgLang=\"de\">")
                .replace("<source>Bye</source>", "<source>Bye</source><target/>");
        String out = new String(update(xml, StandardCharsets.UTF_8, set(0, 0, "s1", Content.of("Hallo"), SegmentState.TRANSLATED)),
                StandardCharsets.UTF_8);
        assertEquals(xml.replace("<segment><source xml:space=\"preserve\">Hi  there</source>",
                "<segment state=\"translated\"><source xml:space=\"preserve\">Hi  there</source>"
                        + "<target xml:space=\"preserve\">Hallo</target>"), out);
    }

    @Test
    void xliff2WithoutTargetLanguageIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> update(V2, StandardCharsets.UTF_8, set(0, 0, "s1", Content.of("Hallo"), SegmentState.TRANSLATED)));
        assertTrue(e.getMessage().contains("no target language"), e.getMessage());
    }

    @Test
    void charactersTheEncodingCannotHoldBecomeReferences() {
        String xml = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" \
                target-language="de" datatype="plaintext"><body><trans-unit id="1"><source>Price: é</source>\
                <target state="translated">Preis</target></trans-unit></body></file></xliff>""";
        byte[] out = update(xml, StandardCharsets.ISO_8859_1, set(0, 0, "1", Content.of("Preis: 5 € é"), SegmentState.TRANSLATED));
        assertArrayEquals(xml.replace(">Preis<", ">Preis: 5 &#x20AC; é<").getBytes(StandardCharsets.ISO_8859_1), out);
        assertEquals("Preis: 5 € é", XliffUpdaterInteropTest.read(out, "t").get(0).units().get(0).segments().get(0)
                .target().orElseThrow().plainText());
    }

    @Test
    void utf16WithByteOrderMarkStaysUtf16() {
        String xml = "\uFEFF" + TWO_FILES.replace("UTF-8", "UTF-16");
        byte[] out = update(xml, StandardCharsets.UTF_16LE, set(0, 0, "1", Content.of("Eins ✓"), SegmentState.TRANSLATED));
        assertArrayEquals(xml.replace(">Eins<", ">Eins ✓<").getBytes(StandardCharsets.UTF_16LE), out);
    }

    @Test
    void aSegmentWithoutAPlaceInTheTargetIsRefusedAndNamed() {
        String xml = TRADOS.replace(" <mrk mtype=\"seg\" mid=\"2\">Weiter.</mrk></target>", "</target>");
        InputException e = assertThrows(InputException.class,
                () -> update(xml, StandardCharsets.UTF_8, set(0, 0, "2", Content.of("Weiter!"), SegmentState.TRANSLATED)));
        assertTrue(e.describe().startsWith("t.xlf:1:"), e.describe());
        assertTrue(e.getMessage().contains("mid=\"2\""), e.getMessage());
    }

    @Test
    void xmlCharactersXliff12CannotHoldAreRefused() {
        InputException e = assertThrows(InputException.class,
                () -> update(TWO_FILES, StandardCharsets.UTF_8, set(0, 0, "1", Content.of("bell \u0007"), SegmentState.TRANSLATED)));
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
    }
}
