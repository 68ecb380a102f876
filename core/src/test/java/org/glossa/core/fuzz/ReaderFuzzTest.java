package org.glossa.core.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.glossa.core.InputException;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.xliff.XliffReader;

/**
 * Property-based fuzzing of the XLIFF, TMX and TBX readers (jqwik): whatever mutation of a valid document they
 * get, they return a result or throw an {@link InputException}, never another exception or error. Fixed seeds and
 * 300 tries per property keep the run deterministic and short; crashing inputs found this way are kept as
 * {@link Example}s at the end ({@code fuzz/} resources).
 */
class ReaderFuzzTest {
    private static final int TRIES = 300;

    static final String XLIFF_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:glossa="urn:glossa:xliff:1.0">
            <file original="a.txt" source-language="en" target-language="de" datatype="plaintext" glossa:format="text" glossa:encoding="UTF-8">
            <header><skl><internal-file form="base64">SGVsbG8gd29ybGQuIEJ5ZS4K</internal-file></skl></header>
            <body>
            <group id="g1"><trans-unit id="1" resname="p1" restype="x-title" approved="yes"><source>Hello <g id="1">world</g>.<x id="2"/></source>
            <seg-source><mrk mtype="seg" mid="1">Hello <g id="1">world</g>.</mrk> <mrk mtype="seg" mid="2">Bye.</mrk></seg-source>
            <target state="translated"><mrk mtype="seg" mid="1">Hallo <g id="1">Welt</g>.</mrk> <mrk mtype="seg" mid="2">Tschüss.</mrk></target>
            </trans-unit></group>
            <trans-unit id="2" translate="no"><source>A <bpt id="1">&lt;b&gt;</bpt>bold<ept id="1">&lt;/b&gt;</ept> <ph id="2">{0}</ph> <it id="3" pos="open">&lt;i&gt;</it><bx id="4"/><ex id="4"/></source>
            <target state="needs-review-translation">Ein <bpt id="1">&lt;b&gt;</bpt>fetter<ept id="1">&lt;/b&gt;</ept></target>
            <alt-trans><target>alt</target></alt-trans><note>n</note></trans-unit>
            </body>
            </file>
            </xliff>
            """;

    static final String XLIFF_2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:glossa="urn:glossa:xliff:1.0" \
            xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.1" srcLang="en" trgLang="de">
            <file id="f1" original="a/b.txt" glossa:format="text" glossa:encoding="UTF-8">
            <skeleton>SGVsbG8gd29ybGQuIEJ5ZS4K</skeleton>
            <group id="g1" translate="yes">
            <unit id="u1" type="glossa:title" name="p1">
            <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data><data id="d3">&lt;br/&gt;<cp hex="0001"/></data></originalData>
            <segment id="s1" state="translated"><source>Hello <pc id="1" dataRefStart="d1" dataRefEnd="d2">world</pc>.<ph id="2" dataRef="d3"/></source>
            <target>Hallo <pc id="1" dataRefStart="d1" dataRefEnd="d2">Welt</pc>.<ph id="2" dataRef="d3"/></target></segment>
            <ignorable><source> </source></ignorable>
            <segment state="final"><source><sc id="3" dataRef="d1"/>Bye<ec startRef="3" dataRef="d2"/> <mrk id="m1" translate="no">now</mrk><cp hex="FFFE"/>.</source>
            <target><sc id="3" dataRef="d1"/>Tschüss<ec startRef="3" dataRef="d2"/> <mrk id="m1" translate="no">now</mrk>.</target></segment>
            </unit>
            </group>
            <unit id="u2" translate="no"><segment><source>Fixed <sm id="a1"/>text<em startRef="a1"/></source></segment></unit>
            </file>
            </xliff>
            """;

