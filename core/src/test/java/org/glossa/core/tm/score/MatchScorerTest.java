package org.glossa.core.tm.score;

import static org.glossa.core.tm.score.DwSentences.BOTH;
import static org.glossa.core.tm.score.DwSentences.DECLARATIONS;
import static org.glossa.core.tm.score.DwSentences.EDITED;
import static org.glossa.core.tm.score.DwSentences.MEMBERS;
import static org.glossa.core.tm.score.DwSentences.RELATIONS;
import static org.glossa.core.tm.score.DwSentences.ROLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.junit.jupiter.api.Test;

class MatchScorerTest {
    private final MatchScorer scorer = new MatchScorer(Locale.ENGLISH, Locale.GERMAN);

    private int score(String segment, String candidate) {
        return scorer.score(Content.of(segment), Content.of(candidate));
    }

    private Set<Difference> differences(Content segment, Content candidate) {
        return scorer.detail(scorer.prepare(segment), candidate).differences();
    }

    @Test
    void theSentencesAreFromTheArticle() {
        assertEquals("NATO and the EU have played key roles since Russia's invasion, both in sending weapons to Kyiv "
                + "and safeguarding regional security.", ROLES);
        assertTrue(MEMBERS.contains("with 27 members part of the group today."), MEMBERS);
        // the article has no-break spaces: "in\u00a02016", "2018,\u00a0 respectively"
        assertTrue(DECLARATIONS.contains("signed in\u00a02016 and 2018,\u00a0 respectively."), DECLARATIONS);
    }

    @Test
    void identicalIs100() {
        assertEquals(100, score(ROLES, ROLES));
        assertEquals(100, score(DECLARATIONS, DECLARATIONS));
        assertEquals(100, score("", ""));
        assertEquals(Set.of(), differences(Content.of(MEMBERS), Content.of(MEMBERS)));
    }

    @Test
    void whitespaceOnlyIs99() {
        // the article has a no-break space and a space before "respectively"
        assertEquals(99, score(DECLARATIONS, DECLARATIONS.replace(",\u00a0 respectively", ", respectively")));
        assertEquals(99, score(ROLES, ROLES.replace("key roles", "key\u00a0roles")));
        assertEquals(99, score(ROLES, ROLES + " "));
        assertEquals(Set.of(Difference.WHITESPACE),
                differences(Content.of(ROLES), Content.of(ROLES.replace(" both", "  both"))));
    }

    @Test
    void sameNumberWrittenOtherwiseIs99() {
        assertEquals(99, score("The fund holds 1000 euros.", "The fund holds 1,000 euros."));
        assertEquals(99, score("The fund holds 1,000 euros.", "The fund holds 1,000.00 euros."));
        // full-width digits are NFKC-equal to ASCII ones
        assertEquals(99, score("with 27 members", "with \uff12\uff17 members"));
    }

    @Test
    void caseOnlyIs99() {
        assertEquals(99, score(ROLES, ROLES.replace("NATO", "Nato")));
        assertEquals(99, score(ROLES, ROLES.toUpperCase(Locale.ROOT)));
        assertEquals(Set.of(Difference.CASE),
                differences(Content.of(ROLES), Content.of(ROLES.replace("EU", "eu"))));
    }

    @Test
    void punctuationOnlyIs98() {
        assertEquals(98, score(ROLES, ROLES.replace("invasion,", "invasion")));
        assertEquals(98, score(ROLES, ROLES.replace("security.", "security")));
        assertEquals(98, score(ROLES, ROLES.replace("Kyiv and", "Kyiv, and")));
        assertEquals(98, score(ROLES, ROLES.replace("invasion, both in", "invasion both, in")), "moved comma");
        assertEquals(98, score(MEMBERS, MEMBERS.replace("since then,", "since then;")));
    }

    @Test
    void caseAndPunctuationIs97() {
        assertEquals(97, score(ROLES, ROLES.replace("invasion, both", "invasion. Both")));
    }

    @Test
    void numbersOnlyIs97() {
        assertEquals(97, score(MEMBERS, MEMBERS.replace("27 members", "28 members")));
        assertEquals(97, score(DECLARATIONS, DECLARATIONS.replace("2016", "2017")));
        assertEquals(97, score(DECLARATIONS, DECLARATIONS.replace("2016 and 2018", "2017 and 2019")));
        assertEquals(97, score(RELATIONS, RELATIONS.replace("21 members", "22 members")));
        assertEquals(Set.of(Difference.NUMBERS),
                differences(Content.of(MEMBERS), Content.of(MEMBERS.replace("27", "30"))));
    }

