package org.glossa.core.segment.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.segment.IcuSegmenter;
import org.glossa.core.segment.Segmenter;
import org.glossa.core.segment.SrxSegmenter;
import org.glossa.core.segment.UnitSegmentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NewsSegmenterTest {
    static List<String> segments(String lang, Content content) {
        return new UnitSegmentation(NewsSegmenter.forLanguage(lang)).segment(content).stream()
                .filter(p -> p instanceof Segment).map(p -> p.source().plainText()).toList();
    }

    static Stream<Arguments> news() {
        return Stream.of(
                Arguments.of("en", "The talks begin at 10 a.m. Monday in Brussels. At 6 p.m. They ended.",
                        List.of("The talks begin at 10 a.m. Monday in Brussels.", "At 6 p.m.", "They ended.")),
                Arguments.of("en", "The U.S. Senate voted. Aid from the U.S. The rest from the EU.",
                        List.of("The U.S. Senate voted.", "Aid from the U.S.", "The rest from the EU.")),
                Arguments.of("en", "Gen. Mark Milley met Sen. Jon Tester and Dr. Anthony S. Fauci on Friday.",
                        List.of("Gen. Mark Milley met Sen. Jon Tester and Dr. Anthony S. Fauci on Friday.")),
                Arguments.of("en", "\"We are ready.\" She left. 'It is over.' he said.",
                        List.of("\"We are ready.\"", "She left.", "'It is over.' he said.")),
                Arguments.of("en", "The plan … was dropped. Then... nothing. Then... Silence.",
                        List.of("The plan … was dropped.", "Then... nothing.", "Then...", "Silence.")),
                Arguments.of("en", "Talks ended late.Officials said more would follow.",
                        List.of("Talks ended late.", "Officials said more would follow.")),
                Arguments.of("en", "Acme Inc. Shares rose. See fig. 3 and p. 12, e.g. Table 2.",
                        List.of("Acme Inc.", "Shares rose.", "See fig. 3 and p. 12, e.g. Table 2.")),
                Arguments.of("de", "Am 10. Januar begann der 2. Weltkrieg nicht. Das war am 01.09.1939.",
                        List.of("Am 10. Januar begann der 2. Weltkrieg nicht.", "Das war am 01.09.1939.")),
                Arguments.of("de", "Staaten wie z. B. Polen, u. a. Estland, bzw. ca. 30 Länder. Siehe Nr. 4, S. 7 und Art. 5.",
                        List.of("Staaten wie z. B. Polen, u. a. Estland, bzw. ca. 30 Länder.", "Siehe Nr. 4, S. 7 und Art. 5.")),
                Arguments.of("de", "Das sog. Sondervermögen wächst usw. Die Regierung schweigt.",
                        List.of("Das sog. Sondervermögen wächst usw.", "Die Regierung schweigt.")),
                Arguments.of("de", "Er wurde im Jahr 2023. Geboren? Nein: Platz 3. Die Liga jubelt.",
                        List.of("Er wurde im Jahr 2023.", "Geboren?", "Nein: Platz 3.", "Die Liga jubelt.")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("news")
    void newsSpecifics(String lang, String text, List<String> expected) {
        assertEquals(expected, segments(lang, Content.of(text)));
    }

    /** AP-style dates (abbreviated month, day, full stop) and references that end a sentence: gold cases of their own. */
    static Stream<Arguments> apStyleDates() {
        return Stream.of(
                Arguments.of("en", "The talks ended on Jan. 10. The next round is due in March.",
                        List.of("The talks ended on Jan. 10.", "The next round is due in March.")),
                Arguments.of("en", "Supplies are expected by Sept. 28. Officials in Kyiv said so.",
                        List.of("Supplies are expected by Sept. 28.", "Officials in Kyiv said so.")),
                Arguments.of("en", "\"It starts Dec. 1,\" Schneider said. Voting began Nov. 8. Results came later.",
                        List.of("\"It starts Dec. 1,\" Schneider said.", "Voting began Nov. 8.", "Results came later.")),
                Arguments.of("en", "The results are in Fig. 3. They show a rise.",
                        List.of("The results are in Fig. 3.", "They show a rise.")),
                Arguments.of("en", "It was signed on Jan. 10, 2023, in Brussels. Talks resume Feb. 2 at noon.",
                        List.of("It was signed on Jan. 10, 2023, in Brussels.", "Talks resume Feb. 2 at noon.")),
                Arguments.of("en", "Due by Oct. 5. and no later.",
                        List.of("Due by Oct. 5. and no later.")),
                Arguments.of("en", "Agenda: 1. The budget 2. The treaty",
                        List.of("Agenda:", "1. The budget", "2. The treaty")),
                Arguments.of("de", "Ab Jan. 10. Die Frist endet am 3. Februar.",
                        List.of("Ab Jan. 10.", "Die Frist endet am 3. Februar.")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("apStyleDates")
    void apStyleDateEndsTheSentence(String lang, String text, List<String> expected) {
        assertEquals(expected, segments(lang, Content.of(text)));
    }

    @ParameterizedTest(name = "exported SRX, {0}: {1}")
    @MethodSource("apStyleDates")
    void apStyleDateEndsTheSentenceInTheExportedSrx(String lang, String text, List<String> expected,
            @TempDir Path tmp) throws IOException {
        Path srx = tmp.resolve("glossa.srx");
        SrxExport.write(srx);
        List<String> got = new UnitSegmentation(SrxSegmenter.fromFile(srx, lang)).segment(Content.of(text)).stream()
                .filter(p -> p instanceof Segment).map(p -> p.source().plainText()).toList();
        assertEquals(expected, got);
    }

    @Test
    void aTagCountsAsOneCharacterAndStaysWithItsSentence() {
        Content c = new Content(List.of(new Inline.Text("First "), new Inline.Tag(Inline.TagKind.OPEN, "1", "fmt", "<b>"),
                new Inline.Text("sentence."), new Inline.Tag(Inline.TagKind.CLOSE, "1", "fmt", "</b>"), new Inline.Text(" Second.")));
        List<Segmenter.Span> spans = NewsSegmenter.forLanguage("en").split(c);
        assertEquals(List.of(new Segmenter.Span(0, 17), new Segmenter.Span(17, 25)), spans);
    }

    @Test
    void languagesWithoutAPackUseIcu() {
        assertInstanceOf(IcuSegmenter.class, NewsSegmenter.forLanguage("fr"));
        assertInstanceOf(NewsSegmenter.class, NewsSegmenter.forLanguage("en-GB"));
        assertInstanceOf(NewsSegmenter.class, NewsSegmenter.forLanguage("de_AT"));
        assertFalse(NewsSegmenter.hasRules("ja"));
        assertEquals(List.of("Bonjour.", "Ça va ?"), segments("fr", Content.of("Bonjour. Ça va ?")));
    }

    @Test
    void packsAreLoadedOnceAndShared() {
        assertSame(LanguagePack.forLanguage("en").orElseThrow(), LanguagePack.forLanguage("EN-us").orElseThrow());
        assertTrue(LanguagePack.forLanguage("de").orElseThrow().abbreviations().contains("bzw"));
    }
}
