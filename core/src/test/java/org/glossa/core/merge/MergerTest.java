package org.glossa.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.format.RoundTrip;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergerTest {
    private static final String TEXT = "Title line\n\nFirst paragraph. It has two sentences.\n\nSecond paragraph.\n";

    @Test
    void onlyBlocksWithATranslatedSegmentAreReplaced() {
        Unit done = unit("u1", "p1", true, seg("s1", "One.", "Eins."), gap(), seg("s2", "Two.", null));
        Unit untouched = unit("u2", "p2", true, seg("s1", "Three.", null));
        Map<String, Content> t = Merger.translations(List.of(done, untouched));
        assertEquals(Map.of("p1", Content.of("Eins. Two.")), t, "a segment without target falls back to its source");
    }

    @Test
    void unitsSharingAnOriginAreJoinedInOrder() {
        Unit caption = unit("u1", "tu9", true, seg("s1", "The leaders in Brussels", "Die Spitzen in Brüssel"), gap());
        Unit credit = unit("u2", "tu9", true, seg("s1", "Image: REUTERS", null));
        assertEquals(Map.of("tu9", Content.of("Die Spitzen in Brüssel Image: REUTERS")),
                Merger.translations(List.of(caption, credit)));
    }

    @Test
    void aUnitNotForTranslationNeverContributesItsTarget() {
        Unit furniture = unit("u1", "nav", false, seg("s1", "Skip to content", "Zum Inhalt"));
        assertTrue(Merger.translations(List.of(furniture)).isEmpty());
    }

    @Test
    void textThroughXliffWithTranslations() {
        for (XliffVersion v : XliffVersion.values()) {
            Document read = RoundTrip.throughXliff(RoundTrip.extract(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt"), v);
            Document translated = RoundTrip.translate(read, u -> u.source().plainText().startsWith("First"),
                    s -> Content.of(s.source().plainText().startsWith("First") ? "Erster Absatz." : "Er hat zwei Sätze."));
            assertEquals("Title line\n\nErster Absatz. Er hat zwei Sätze.\n\nSecond paragraph.\n",
                    new String(RoundTrip.merge(translated), StandardCharsets.UTF_8), v.label());
        }
    }

    @Test
    void aTranslationTheOriginalEncodingCannotHoldIsAnError() {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] bytes = ("The café in the Berlaymont charged \u20AC4.50 for a coffee.\n\n"
                + "Officials called it \u201Cthe price of peace\u201D.\n").getBytes(cp1252);
        Document doc = RoundTrip.extract(bytes, "menu.txt");
        assertEquals("windows-1252", doc.original().orElseThrow().encoding());
        Document translated = RoundTrip.translate(doc, u -> true, s -> Content.of("咖啡"));
        InputException e = assertThrows(InputException.class, () -> RoundTrip.merge(translated));
        assertEquals("menu.txt", e.file());
        assertTrue(e.getMessage().contains("windows-1252"), e.getMessage());
    }

    @Test
    void noTargetLanguageIsAnInputError() {
        Document doc = RoundTrip.extract(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        Document noTarget = new Document(doc.name(), doc.format(), doc.sourceLanguage(), Optional.empty(), doc.units(),
                doc.original());
        InputException e = assertThrows(InputException.class, () -> Merger.merge(noTarget, Optional.empty(), new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("target language"), e.getMessage());
    }

    @Test
    void noOriginalIsAnInputErrorThatSaysWhatToDo() {
        Document doc = RoundTrip.extract(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        Document bare = new Document(doc.name(), doc.format(), doc.sourceLanguage(), doc.targetLanguage(), doc.units(),
                Optional.empty());
        InputException e = assertThrows(InputException.class, () -> Merger.merge(bare, Optional.empty(), new ByteArrayOutputStream()));
        assertEquals("a.txt", e.file());
        assertTrue(e.getMessage().contains("--original"), e.getMessage());
    }

    @Test
    void anUnknownFormatIsDetectedFromTheOriginalBesideTheXliff(@TempDir Path dir) throws IOException {
        Path original = dir.resolve("a.txt");
        Files.writeString(original, TEXT);
        Document doc = RoundTrip.extract(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        Document foreign = new Document("a.txt", Format.UNKNOWN, "en", Optional.of("de"),
                RoundTrip.translate(doc, u -> u.source().plainText().equals("Second paragraph."),
                        s -> Content.of("Zweiter Absatz.")).units(), Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Merger.merge(foreign, Optional.of(original), out);
        assertEquals(TEXT.replace("Second paragraph.", "Zweiter Absatz."), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mergeIntoWritesOnlyInsideTheOutputFolder(@TempDir Path dir) throws IOException {
        Document doc = RoundTrip.extract(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        Document sneaky = new Document("../../etc/a.txt", doc.format(), "en", doc.targetLanguage(), doc.units(), doc.original());
        Path written = Merger.mergeInto(sneaky, Optional.empty(), dir, ProtectedFiles.of(List.of()));
        assertEquals(dir.resolve("a.de.txt"), written);
        assertEquals(TEXT, Files.readString(written));
        assertThrows(InputException.class, () -> Merger.safeName("../"));
    }

    @Test
    void mergeIntoNeverWritesOverAnInputOrTheOriginal(@TempDir Path dir) throws IOException {
        Document doc = RoundTrip.extract(TEXT.getBytes(StandardCharsets.UTF_8), "a.txt");
        // the input happens to have the translated name, then a hard link and a symbolic link to it
        Path input = Files.writeString(dir.resolve("a.de.txt"), "precious");
        Path other = Files.createDirectories(dir.resolve("other"));
        Path hard = Files.createLink(other.resolve("a.de.txt"), input);
        Path links = Files.createDirectories(dir.resolve("links"));
        Files.createSymbolicLink(links.resolve("a.de.txt"), input);
        for (Path outDir : List.of(dir, other, links)) {
            InputException e = assertThrows(InputException.class,
                    () -> Merger.mergeInto(doc, Optional.empty(), outDir, ProtectedFiles.of(List.of(input))));
            assertTrue(e.getMessage().contains("never writes over its input"), e.getMessage());
            assertEquals(outDir.resolve("a.de.txt").toString(), e.file());
        }
        Path fresh = Files.createDirectories(dir.resolve("fresh"));
        InputException original = assertThrows(InputException.class, () -> Merger.mergeInto(doc,
                Optional.of(hard), fresh.resolve("../other"), ProtectedFiles.of(List.of())), "the original is protected too");
        assertTrue(original.getMessage().contains("refused"), original.getMessage());
        assertEquals("precious", Files.readString(input));
        assertEquals("precious", Files.readString(hard));
    }

    private static Unit unit(String id, String origin, boolean translate, org.glossa.core.model.UnitPart... parts) {
        return new Unit(id, Role.BODY, translate, origin, List.of(parts));
    }

    private static Segment seg(String id, String source, String target) {
        Segment s = new Segment(id, Content.of(source));
        return target == null ? s : s.withTarget(Content.of(target), SegmentState.TRANSLATED);
    }

    private static Ignorable gap() {
        return new Ignorable("i1", Content.of(" "));
    }
}
