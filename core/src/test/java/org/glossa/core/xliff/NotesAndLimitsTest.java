package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.glossa.core.InputException;
import org.glossa.core.model.Document;
import org.glossa.core.model.Note;
import org.glossa.core.model.SizeLimit;
import org.glossa.core.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Notes and size limits (issue #18, comfort): read from XLIFF 1.2 ({@code note}, {@code maxwidth} in characters) and
 * XLIFF 2 ({@code notes}, the size-restriction module with its profiles), written by both writers (schema-valid),
 * and kept byte for byte by {@link XliffUpdater} except for the translator's own note, over every interop file that
 * has notes or limits.
 */
class NotesAndLimitsTest {

    private static List<Document> read(byte[] bytes, String name) {
        try {
            return XliffReader.read(new ByteArrayInputStream(bytes), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = NotesAndLimitsTest.class.getResourceAsStream("/notes-limits/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void xliff12NotesAndCharacterWidths() throws IOException {
        Document doc = read(resource("menu-12.xlf"), "menu-12.xlf").get(0);
        Unit save = doc.units().get(0);
        assertEquals(List.of(new Note("", "Menu item: the menu is 12 characters wide.", "developer", Note.AppliesTo.SOURCE, 2)),
                save.notes());
        assertEquals(List.of(SizeLimit.characters(12)), save.limits());
        assertEquals(List.of(), doc.units().get(1).limits(), "pixels are not counted in characters");
        assertEquals(List.of(new Note("", "Keep \"app\" informal.", "", Note.AppliesTo.GENERAL, 1)), doc.units().get(2).notes());
    }

    @Test
    void xliff2NotesAndRestrictionsInTheFilesProfiles() throws IOException {
        Document doc = read(resource("menu-21.xlf"), "menu-21.xlf").get(0);
        Unit save = doc.units().get(0);
        assertEquals(List.of(new Note("n1", "Menu item: 12 characters at most.", "developer", Note.AppliesTo.SOURCE, 2)),
                save.notes());
        assertEquals(List.of(new SizeLimit(SizeLimit.Measure.CHARACTERS, 12, SizeLimit.Normalization.NFC),
                new SizeLimit(SizeLimit.Measure.UTF16_BYTES, 30, SizeLimit.Normalization.NONE)), save.limits());
        assertEquals(List.of(), doc.units().get(1).limits(), "'5,*' is a minimum without a maximum");
    }

    @Test
    void limitsCountAsTheirProfileSays() {
        String cafe = "Cafe\u0301"; // e + combining acute: 5 code points, 4 after NFC
        assertEquals(5, SizeLimit.characters(10).size(cafe));
        assertEquals(4, new SizeLimit(SizeLimit.Measure.CHARACTERS, 10, SizeLimit.Normalization.NFC).size(cafe));
        assertEquals(6, new SizeLimit(SizeLimit.Measure.UTF8_BYTES, 10, SizeLimit.Normalization.NONE).size(cafe));
        assertEquals(10, new SizeLimit(SizeLimit.Measure.UTF16_BYTES, 10, SizeLimit.Normalization.NONE).size(cafe));
        assertEquals(20, new SizeLimit(SizeLimit.Measure.UTF32_BYTES, 10, SizeLimit.Normalization.NONE).size(cafe));
        assertEquals(2, SizeLimit.characters(1).size("😀a"), "a character outside the BMP is one code point");
    }

    @Test
    void ownNoteIsAddedEditedAndRemovedInAnXliff12File() throws IOException {
        byte[] original = resource("menu-12.xlf");
        List<Document> docs = read(original, "menu-12.xlf");
        byte[] added = XliffUpdater.apply(original, "menu-12.xlf", withOwnNote(docs, 0, "Speichern & schließen <kurz>"));
        String text = new String(added, StandardCharsets.UTF_8);
        assertTrue(text.contains("<note from=\"glossa-translator\">Speichern &amp; schließen &lt;kurz&gt;</note>\n"
                + "        <x-app:context>"), "after the last XLIFF element, before the extension: " + text);
        Unit save = read(added, "menu-12.xlf").get(0).units().get(0);
        assertEquals("developer", save.notes().get(0).author());
        assertEquals("Speichern & schließen <kurz>", save.ownNote().orElseThrow().text());
        assertEquals(List.of(SizeLimit.characters(12)), save.limits());

        byte[] edited = XliffUpdater.apply(added, "menu-12.xlf", withOwnNote(read(added, "x"), 0, "Kürzer"));
        assertEquals(text.replace("Speichern &amp; schließen &lt;kurz&gt;", "Kürzer"), new String(edited, StandardCharsets.UTF_8));
        byte[] removed = XliffUpdater.apply(edited, "menu-12.xlf", withOwnNote(read(edited, "x"), 0, ""));
        assertArrayEquals(original, removed, "adding and removing the own note gives the file back byte for byte");
    }

    @Test
    void ownNoteGetsANotesElementInAnXliff2UnitWithoutOne() throws IOException {
        byte[] original = resource("menu-21.xlf");
        List<Document> docs = read(original, "menu-21.xlf");
        byte[] added = XliffUpdater.apply(original, "menu-21.xlf", withOwnNote(docs, 1, "Nicht „App“"));
        String text = new String(added, StandardCharsets.UTF_8);
        assertTrue(text.contains("<unit id=\"about\" slr:sizeRestriction=\"5,*\">\n      <notes>\n"
                + "        <note category=\"glossa-translator\">Nicht „App“</note>\n      </notes>\n      <segment id=\"s1\">"), text);
        byte[] second = XliffUpdater.apply(added, "menu-21.xlf", withOwnNote(read(added, "x"), 0, "Auch hier"));
        assertTrue(new String(second, StandardCharsets.UTF_8).contains("Menu item: 12 characters at most.</note>\n"
                + "        <note category=\"glossa-translator\">Auch hier</note>\n      </notes>"));
        List<Document> back = read(second, "menu-21.xlf");
        byte[] removed = XliffUpdater.apply(second, "menu-21.xlf",
                withOwnNote(withOwnNote(back, 0, ""), 1, ""));
        assertArrayEquals(original, removed);
    }

    @Test
    void otherToolsNotesAreNotChanged() throws IOException {
        byte[] original = resource("menu-12.xlf");
        List<Document> docs = read(original, "menu-12.xlf");
        Unit save = docs.get(0).units().get(0);
        List<Document> edited = replaceUnit(docs, 0, save.withNotes(List.of(Note.own("mine"))));
        assertThrows(IllegalArgumentException.class, () -> XliffUpdater.apply(original, "menu-12.xlf", edited));
    }

    // --- the interop files with notes or limits ------------------------------------------------------------------

    static Stream<Arguments> interopFiles() throws IOException {
        Path root = Interop.root().orElseGet(() -> Interop.require("."));
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(NotesAndLimitsTest::isXliff).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(p);
                String name = p.getFileName().toString();
                List<Document> docs;
                try {
                    docs = read(bytes, name);
                } catch (InputException e) {
                    continue; // not read (the reader tests say which and why)
                }
                boolean has = docs.stream().flatMap(d -> d.units().stream())
                        .anyMatch(u -> !u.notes().isEmpty() || !u.limits().isEmpty());
                String text = new String(bytes, StandardCharsets.UTF_8);
                if (has || text.contains("maxwidth") || text.contains("sizeRestriction") || text.contains("storageRestriction")) {
                    out.add(Arguments.of(root.relativize(p).toString(), bytes));
                }
            }
        }
        for (String own : List.of("menu-12.xlf", "menu-21.xlf")) out.add(Arguments.of("notes-limits/" + own, resource(own)));
        return out.stream();
    }

    private static boolean isXliff(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !p.toString().contains("/invalid/") && (n.endsWith(".xlf") || n.endsWith(".xliff")
                || n.endsWith(".sdlxliff") || n.endsWith(".mqxliff"));
    }

    @Test
    void theInteropMaterialHasNotesAndLimits() throws IOException {
        List<Arguments> files = interopFiles().toList();
        long withNotes = files.stream().filter(a -> read((byte[]) a.get()[1], "x").stream()
                .flatMap(d -> d.units().stream()).anyMatch(u -> !u.notes().isEmpty())).count();
        long withLimitAttributes = files.stream().filter(a -> new String((byte[]) a.get()[1], StandardCharsets.UTF_8)
                .matches("(?s).*(maxwidth|sizeRestriction|storageRestriction)=.*")).count();
        // the interop files' limits are "*", "n,*" (no maximum) or pixels; menu-12/menu-21 have maxima
        assertTrue(withNotes >= 20, "files with unit notes: " + withNotes);
        assertTrue(withLimitAttributes >= 15, "files with limit attributes: " + withLimitAttributes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interopFiles")
    void writtenAndReadBackWithTheSameNotesAndLimits(String file, byte[] bytes) throws Exception {
        for (Document doc : read(bytes, file)) {
            for (XliffVersion version : XliffVersion.values()) {
                if (version == XliffVersion.V1_2 && !onlyXmlCharacters(doc)) continue; // <cp> content has no 1.2 form
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                XliffWriter.write(doc, version, out);
                byte[] xlf = out.toByteArray();
                if (version == XliffVersion.V1_2) {
                    XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-strict.xsd"));
                } else {
                    XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"),
                            Interop.require(XsdValidation.XLIFF21_DIR + "/size_restriction.xsd"));
                }
                Document back = read(xlf, file).get(0);
                for (int i = 0; i < doc.units().size(); i++) {
                    Unit u = doc.units().get(i);
                    Unit b = back.units().get(i);
                    if (version == XliffVersion.V1_2) {
                        assertEquals(u.notes().stream().map(n -> new Note("", n.text(), n.author(), n.appliesTo(), n.priority())).toList(),
                                b.notes(), file + " unit " + u.id() + " in 1.2 (which has no note ids)");
                        assertEquals(u.limits().stream().filter(l -> l.measure() == SizeLimit.Measure.CHARACTERS
                                        && l.normalization() == SizeLimit.Normalization.NONE).limit(1).toList(),
                                b.limits(), file + " unit " + u.id() + " in 1.2 (characters only)");
                    } else {
                        assertEquals(u.notes(), b.notes(), file + " unit " + u.id());
                        assertEquals(u.limits(), b.limits(), file + " unit " + u.id());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("interopFiles")
    void updatesKeepEveryNoteAndLimitAndTheOwnNoteComesAndGoes(String file, byte[] bytes) {
        List<Document> docs = read(bytes, file);
        int f = 0;
        while (f < docs.size() && docs.get(f).units().isEmpty()) f++;
        if (f == docs.size()) return; // no unit to annotate
        List<Document> edited = new ArrayList<>(docs);
        edited.set(f, docs.get(f).withUnits(replace(docs.get(f).units(), 0, docs.get(f).units().get(0).withOwnNote("Geprüft ✓"))));
        byte[] added = XliffUpdater.apply(bytes, file, edited);
        assertFalse(java.util.Arrays.equals(bytes, added));
        List<Document> back = read(added, file);
        for (int d = 0; d < docs.size(); d++) {
            for (int i = 0; i < docs.get(d).units().size(); i++) {
                Unit want = edited.get(d).units().get(i);
                Unit got = back.get(d).units().get(i);
                assertEquals(want.notes(), got.notes(), file + " unit " + want.id());
                assertEquals(want.limits(), got.limits(), file + " unit " + want.id());
                assertEquals(want.parts(), got.parts(), file + " unit " + want.id());
            }
        }
        List<Document> undone = new ArrayList<>(back);
        undone.set(f, back.get(f).withUnits(replace(back.get(f).units(), 0, back.get(f).units().get(0).withOwnNote(""))));
        assertArrayEquals(bytes, XliffUpdater.apply(added, file, undone), file + ": removing the note gives the file back");
    }

    private static boolean onlyXmlCharacters(Document doc) {
        return doc.units().stream().flatMap(u -> u.parts().stream())
                .flatMap(p -> Stream.concat(Stream.of(p.source()), p.target().stream()))
                .allMatch(c -> c.plainText().codePoints().allMatch(cp -> cp >= 0x20 || cp == 0x9 || cp == 0xA || cp == 0xD));
    }

    private static List<Document> withOwnNote(List<Document> docs, int unit, String text) {
        return replaceUnit(docs, unit, docs.get(0).units().get(unit).withOwnNote(text));
    }

    private static List<Document> replaceUnit(List<Document> docs, int unit, Unit u) {
        List<Document> out = new ArrayList<>(docs);
        out.set(0, docs.get(0).withUnits(replace(docs.get(0).units(), unit, u)));
        return out;
    }

    private static List<Unit> replace(List<Unit> units, int i, Unit u) {
        List<Unit> out = new ArrayList<>(units);
        out.set(i, u);
        return out;
    }
}