    @Test
    void numbersReadWithTheSourceLanguageSeparators() {
        MatchScorer german = new MatchScorer(Locale.GERMAN, Locale.ENGLISH);
        assertEquals(99, german.score(Content.of("Er kostet 1000 Euro."), Content.of("Er kostet 1.000 Euro.")));
        assertEquals(97, german.score(Content.of("Er kostet 1,5 Euro."), Content.of("Er kostet 1,6 Euro.")));
        // in English, 1.000 is one
        assertEquals(99, score("It costs 1 euro.", "It costs 1.000 euro."));
    }

    @Test
    void aNumberIsNotAWord() {
        // a number where the segment has a word is a word difference, not a number difference
        int s = score("with twenty-seven members", "with 27 members");
        assertTrue(s <= 94, "score " + s);
    }

    private static Content withBold(String text, String word, String type, String id) {
        int at = text.indexOf(word);
        return new Content(List.of(new Inline.Text(text.substring(0, at)),
                new Inline.Tag(TagKind.OPEN, id, type, "<" + type + ">"), new Inline.Text(word),
                new Inline.Tag(TagKind.CLOSE, id, type, "</" + type + ">"),
                new Inline.Text(text.substring(at + word.length()))));
    }

    @Test
    void tagsOnlyIs98() {
        Content bold = withBold(BOTH, "NATO", "b", "1");
        assertEquals(98, scorer.score(Content.of(BOTH), bold), "tags added");
        assertEquals(98, scorer.score(bold, Content.of(BOTH)), "tags removed");
        assertEquals(98, scorer.score(bold, withBold(BOTH, "NATO", "i", "1")), "another type");
        assertEquals(98, scorer.score(bold, withBold(BOTH, "EU", "b", "1")), "moved");
        assertEquals(Set.of(Difference.TAGS), differences(bold, Content.of(BOTH)));
    }

    @Test
    void tagIdsAreNotCompared() {
        assertEquals(100, scorer.score(withBold(BOTH, "NATO", "b", "1"), withBold(BOTH, "NATO", "b", "7")));
    }

    @Test
    void tagMovedWithinWhiteSpaceIs99() {
        Content before = new Content(List.of(new Inline.Text("Both "),
                new Inline.Tag(TagKind.STANDALONE, "1", "image", ""), new Inline.Text("NATO")));
        Content after = new Content(List.of(new Inline.Text("Both"),
                new Inline.Tag(TagKind.STANDALONE, "1", "image", ""), new Inline.Text(" NATO")));
        assertEquals(99, scorer.score(before, after));
    }

    @Test
    void combinationsStayWithin95And99() {
        String numbersAndPunct = MEMBERS.replace("27", "28").replace("then,", "then");
        assertEquals(95, score(MEMBERS, numbersAndPunct));
        Content numbersAndTags = withBold(MEMBERS.replace("27", "28"), "EU", "b", "1");
        assertEquals(95, scorer.score(Content.of(MEMBERS), numbersAndTags));
        Content everything = withBold(numbersAndPunct.replace("The EU", "the eu"), "Second", "b", "1");
        assertEquals(95, scorer.score(Content.of(MEMBERS), everything), "floor");
        assertEquals(Set.of(Difference.CASE, Difference.PUNCTUATION, Difference.TAGS, Difference.NUMBERS),
                differences(Content.of(MEMBERS), everything));
        assertEquals(96, score(MEMBERS, MEMBERS.replace("27", "28").replace("The EU", "The Eu")), "case and numbers");
    }

    @Test
    void oneWordChangedInTwentyOneIs94() {
        assertEquals(21, ROLES.split(" ").length);
        // round(100 × 20/21) = 95, capped to 94 below the same-words band
        assertEquals(94, score(ROLES, ROLES.replace("weapons", "arms")));
        assertEquals(94, score(ROLES, ROLES.replace("regional ", "")), "one word deleted");
        assertEquals(Set.of(Difference.WORDS),
                differences(Content.of(ROLES), Content.of(ROLES.replace("weapons", "arms"))));
    }