    static final String TMX = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4"><header srclang="en" adminlang="en" segtype="sentence" datatype="plaintext" o-tmf="x" \
            creationtool="t" creationtoolversion="1" creationdate="20230110T120000Z"><prop type="x-domain">news</prop><note>h</note></header>
            <body>
            <tu tuid="1" srclang="en" creationdate="20230110T120000Z" changedate="20230111T120000Z" creationid="me">
            <prop type="x-file">a.txt</prop><note>unit note</note>
            <tuv xml:lang="en"><seg>Hello <bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept> <ph x="2">{0}</ph>.</seg></tuv>
            <tuv xml:lang="de-DE" creationdate="20230110T120000Z"><seg>Hallo <bpt i="1" x="1">&lt;b&gt;</bpt>Welt<ept i="1">&lt;/b&gt;</ept> <ph x="2">{0}</ph>.</seg></tuv>
            </tu>
            <tu><tuv lang="en"><seg>An <it pos="begin" x="3">&lt;i&gt;</it>old <hi type="x">1.1</hi> unit<ut>&lt;u/&gt;</ut> <ph>a<sub>sub</sub></ph></seg></tuv>
            <tuv xml:lang="fr"><seg>Une <it pos="end">&lt;/i&gt;</it>unité</seg></tuv></tu>
            </body></tmx>
            """;

    static final String TBX_2019 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic" style="dct" type="TBX-Basic" xml:lang="en">
            <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
            <text><body>
            <conceptEntry id="c1"><basic:subjectField>politics</basic:subjectField>
            <descrip type="definition">An alliance.</descrip><note>do not translate</note>
            <langSec xml:lang="en"><termSec><term>NATO</term><basic:partOfSpeech>noun</basic:partOfSpeech>
            <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus><note>case-sensitive</note></termSec>
            <termSec><term>North Atlantic <hi>Treaty</hi> Organization</term><termNote type="usageStatus">admitted</termNote></termSec></langSec>
            <langSec xml:lang="de-DE"><termSec><term>NATO</term><admin type="normativeAuthorization">deprecatedTerm</admin></termSec>
            <termSec><term/></termSec></langSec>
            </conceptEntry>
            </body></text></tbx>
            """;

    private static String resource(String path) {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the readers: a result or an InputException --------------------------------------------------------------

    /** What a reader made of the input: "read" or "refused: <message>". */
    @FunctionalInterface
    interface Reader {
        void read(byte[] bytes, String name) throws IOException;
    }

    /**
     * Reads and returns the outcome. An {@link InputException} is a clean refusal (it must name the file); any
     * other exception or error propagates and fails the property.
     */
    static String outcome(Reader reader, byte[] bytes, String name) {
        try {
            reader.read(bytes, name);
            return "read";
        } catch (InputException e) {
            if (!name.equals(e.file())) throw new AssertionError("the error names " + e.file() + ", not " + name, e);
            return "refused: " + e.getMessage();
        } catch (IOException e) {
            throw new UncheckedIOException("an IOException from a byte array", e);
        }
    }

    static String readXliff(byte[] bytes) {
        return outcome((b, n) -> XliffReader.read(new ByteArrayInputStream(b), n), bytes, "fuzz.xlf");
    }

    static String readTmx(byte[] bytes) {
        return outcome((b, n) -> {
            try (TmxReader r = TmxReader.open(new ByteArrayInputStream(b), n)) {
                r.units().forEach(tu -> tu.variants().forEach(v -> v.content().plainText()));
            }
        }, bytes, "fuzz.tmx");
    }

    static String readTbx(byte[] bytes) {
        return outcome(GlossaryReader::read, bytes, "fuzz.tbx");
    }

    // --- properties ----------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> xliff12() {
        return Mutants.of(List.of(XLIFF_12, XLIFF_12, resource("/golden/seed.1.2.xlf")), List.of("xliff version=\"1.2\"",
                "file original=\"x\" source-language=\"en\"", "header", "skl", "internal-file form=\"base64\"", "body",
                "group id=\"g\"", "trans-unit id=\"9\"", "trans-unit", "source", "target", "seg-source",
                "mrk mtype=\"seg\" mid=\"1\"", "mrk mtype=\"seg\"", "mrk", "g id=\"1\"", "x id=\"1\"", "bx id=\"1\"",
                "ex id=\"1\"", "ph id=\"1\"", "bpt id=\"1\"", "ept id=\"1\"", "it id=\"1\" pos=\"close\"", "sub",
                "alt-trans", "note", "bin-unit", "sdl:seg-defs xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\""));
    }

