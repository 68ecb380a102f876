package org.glossa.core.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxRoundTripTest {
    @TempDir
    Path dir;

    static Inline t(String s) {
        return new Inline.Text(s);
    }

    static Inline.Tag tag(TagKind k, String id, String type, String data) {
        return new Inline.Tag(k, id, type, data);
    }

    static Content content(Inline... parts) {
        return new Content(List.of(parts));
    }

    private List<TranslationUnit> roundTrip(TmxHeader header, List<TranslationUnit> units) throws IOException {
        Path file = dir.resolve("out.tmx");
        try (TmxWriter w = TmxWriter.open(file, header)) {
            for (TranslationUnit u : units) w.write(u);
        }
        List<TranslationUnit> back = new ArrayList<>();
        TmxHeader h = TmxReader.read(file, back::add);
        assertEquals(header, h);
        return back;
    }

    @Test
    void unitsComeBackEqualWithCodesDatesPropsNotesAndSupplementaryCharacters() throws IOException {
        Instant created = Instant.parse("2023-01-10T12:13:14Z");
        Instant changed = Instant.parse("2024-02-29T23:59:59Z");
        Content en = content(t("The "), tag(TagKind.OPEN, "1", "bold", "<b>"), t("big & <black>"),
                tag(TagKind.CLOSE, "1", "bold", "</b>"), t(" cat "), tag(TagKind.STANDALONE, "2", "image", "<img src=\"a&b.png\"/>"),
                t(" 𝐀𝐁𝐂 😀 \"quoted\" 'apos' ]]> tab\tend"));
        Content de = content(t("Die "), tag(TagKind.OPEN, "1", "bold", "<b>"), t("große schwarze"),
                tag(TagKind.CLOSE, "1", "bold", "</b>"), t(" Katze "), tag(TagKind.STANDALONE, "2", "image", "<img src=\"a&b.png\"/>"),
                t(" 𝐃𝐄𝐅 😀"));
        Variant ven = new Variant("EN-us", en, List.of(new Property("x-origin", "seed <1>")), List.of("a note"),
                Optional.of(created), Optional.of(changed), Optional.of("anna"), Optional.of("bert"));
        Variant vde = Variant.of("de-de", de);
        TranslationUnit u1 = new TranslationUnit("tu-1", 1, Optional.of("en-us"),
                List.of(new Property("file", "a.html"), new Property("x-empty", "")), List.of("first note", "second note"),
                Optional.of(created), Optional.of(changed), Optional.of("anna"), Optional.of("bert"), List.of(ven, vde));
        // isolated codes (an OPEN without CLOSE and a CLOSE without OPEN), nested and overlapping pairs
        Content isolated = content(tag(TagKind.CLOSE, "3", "italic", "</i>"), t("one "),
                tag(TagKind.OPEN, "4", "bold", "<b>"), tag(TagKind.OPEN, "5", "u", "<u>"), t("two"),
                tag(TagKind.CLOSE, "4", "bold", "</b>"), tag(TagKind.CLOSE, "5", "u", "</u>"),
                tag(TagKind.OPEN, "6", "link", "<a href='x'>"), t(" three"));
        TranslationUnit u2 = TranslationUnit.of("", List.of(Variant.of("fr-CA", isolated), Variant.of("en", Content.of("  spaced\n  lines\r\n  "))))
                .withPosition(2);
        TranslationUnit u3 = TranslationUnit.of("3", List.of(Variant.of("ja", Content.EMPTY))).withPosition(3);

        List<TranslationUnit> back = roundTrip(TmxHeader.glossa("en-US", "xml"), List.of(u1, u2, u3));

        assertEquals(List.of(u1, u2, u3), back);
        assertEquals("en-US", back.get(0).variants().get(0).language());
        assertEquals("de-DE", back.get(0).variants().get(1).language());
    }

    @Test
    void theWrittenFileIsTmx14Level2() throws IOException {
        Path file = dir.resolve("x.tmx");
        Content c = content(t("a"), tag(TagKind.OPEN, "1", "bold", "<b>"), t("b"), tag(TagKind.CLOSE, "1", "bold", "</b>"),
                tag(TagKind.OPEN, "2", "", "<i>"), tag(TagKind.STANDALONE, "3", "", "<br/>"), tag(TagKind.CLOSE, "9", "", "</u>"));
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en", "plaintext"))) {
            w.write(TranslationUnit.of("id1", List.of(Variant.of("en", c))));
        }
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">"), xml);
        assertTrue(xml.contains("<tmx version=\"1.4\">"), xml);
        assertTrue(xml.contains("creationtool=\"Glossa\""), xml);
        assertTrue(xml.contains("segtype=\"sentence\" o-tmf=\"Glossa\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\""), xml);
        assertTrue(xml.contains("<tuv xml:lang=\"en\">"), xml);
        assertTrue(xml.contains("<seg>a<bpt i=\"1\" x=\"1\" type=\"bold\">&lt;b></bpt>b<ept i=\"1\">&lt;/b></ept>"
                + "<it pos=\"begin\" x=\"2\">&lt;i></it><ph x=\"3\">&lt;br/></ph><it pos=\"end\" x=\"9\">&lt;/u></it></seg>"), xml);
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".part")), "temporary file left behind");
    }

    @Test
    void nonNumericOrDuplicateIdsAreRenumbered() throws IOException {
        Content c = content(tag(TagKind.OPEN, "b1", "bold", "<b>"), t("x"), tag(TagKind.CLOSE, "b1", "bold", "</b>"),
                tag(TagKind.STANDALONE, "07", "", "<br>"), tag(TagKind.STANDALONE, "2", "", "<hr>"), tag(TagKind.STANDALONE, "2", "", "<hr>"));
        List<TranslationUnit> back = roundTrip(TmxHeader.glossa("en", "plaintext"),
                List.of(TranslationUnit.of("", List.of(Variant.of("en", c)))));
        Content expected = content(tag(TagKind.OPEN, "1", "bold", "<b>"), t("x"), tag(TagKind.CLOSE, "1", "bold", "</b>"),
                tag(TagKind.STANDALONE, "2", "", "<br>"), tag(TagKind.STANDALONE, "3", "", "<hr>"), tag(TagKind.STANDALONE, "4", "", "<hr>"));
        assertEquals(expected, back.get(0).variants().get(0).content());
    }

    @Test
    void datesAreWrittenInWholeSecondsInBasicFormat() throws IOException {
        Instant precise = Instant.parse("2023-01-10T12:13:14.987654Z");
        TranslationUnit u = new TranslationUnit("", 0, Optional.empty(), List.of(), List.of(), Optional.of(precise),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(Variant.of("en", Content.of("x"))));
        List<TranslationUnit> back = roundTrip(TmxHeader.glossa("en", "plaintext"), List.of(u));
        assertEquals(Optional.of(Instant.parse("2023-01-10T12:13:14Z")), back.get(0).creationDate());
        assertTrue(Files.readString(dir.resolve("out.tmx")).contains("creationdate=\"20230110T121314Z\""));
    }

    @Test
    void charactersXmlCannotCarryAreRefusedAndTheTargetIsLeftUntouched() throws IOException {
        Path file = dir.resolve("keep.tmx");
        Files.writeString(file, "old");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> {
            try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en", "plaintext"))) {
                w.write(TranslationUnit.of("", List.of(Variant.of("en", Content.of("bell \u0007")))));
            }
        });
        assertTrue(e.getMessage().contains("U+0007"), e.getMessage());
        assertEquals("old", Files.readString(file));
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().endsWith(".part")));
    }

    @Test
    void abortLeavesTheTargetUntouched() throws IOException {
        Path file = dir.resolve("keep.tmx");
        Files.writeString(file, "old");
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en", "plaintext"))) {
            w.write(TranslationUnit.of("", List.of(Variant.of("en", Content.of("x")))));
            w.abort();
        }
        assertEquals("old", Files.readString(file));
    }

    @Test
    void languagesAreNormalised() {
        assertEquals("zh-Hant-TW", TmxHeader.glossa("ZH-HANT-tw", "plaintext").sourceLanguage());
        assertEquals(TmxHeader.ALL_LANGUAGES, TmxHeader.glossa("*ALL*", "plaintext").sourceLanguage());
    }

    @Test
    void tmxDates() {
        assertEquals(Optional.of(Instant.parse("2002-05-23T09:12:00Z")), TmxDates.parse("20020523T091200Z"));
        assertEquals(Optional.of(Instant.parse("2002-05-23T09:12:00Z")), TmxDates.parse("2002-05-23T09:12:00Z"));
        assertEquals(Optional.empty(), TmxDates.parse("23 May 2002"));
        assertEquals("20020523T091200Z", TmxDates.format(Instant.parse("2002-05-23T09:12:00.5Z")));
    }
}