    @Test
    void oneWordChangedInALongSentenceStaysBelowTheBand() {
        // 23 words: round(100 × 22/23) = 96 → 94
        assertEquals(94, score(MEMBERS, MEMBERS.replace("significantly", "considerably")));
    }

    @Test
    void twoWordsChangedInTwentyOneIs90() {
        assertEquals(90, score(ROLES, ROLES.replace("weapons", "arms").replace("regional", "European")));
        assertEquals(90, score(ROLES, ROLES.replace("key roles", "important roles").replace("Kyiv", "Kiev")));
    }

    @Test
    void halfDifferentIsAbout50() {
        String half = "NATO and the EU have played key roles since Russia's invasion, "
                + "yet neither of them has said what it will do next.";
        int s = score(ROLES, half);
        assertTrue(s >= 40 && s <= 60, "score " + s);
        // the two sentences of the article that share their first half
        int t = score(ROLES, BOTH);
        assertTrue(t >= 30 && t <= 60, "score " + t);
    }

    @Test
    void unrelatedIsLow() {
        assertTrue(score(ROLES, EDITED) <= 10, "score " + score(ROLES, EDITED));
        assertTrue(score(MEMBERS, DECLARATIONS) <= 30, "score " + score(MEMBERS, DECLARATIONS));
        assertTrue(score(ROLES, "") == 0);
    }

    @Test
    void shortSegments() {
        assertEquals(0, score("Yes.", "No."));
        assertEquals(98, score("Yes.", "Yes!"));
        assertEquals(99, score("Yes.", "yes."));
        assertEquals(50, score("Thank you.", "Thank them."));
        assertEquals(97, score("2016", "2017"));
        assertEquals(98, score("", "."), "no words on either side: punctuation only");
    }

    @Test
    void aFuzzyMatchNeverScores100() {
        for (String candidate : List.of(ROLES + " ", ROLES.replace(".", ""), ROLES.toLowerCase(Locale.ROOT),
                ROLES.replace("Kyiv", "Kiev"))) {
            assertTrue(score(ROLES, candidate) < 100, candidate);
        }
    }

    @Test
    void preparedQueryGivesTheSameScores() {
        PreparedQuery q = scorer.prepare(Content.of(ROLES));
        for (String c : List.of(ROLES, BOTH, EDITED, ROLES.replace("weapons", "arms"), MEMBERS)) {
            assertEquals(score(ROLES, c), scorer.score(q, Content.of(c)), c);
            assertEquals(score(ROLES, c), scorer.score(q, scorer.prepare(Content.of(c))), c);
        }
    }

    @Test
    void moreCosmeticEditsNeverScoreHigher() {
        List<String> steps = List.of(MEMBERS,
                MEMBERS.replace("after the", "after  the"),
                MEMBERS.replace("The EU", "The eu"),
                MEMBERS.replace("The EU", "The eu").replace("then,", "then"),
                MEMBERS.replace("The EU", "The eu").replace("then,", "then").replace("27", "28"),
                MEMBERS.replace("The EU", "The eu").replace("then,", "then").replace("27", "28")
                        .replace("significantly", "considerably"),
                MEMBERS.replace("The EU", "The eu").replace("then,", "then").replace("27", "28")
                        .replace("significantly", "considerably").replace("Second", "First"));
        assertNonIncreasing(MEMBERS, steps);
    }

    @Test
    void moreWordEditsNeverScoreHigher() {
        for (String sentence : List.of(ROLES, MEMBERS, DECLARATIONS, RELATIONS, BOTH)) {
            String[] words = sentence.split(" ");
            List<String> steps = new ArrayList<>();
            // replace every third word, then the others, then delete words from the end
            for (int start = 0; start < 3; start++) {
                for (int i = start; i < words.length; i += 3) {
                    words[i] = "xyzzy" + i;
                    steps.add(String.join(" ", words));
                }
            }
            for (int n = words.length - 1; n > 0; n--) steps.add(String.join(" ", List.of(words).subList(0, n)));
            assertNonIncreasing(sentence, steps);
            assertEquals(0, score(sentence, steps.get(words.length - 1)), "every word replaced");
        }
    }

    private void assertNonIncreasing(String segment, List<String> steps) {
        int previous = 100;
        for (String step : steps) {
            int s = score(segment, step);
            assertTrue(s <= previous, s + " after " + previous + ": " + step);
            previous = s;
        }
    }
}
