package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Role;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Markdown through extract → XLIFF → read → merge. */
class MarkdownRoundTripTest {
    static final String ARTICLE = """
            # EU and NATO sign joint declaration

            NATO and the EU have played **key roles** since the invasion. See [the statement](https://www.nato.int/ "NATO").

            ## A new level of partnership

            The declaration is the third of its kind.

            ```
            nato.sign(declaration);
            ```

            - Russia is named the main threat
            - China is mentioned for the first time
            """;
    private static final String NAME = "eu-nato.md";

    private static Document extracted() {
        return RoundTrip.extract(ARTICLE.getBytes(StandardCharsets.UTF_8), NAME);
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void untranslatedRoundTripIsTextIdentical(XliffVersion version) {
        byte[] merged = RoundTrip.merge(RoundTrip.throughXliff(extracted(), version));
        assertEquals(ARTICLE, new String(merged, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(XliffVersion.class)
    void translationsAreMergedWithTheirMarkup(XliffVersion version) {
        Document read = RoundTrip.throughXliff(extracted(), version);
        Map<String, String> german = Map.of(
                "NATO and the EU have played ", "NATO und die EU spielen ",
                "key roles", "Schlüsselrollen",
                " since the invasion.", " seit der Invasion.",
                "See ", "Siehe ",
                "the statement", "die Erklärung",
                "NATO", "NATO",
                ".", ".",
                "A new level of partnership", "Eine neue Stufe der Partnerschaft");
        Document translated = RoundTrip.translate(read,
                u -> u.source().plainText().startsWith("NATO and") || u.source().plainText().startsWith("A new level"),
                s -> RoundTrip.mapText(s.source(), german::get));

        String merged = new String(RoundTrip.merge(translated), StandardCharsets.UTF_8);

        assertEquals(ARTICLE
                .replace("NATO and the EU have played **key roles** since the invasion. See [the statement](https://www.nato.int/ \"NATO\").",
                        "NATO und die EU spielen **Schlüsselrollen** seit der Invasion. Siehe [die Erklärung](https://www.nato.int/ \"NATO\").")
                .replace("## A new level of partnership", "## Eine neue Stufe der Partnerschaft"), merged);
    }

    @Test
    void headingsGiveRolesAndCodeIsNotExtracted() {
        Document doc = extracted();
        assertEquals(Format.MARKDOWN, doc.format());
        assertEquals(Role.TITLE, RoundTrip.unitWith(doc, "EU and NATO sign joint declaration").role(), RoundTrip.describe(doc));
        assertEquals(Role.HEADING, RoundTrip.unitWith(doc, "A new level of partnership").role());
        assertEquals(Role.BODY, RoundTrip.unitWith(doc, "The declaration is the third").role());
        assertEquals(Role.BODY, RoundTrip.unitWith(doc, "Russia is named the main threat").role(), "a list item is no heading");
        assertTrue(doc.units().stream().noneMatch(u -> u.source().plainText().contains("nato.sign")), RoundTrip.describe(doc));
        assertEquals(6, doc.units().size(), RoundTrip.describe(doc));
    }

    @Test
    void boldAndLinksAreTags() {
        Unit para = RoundTrip.unitWith(extracted(), "NATO and the EU have played");
        Content source = para.source();
        assertEquals("NATO and the EU have played key roles since the invasion. See the statementNATO.", source.plainText());
        assertEquals("**", source.tags().get(0).data());
        assertEquals("**", source.tags().get(1).data());
        assertTrue(source.tags().get(2).data().startsWith("["), source.tags().toString());
        assertTrue(source.tags().stream().anyMatch(t -> t.data().contains("https://www.nato.int/")), source.tags().toString());
    }
}
