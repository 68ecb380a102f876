package org.glossa.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.core.InputException;
import org.glossa.core.model.Content;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Segment;
import org.glossa.core.model.UnitPart;
import org.glossa.core.segment.news.NewsSegmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SegmentationTest {
    /** Segments with the default segmenter (as the extractor uses it). */
    static List<String> segments(String lang, String text) {
        return segments(NewsSegmenter.forLanguage(lang), text);
    }

    static List<String> segments(Segmenter segmenter, String text) {
        return new UnitSegmentation(segmenter).segment(Content.of(text)).stream()
                .filter(p -> p instanceof Segment).map(p -> p.source().plainText()).toList();
    }

    static final String NEWS_CASES = """
            en | Mr. Smith met Dr. Jones in the U.S. capital. They talked.      | Mr. Smith met Dr. Jones in the U.S. capital.¦They talked.
            en | J. R. R. Tolkien wrote it. Gen. Patton agreed.                  | J. R. R. Tolkien wrote it.¦Gen. Patton agreed.
            en | It costs 3.50 euros. That is cheap.                             | It costs 3.50 euros.¦That is cheap.
            en | "Are you sure?" he asked. "Yes."                                | "Are you sure?" he asked.¦"Yes."
            en | The EU, e.g. France, agreed. Finland too.                       | The EU, e.g. France, agreed.¦Finland too.
            de | Am 10. Januar 2023 unterzeichneten sie. Das ist neu.            | Am 10. Januar 2023 unterzeichneten sie.¦Das ist neu.
            de | Nach dem 2. Weltkrieg wurde sie gegründet. Heute nicht.         | Nach dem 2. Weltkrieg wurde sie gegründet.¦Heute nicht.
            de | Einige Länder, z. B. Schweden, traten bei. Andere nicht.        | Einige Länder, z. B. Schweden, traten bei.¦Andere nicht.
            de | Es kamen ca. 30 Leute, u. a. der Minister. Dann ging es los.    | Es kamen ca. 30 Leute, u. a. der Minister.¦Dann ging es los.
            de | Siehe Nr. 5 bzw. Art. 5 des Vertrags. Das gilt.                | Siehe Nr. 5 bzw. Art. 5 des Vertrags.¦Das gilt.
            """;

    static Stream<Arguments> newsCases() {
        return NEWS_CASES.lines().filter(l -> !l.isBlank())
                .map(l -> l.split("\\|")).map(f -> Arguments.of(f[0].strip(), f[1].strip(), f[2].strip()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("newsCases")
    void breaksSentencesNotAbbreviationsInitialsOrOrdinals(String lang, String text, String expected) {
        assertEquals(List.of(expected.split("¦")), segments(lang, text));
    }

    @ParameterizedTest(name = "SRX {0}: {1}")
    @MethodSource("newsCases")
    void okapiDefaultRulesWithNewsExceptionsToo(String lang, String text, String expected) {
        assertEquals(List.of(expected.split("¦")), segments(SrxSegmenter.forLanguage(lang), text));
    }

    @Test
    void whitespaceAndNonBreakingSpacesArePreservedExactly() {
        String text = "First sentence.\u00A0 Second one.  Third\u00A0one.\n  Next line.";
        List<UnitPart> parts = new UnitSegmentation(NewsSegmenter.forLanguage("en")).segment(Content.of(text));
        StringBuilder joined = new StringBuilder();
        parts.forEach(p -> joined.append(p.source().plainText()));
        assertEquals(text, joined.toString(), "segments and ignorables give back every character");
        assertEquals(List.of("First sentence.", "Second one.", "Third\u00A0one.", "Next line."), segments("en", text));
        assertTrue(parts.get(1) instanceof Ignorable i && i.source().plainText().equals("\u00A0 "));
    }

    @Test
    void aCustomSrxFileIsUsed(@TempDir Path tmp) throws IOException {
        Path srx = tmp.resolve("semicolon.srx");
        Files.writeString(srx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                <header segmentsubflows="yes" cascade="no"/>
                <body>
                <languagerules><languagerule languagerulename="semi">
                <rule break="yes"><beforebreak>;</beforebreak><afterbreak>\\s</afterbreak></rule>
                </languagerule></languagerules>
                <maprules><languagemap languagepattern=".*" languagerulename="semi"/></maprules>
                </body></srx>
                """);
        List<String> segs = new UnitSegmentation(SrxSegmenter.fromFile(srx, "en")).segment(Content.of("One; two. Three"))
                .stream().filter(p -> p instanceof Segment).map(p -> p.source().plainText()).toList();
        assertEquals(List.of("One;", "two. Three"), segs);
    }

    @Test
    void aBrokenSrxFileIsAClearError(@TempDir Path tmp) throws IOException {
        Path srx = tmp.resolve("broken.srx");
        Files.writeString(srx, "<srx><body>");
        InputException e = assertThrows(InputException.class, () -> SrxSegmenter.fromFile(srx, "en"));
        assertTrue(e.describe().startsWith("broken.srx"), e.describe());
    }
}
