package org.glossa.core.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.model.Document;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.Interop;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.glossa.core.xliff.XsdValidation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DW seed article: its structure and segments against golden files, and its XLIFF against the OASIS schemas.
 * Regenerate the golden files after an intended change with {@code -Dglossa.updateGolden=true} and review the diff.
 */
class SeedExtractionTest {
    static final Path SEED = Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static Document doc;

    @BeforeAll
    static void extract() {
        doc = new Extractor(new ExtractOptions("en", "de")).extract(SEED);
    }

    @Test
    void rolesOfTheSeed() {
        List<Unit> units = doc.units();
        Unit skip = units.get(0);
        assertAll(
                () -> assertEquals(Role.BOILERPLATE, skip.role()),
                () -> assertFalse(skip.translate(), "Skip-to links are not for translation"),
                () -> assertEquals(List.of("1. Skip to content", "2. Skip to main menu", "3. Skip to more DW sites"), texts(skip)),
                () -> assertEquals(Role.TITLE, units.get(1).role()),
                () -> assertEquals("EU and NATO sign joint call for cooperation amid Ukraine war", units.get(1).source().plainText()),
                () -> assertEquals(Role.DATELINE, units.get(2).role()),
                () -> assertEquals("January 10, 2023", units.get(2).source().plainText()),
                () -> assertEquals(Role.LEAD, units.get(3).role()),
                () -> assertEquals(Role.CAPTION, units.get(4).role()),
                () -> assertTrue(units.get(4).source().plainText().endsWith("to boost cooperation on Ukraine")),
                () -> assertEquals(Role.CREDIT, units.get(5).role()),
                () -> assertEquals("Image: Johanna Geron/REUTERS", units.get(5).source().plainText()),
                () -> assertEquals(units.get(4).origin(), units.get(5).origin(), "caption and credit come from one block"),
                () -> assertEquals(Role.BYLINE, units.get(units.size() - 1).role()),
                () -> assertTrue(units.get(units.size() - 1).source().plainText().startsWith("Roshni Majumdar")),
                () -> assertEquals(3, units.stream().filter(u -> u.role() == Role.HEADING).count()),
                () -> assertTrue(units.stream().anyMatch(u -> u.role() == Role.BYLINE
                        && u.source().plainText().equals("Edited by: Rebecca Staudenmaier"))));
    }

    @Test
    void sentencesBreakWhereTheyShouldAndOnlyThere() {
        List<String> all = doc.segments().stream().map(s -> s.source().plainText()).toList();
        assertTrue(all.contains("\"Putin wanted to take Ukraine in a few days and divide us."),
                "break after 'last February.' followed by a non-breaking space");
        assertTrue(all.contains("On both counts, he failed,\" Stoltenberg said."));
        assertTrue(all.stream().noneMatch(s -> s.equals("Image:") || s.equals("Edited by:")), "labels stay with their names");
        // whitespace and non-breaking spaces are kept exactly: sources joined give back every paragraph
        String text = Files.exists(SEED) ? read(SEED) : "";
        for (Unit u : doc.units()) {
            if (u.role() != Role.CREDIT) assertTrue(text.contains(u.source().plainText()), u.id());
        }
        assertTrue(doc.units().get(8).source().plainText().contains("2018,\u00A0 respectively.\u00A0"), "NBSP and double space kept");
    }

    @Test
    void segmentsMatchTheGoldenFile() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Unit u : doc.units()) {
            for (Segment s : u.segments()) {
                sb.append(u.id()).append('\t').append(u.role().id()).append('\t').append(u.translate() ? "yes" : "no")
                        .append('\t').append(s.id()).append('\t').append(s.source().plainText()).append('\n');
            }
        }
        golden("seed.segments.tsv", sb.toString());
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void xliffMatchesTheGoldenFileAndReadsBack(XliffVersion version) throws IOException {
        byte[] xlf = write(version);
        golden("seed." + version.label() + ".xlf", new String(xlf, StandardCharsets.UTF_8));
        Document back = XliffReader.read(new java.io.ByteArrayInputStream(xlf), "seed.xlf").get(0);
        assertEquals(doc.name(), back.name());
        assertEquals(doc.units().size(), back.units().size());
        for (int i = 0; i < doc.units().size(); i++) {
            Unit a = doc.units().get(i);
            Unit b = back.units().get(i);
            assertEquals(a.role(), b.role(), a.id());
            assertEquals(a.translate(), b.translate(), a.id());
            assertEquals(a.origin(), b.origin(), a.id());
            assertEquals(a.source(), b.source(), a.id());
            assertEquals(texts(a), texts(b), a.id());
        }
        assertEquals(doc.original(), back.original(), "the original travels inside the XLIFF");
    }

    @Test
    void xliff12IsValidAgainstTheStrictAndTransitionalSchemas() throws Exception {
        Path strict = Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-strict.xsd");
        Path transitional = Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-transitional.xsd");
        byte[] xlf = write(XliffVersion.V1_2);
        XsdValidation.validate(xlf, strict);
        XsdValidation.validate(xlf, transitional);
    }

    @Test
    void xliff21IsValidAgainstTheCoreSchema() throws Exception {
        Path core = Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd");
        XsdValidation.validate(write(XliffVersion.V2_1), core);
    }

    @Test
    void originalIsTheFileNameNotAPath() throws IOException {
        String xlf = new String(write(XliffVersion.V2_1), StandardCharsets.UTF_8);
        assertTrue(xlf.contains("original=\"dw-2023-01-10-eu-nato-joint-declaration.en.txt\""));
        assertFalse(xlf.contains(SEED.toAbsolutePath().getParent().toString()));
    }

    static byte[] write(XliffVersion v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XliffWriter.write(doc, v, out);
        return out.toByteArray();
    }

    static List<String> texts(Unit u) {
        return u.segments().stream().map(s -> s.source().plainText()).toList();
    }

    static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("glossa.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(file), "golden file " + file + " missing: run with -Dglossa.updateGolden=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from golden file " + file);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