    @Provide
    Arbitrary<byte[]> xliff2() {
        return Mutants.of(List.of(XLIFF_2, XLIFF_2, resource("/golden/seed.2.1.xlf")), List.of("file id=\"f9\"", "file",
                "skeleton", "skeleton href=\"x\"", "group id=\"g9\"", "unit id=\"u9\"", "unit", "segment", "segment id=\"s1\"",
                "segment state=\"reviewed\"", "segment state=\"bogus\"", "ignorable", "source", "target", "originalData",
                "data id=\"d9\"", "data", "cp hex=\"D800\"", "cp hex=\"zz\"", "cp hex=\"110000\"", "cp", "ph id=\"9\"",
                "ph id=\"9\" dataRef=\"nope\"", "pc id=\"9\"", "pc", "sc id=\"9\"", "ec startRef=\"9\"", "ec id=\"9\" isolated=\"yes\"",
                "ec", "mrk id=\"m9\"", "sm id=\"a9\"", "em startRef=\"a9\"", "notes", "note", "mtc:matches",
                "mtc:match ref=\"#s1\"", "xliff version=\"2.1\" srcLang=\"en\""));
    }

    @Provide
    Arbitrary<byte[]> tmx() {
        return Mutants.of(List.of(TMX), List.of("tmx version=\"1.4\"", "header", "body", "tu", "tu tuid=\"x\"", "tuv",
                "tuv xml:lang=\"en\"", "tuv lang=\"\"", "seg", "bpt i=\"1\"", "bpt i=\"x\"", "ept i=\"1\"", "ept", "it pos=\"begin\"",
                "it pos=\"middle\"", "it", "ph", "ph x=\"-1\"", "hi", "sub", "ut", "prop type=\"a\"", "prop", "note",
                "tu creationdate=\"2023\"", "tuv changedate=\"20231301T250000Z\""));
    }

    @Provide
    Arbitrary<byte[]> tbx() {
        return Mutants.of(List.of(TBX_2019, resource("/glossary/nato-martif.tbx"), resource("/glossary/nato-dca.tbx"),
                resource("/glossary/nato-dct.tbx")), List.of("martif", "tbx", "text", "body", "termEntry", "termEntry id=\"\"",
                "conceptEntry id=\"c9\"", "langSet xml:lang=\"en\"", "langSet", "langSec xml:lang=\"x-\"", "langSec xml:lang=\"de\"",
                "tig", "ntig", "termSec", "term", "termNote type=\"partOfSpeech\"", "termNote", "descrip type=\"definition\"",
                "descrip type=\"subjectField\"", "admin type=\"administrativeStatus\"", "note", "hi",
                "basic:partOfSpeech xmlns:basic=\"http://www.tbxinfo.net/ns/basic\"", "transacGrp", "xref type=\"x\""));
    }

    @Property(tries = TRIES, seed = "20240801")
    void xliff12ReaderOnlyThrowsInputException(@ForAll("xliff12") byte[] doc) {
        Statistics.collect(readXliff(doc).startsWith("read") ? "read" : "refused");
    }

    @Property(tries = TRIES, seed = "20240802")
    void xliff2ReaderOnlyThrowsInputException(@ForAll("xliff2") byte[] doc) {
        Statistics.collect(readXliff(doc).startsWith("read") ? "read" : "refused");
    }

    @Property(tries = TRIES, seed = "20240803")
    void tmxReaderOnlyThrowsInputException(@ForAll("tmx") byte[] doc) {
        Statistics.collect(readTmx(doc).startsWith("read") ? "read" : "refused");
    }

    @Property(tries = TRIES, seed = "20240804")
    void tbxReaderOnlyThrowsInputException(@ForAll("tbx") byte[] doc) {
        Statistics.collect(readTbx(doc).startsWith("read") ? "read" : "refused");
    }

    @Example
    void seedsAreValid() {
        byte[][] seeds = {XLIFF_12.getBytes(StandardCharsets.UTF_8), XLIFF_2.getBytes(StandardCharsets.UTF_8),
                TMX.getBytes(StandardCharsets.UTF_8), TBX_2019.getBytes(StandardCharsets.UTF_8)};
        List<String> outcomes = List.of(readXliff(seeds[0]), readXliff(seeds[1]), readTmx(seeds[2]), readTbx(seeds[3]));
        if (!outcomes.equals(List.of("read", "read", "read", "read"))) throw new AssertionError(outcomes);
    }
}
