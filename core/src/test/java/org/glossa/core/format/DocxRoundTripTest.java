package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Role;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A DOCX made in the test through extract → XLIFF → read → merge, checked by extracting the result again. */
class DocxRoundTripTest {
    private static final String NAME = "eu-nato.docx";

    static byte[] article() {
        return new Docx()
                .text("Title", "EU and NATO sign joint call for cooperation")
                .paragraph(null, Docx.run("NATO and the EU have played ", false), Docx.run("key roles", true),
                        Docx.run(" since Russia's invasion of Ukraine.", false))
                .text("Caption", "The leaders signed the declaration in Brussels")
                .text("Heading1", "A new level of partnership")
                .text(null, "The declaration is the third of its kind. It names Russia as the main threat.")
                .text(null, "Short line")
                .bytes();
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void untranslatedDocxReopensWithTheSameParagraphs(XliffVersion version) throws IOException {
        Document before = RoundTrip.extract(article(), NAME);
        byte[] merged = RoundTrip.merge(RoundTrip.throughXliff(before, version));

        assertTrue(entries(merged).contains("word/document.xml"), "a DOCX package: " + entries(merged));
        Document after = RoundTrip.extract(merged, NAME);
        assertEquals(Format.DOCX, after.format());
        assertEquals(texts(before), texts(after));
        assertEquals(before.units().stream().map(Unit::role).toList(), after.units().stream().map(Unit::role).toList());
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void translatedTextAppearsInTheMergedDocx(XliffVersion version) {
        Document read = RoundTrip.throughXliff(RoundTrip.extract(article(), NAME), version);
        Map<String, String> german = Map.of(
                "EU and NATO sign joint call for cooperation", "EU und NATO rufen gemeinsam zur Zusammenarbeit auf",
                "NATO and the EU have played ", "NATO und die EU spielen ",
                "key roles", "Schlüsselrollen",
                " since Russia's invasion of Ukraine.", " seit Russlands Einmarsch in die Ukraine.",
                "A new level of partnership", "Eine neue Stufe der Partnerschaft");
        Document translated = RoundTrip.translate(read, u -> german.containsKey(u.segments().get(0).source().parts().stream()
                        .filter(p -> p instanceof Inline.Text).map(p -> ((Inline.Text) p).value()).findFirst().orElse("")),
                s -> RoundTrip.mapText(s.source(), german::get));

        Document after = RoundTrip.extract(RoundTrip.merge(translated), NAME);

        assertEquals(List.of(
                "EU und NATO rufen gemeinsam zur Zusammenarbeit auf",
                "NATO und die EU spielen {c1}Schlüsselrollen{/c1} seit Russlands Einmarsch in die Ukraine.",
                "The leaders signed the declaration in Brussels",
                "Eine neue Stufe der Partnerschaft",
                "The declaration is the third of its kind. It names Russia as the main threat.",
                "Short line"), texts(after));
        Content bold = RoundTrip.unitWith(after, "Schlüsselrollen").source();
        assertTrue(bold.tags().get(0).type().contains("bold"), "the bold run stays bold: " + bold.tags());
    }

    @Test
    void paragraphStylesGiveRoles() {
        Document doc = RoundTrip.extract(article(), NAME);
        assertEquals(Role.TITLE, RoundTrip.unitWith(doc, "EU and NATO sign joint call").role(), RoundTrip.describe(doc));
        assertEquals(Role.HEADING, RoundTrip.unitWith(doc, "A new level of partnership").role());
        assertEquals(Role.CAPTION, RoundTrip.unitWith(doc, "The leaders signed").role());
        assertEquals(Role.BODY, RoundTrip.unitWith(doc, "The declaration is the third").role());
        assertEquals(Role.BODY, RoundTrip.unitWith(doc, "Short line").role(), "a short Normal paragraph is no heading");
    }

    @Test
    void stylesAreReadFromTheParagraphNotGuessedFromTheText() {
        // the text alone would make this a title (first short line) and this a body paragraph
        byte[] docx = new Docx().text("Caption", "Photo of the summit").text("Heading1", "Why the declaration matters.").bytes();
        Document doc = RoundTrip.extract(docx, NAME);
        assertEquals(Role.CAPTION, RoundTrip.unitWith(doc, "Photo of the summit").role(), RoundTrip.describe(doc));
        assertEquals(Role.HEADING, RoundTrip.unitWith(doc, "Why the declaration matters.").role());
    }

    private static List<String> texts(Document doc) {
        return doc.units().stream().map(u -> u.source().toString()).toList();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            List<String> names = new java.util.ArrayList<>();
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
            return names;
        }
    }
}
