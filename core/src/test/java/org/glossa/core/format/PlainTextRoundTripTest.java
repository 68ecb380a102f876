package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Role;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Plain text survives extract → XLIFF → read → merge byte for byte, in every encoding and line-ending style. */
class PlainTextRoundTripTest {
    private static final Path SEED = Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** A text with what a byte-exact writer must keep: NBSPs, double spaces, trailing spaces, blank-line runs. */
    private static final String TRICKY = "Brussels\u00A0summit:  EU and NATO sign declaration  \n"
            + "\n\n"
            + "The café in the Berlaymont charged \u20AC4.50 for a coffee.  Officials called it \u201Cthe price of peace\u201D.\n"
            + "It was \u2018unusual\u2019, one said \u2014 and the line continued.   \n"
            + "\n"
            + "\u00A0\u00A0Last paragraph, indented with NBSPs and without a final newline.";

    record Sample(String name, byte[] bytes, String encoding, byte[] bom) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Sample> samples() {
        String seed = seedText();
        String crlf = seed.replace("\n", "\r\n");
        return List.of(
                new Sample("seed UTF-8", seed.getBytes(StandardCharsets.UTF_8), "UTF-8", new byte[0]),
                new Sample("seed UTF-8 BOM", withBom(UTF8_BOM, seed.getBytes(StandardCharsets.UTF_8)), "UTF-8", UTF8_BOM),
                new Sample("seed UTF-16LE BOM", withBom(UTF16LE_BOM, seed.getBytes(StandardCharsets.UTF_16LE)), "UTF-16LE", UTF16LE_BOM),
                new Sample("seed UTF-16BE BOM", withBom(UTF16BE_BOM, seed.getBytes(StandardCharsets.UTF_16BE)), "UTF-16BE", UTF16BE_BOM),
                new Sample("seed CRLF", crlf.getBytes(StandardCharsets.UTF_8), "UTF-8", new byte[0]),
                new Sample("tricky UTF-8", TRICKY.getBytes(StandardCharsets.UTF_8), "UTF-8", new byte[0]),
                new Sample("tricky windows-1252", TRICKY.getBytes(CP1252), "windows-1252", new byte[0]),
                new Sample("tricky windows-1252 CRLF", TRICKY.replace("\n", "\r\n").getBytes(CP1252), "windows-1252", new byte[0]),
                new Sample("tricky UTF-16LE BOM CRLF", withBom(UTF16LE_BOM, TRICKY.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE)),
                        "UTF-16LE", UTF16LE_BOM));
    }

    static Stream<Arguments> samplesAndVersions() {
        return samples().stream().flatMap(s -> Stream.of(XliffVersion.values()).map(v -> Arguments.of(s, v)));
    }

    @ParameterizedTest(name = "{0} via XLIFF {1}")
    @MethodSource("samplesAndVersions")
    void untranslatedRoundTripIsByteIdentical(Sample sample, XliffVersion version) {
        Document extracted = RoundTrip.extract(sample.bytes(), "article.txt");
        assertEquals(Format.TEXT, extracted.format());
        assertEquals(sample.encoding(), extracted.original().orElseThrow().encoding(), "detected encoding");
        assertTrue(extracted.units().size() >= 3, RoundTrip.describe(extracted));

        assertArrayEquals(sample.bytes(), RoundTrip.merge(RoundTrip.throughXliff(extracted, version)));
    }

    @ParameterizedTest(name = "{0} via XLIFF {1}")
    @MethodSource("samplesAndVersions")
    void translatedBlocksAreReplacedAndEverythingElseKept(Sample sample, XliffVersion version) {
        Document read = RoundTrip.throughXliff(RoundTrip.extract(sample.bytes(), "article.txt"), version);
        String expected = decode(sample);
        String original = expected;
        // blocks whose text occurs once, so the expected text can be made by replacing it
        List<Unit> units = read.units().stream().filter(Unit::translate)
                .filter(u -> occurrences(original, u.source().plainText()) == 1).toList();
        Set<String> chosen = Set.of(units.get(1).id(), units.get(units.size() - 1).id());
        Document translated = RoundTrip.translate(read, u -> chosen.contains(u.id()),
                s -> Content.of("«DE " + s.source().plainText() + " DE»"));

        for (Unit u : translated.units()) {
            if (chosen.contains(u.id())) expected = expected.replace(u.source().plainText(), u.targetOrSource().plainText());
        }
        byte[] merged = RoundTrip.merge(translated);
        assertArrayEquals(encode(sample, expected), merged);
        assertTrue(decode(new Sample("merged", merged, sample.encoding(), sample.bom())).contains("«DE "), "translations in place");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void blocksAreTheParagraphsWithoutTheirLineBreaks(Sample sample) {
        Document doc = RoundTrip.extract(sample.bytes(), "article.txt");
        for (Unit u : doc.units()) {
            String text = u.source().plainText();
            assertEquals(text.strip().isEmpty(), false, "no blank units");
            assertTrue(!text.endsWith("\n") && !text.endsWith("\r"), "line break kept out of " + u.id() + ": " + text);
        }
        assertTrue(doc.units().stream().noneMatch(u -> u.source().plainText().contains("\uFEFF")), "BOM is not text");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void seedHasItsArticleStructure(Sample sample) {
        if (!sample.name().startsWith("seed")) return;
        Document doc = RoundTrip.extract(sample.bytes(), "article.txt");
        Unit skip = RoundTrip.unitWith(doc, "Skip to content");
        assertEquals(Role.BOILERPLATE, skip.role());
        assertEquals(false, skip.translate());
        assertEquals(Role.TITLE, RoundTrip.unitWith(doc, "EU and NATO sign joint call for cooperation").role());
        assertEquals(Role.DATELINE, RoundTrip.unitWith(doc, "January 10, 2023").role());
    }

    private static String seedText() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("seed not found at " + SEED.toAbsolutePath(), e);
        }
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    private static String decode(Sample s) {
        byte[] b = s.bytes();
        return new String(b, s.bom().length, b.length - s.bom().length, Charset.forName(s.encoding()));
    }

    private static byte[] encode(Sample s, String text) {
        return withBom(s.bom(), text.getBytes(Charset.forName(s.encoding())));
    }

    private static int occurrences(String text, String part) {
        List<Integer> at = new ArrayList<>();
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) at.add(i);
        return at.size();
    }
}
