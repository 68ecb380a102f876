package org.glossa.core.tm.score;

import static org.glossa.core.tm.score.DwSentences.DECLARATIONS;
import static org.glossa.core.tm.score.DwSentences.MEMBERS;
import static org.glossa.core.tm.score.DwSentences.RELATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Locale;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.junit.jupiter.api.Test;

class NumberAdaptationTest {
    private static final String MEMBERS_DE = "Die EU wurde nach dem Zweiten Weltkrieg gegründet und ist seitdem "
            + "deutlich gewachsen; heute gehören ihr 27 Mitglieder an.";
    private static final String DECLARATIONS_DE = "Diese gemeinsame Erklärung ist die dritte zwischen den beiden "
            + "Organisationen und baut auf den beiden früheren Erklärungen von 2016 und 2018 auf.";
    private static final String RELATIONS_DE = "Die Beziehungen zwischen der NATO und der EU wurden Anfang der "
            + "2000er-Jahre institutionalisiert; heute haben sie 21 Mitglieder gemeinsam.";

    private final MatchScorer scorer = new MatchScorer(Locale.ENGLISH, Locale.GERMAN);

    private String adapt(String segment, String source, String target) {
        return scorer.adaptTarget(Content.of(segment), Content.of(source), Content.of(target)).plainText();
    }

    @Test
    void memberCount() {
        String segment = MEMBERS.replace("27 members", "28 members");
        assertEquals(97, scorer.score(Content.of(segment), Content.of(MEMBERS)));
        assertEquals(MEMBERS_DE.replace("27", "28"), adapt(segment, MEMBERS, MEMBERS_DE));
    }

    @Test
    void year() {
        String segment = DECLARATIONS.replace("2016", "2017");
        assertEquals(DECLARATIONS_DE.replace("2016", "2017"), adapt(segment, DECLARATIONS, DECLARATIONS_DE));
    }

    @Test
    void twoYears() {
        String segment = DECLARATIONS.replace("2016 and 2018", "2019 and 2023");
        assertEquals(DECLARATIONS_DE.replace("2016 und 2018", "2019 und 2023"),
                adapt(segment, DECLARATIONS, DECLARATIONS_DE));
    }

    @Test
    void swappedNumbers() {
        String segment = DECLARATIONS.replace("2016 and 2018", "2018 and 2016");
        assertEquals(DECLARATIONS_DE.replace("2016 und 2018", "2018 und 2016"),
                adapt(segment, DECLARATIONS, DECLARATIONS_DE));
    }

    @Test
    void numberInAWordOfTheTargetIsLeftAlone() {
        // "2000er" is a word, not the number 2000; 21 becomes 22
        String segment = RELATIONS.replace("21 members", "22 members");
        assertEquals(RELATIONS_DE.replace("21", "22"), adapt(segment, RELATIONS, RELATIONS_DE));
    }

    @Test
    void groupingAndDecimalSeparatorsOfTheTargetLanguage() {
        assertEquals("Der Fonds umfasst 2.500 Euro.",
                adapt("The fund holds 2,500 euros.", "The fund holds 1,000 euros.", "Der Fonds umfasst 1.000 Euro."));
        assertEquals("Die Inflation lag bei 4,25 Prozent.",
                adapt("Inflation was 4.25 percent.", "Inflation was 3.5 percent.",
                        "Die Inflation lag bei 3,5 Prozent."));
        assertEquals("Sie kostet 12.000 Euro.",
                adapt("It costs 12,000 euros.", "It costs 900 euros.", "Sie kostet 900 Euro."),
                "grouped in the segment, so grouped in the target");
    }

    @Test
    void numbersInsideTaggedContent() {
        Content target = new Content(List.of(new Inline.Text("Heute gehören ihr "),
                new Inline.Tag(TagKind.OPEN, "1", "b", "<b>"), new Inline.Text("27"),
                new Inline.Tag(TagKind.CLOSE, "1", "b", "</b>"), new Inline.Text(" Mitglieder an, seit 2020.")));
        Content adapted = scorer.adaptTarget(Content.of("With 28 members since 2021."),
                Content.of("With 27 members since 2020."), target);
        assertEquals("Heute gehören ihr {1}28{/1} Mitglieder an, seit 2021.", adapted.toString());
    }

    @Test
    void unchangedWhenNotOnlyNumbersDiffer() {
        Content target = Content.of(MEMBERS_DE);
        Content segment = Content.of(MEMBERS.replace("27 members", "28 members").replace("significantly", "a lot"));
        assertSame(target, scorer.adaptTarget(segment, Content.of(MEMBERS), target));
        Content punct = Content.of(MEMBERS.replace("27 members", "28 members").replace("then,", "then"));
        assertSame(target, scorer.adaptTarget(punct, Content.of(MEMBERS), target));
    }

    @Test
    void unchangedWhenTheNumbersAreTheSame() {
        Content target = Content.of(MEMBERS_DE);
        assertSame(target, scorer.adaptTarget(Content.of(MEMBERS), Content.of(MEMBERS), target));
        assertSame(target, scorer.adaptTarget(Content.of(MEMBERS.replace("27", "27.0")), Content.of(MEMBERS), target));
    }

    @Test
    void unchangedWhenAmbiguous() {
        String target = "Zwischen 2016 und 2016.";
        // 2016 both kept and changed
        assertEquals(target, adapt("Between 2016 and 2017.", "Between 2016 and 2016.", target));
        // 2016 changed into two different years
        assertEquals(target, adapt("Between 2017 and 2018.", "Between 2016 and 2016.", target));
    }

    @Test
    void unchangedWhenTheTargetDoesNotHaveTheNumber() {
        String target = "Die EU hat heute siebenundzwanzig Mitglieder.";
        assertEquals(target, adapt("The EU has 28 members today.", "The EU has 27 members today.", target));
    }

    @Test
    void sameValueChangedTwiceInTheTarget() {
        assertEquals("2017 war ein gutes Jahr; 2017 endete ruhig.",
                adapt("2017 was a good year.", "2016 was a good year.", "2016 war ein gutes Jahr; 2016 endete ruhig."));
    }
}
