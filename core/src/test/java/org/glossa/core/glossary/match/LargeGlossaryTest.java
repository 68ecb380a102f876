package org.glossa.core.glossary.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A 100,000-concept glossary finds the same hits as the DW glossary alone (no timing here: see TermMatcherBench). */
class LargeGlossaryTest {
    static final int SIZE = 100_000;
    static final List<String> GERMAN = List.of(
            "Die Grundlage der kollektiven Verteidigung ist Artikel 5 des Nordatlantikvertrags.",
            "Der Beitritt Schwedens und Finnlands stärkt die Sicherheit im euro-atlantischen Raum.",
            "NATO-Generalsekretär Jens Stoltenberg empfing EU-Kommissionspräsidentin Ursula von der Leyen im"
                    + " NATO-Hauptquartier in Brüssel.",
            "Im Foyer des NATO-Hauptquartiers sprach die Präsidentin der Europäischen Kommission über Sanktionen gegen"
                    + " Weißrussland und Wirtschaftssanktionen.");

    static Glossary large;
    static TermMatcher smallSource;
    static TermMatcher largeSource;

    @BeforeAll
    static void build() {
        large = GeneratedGlossary.generate(SIZE, 20230110L, DwGlossary.seed() + "\n" + String.join("\n", GERMAN));
        smallSource = TermMatcher.forSource(DwGlossary.glossary(), "en", "de");
        largeSource = TermMatcher.forSource(large, "en", "de");
    }

    @Test
    void glossaryIsLarge() {
        assertEquals(SIZE, large.concepts().size());
        assertTrue(largeSource.size() > 95_000, "distinct terms: " + largeSource.size());
    }

    @Test
    void sameSourceHitsOnEverySeedParagraph() {
        for (String p : DwGlossary.seed().split("\n")) assertEquals(smallSource.find(p), largeSource.find(p), p);
        List<TermHit> all = largeSource.find(DwGlossary.seed());
        assertEquals(smallSource.find(DwGlossary.seed()), all);
        assertTrue(all.size() > 60);
    }

    @Test
    void sameTargetHitsOnGermanSentences() {
        TermMatcher small = TermMatcher.forTarget(DwGlossary.glossary(), "en", "de");
        TermMatcher big = TermMatcher.forTarget(large, "en", "de");
        for (String s : GERMAN) {
            assertEquals(small.find(s), big.find(s), s);
            assertTrue(!small.find(s).isEmpty(), s);
        }
    }

    @Test
    void generatedTermsAreFoundToo() {
        for (int i = SIZE - 5; i < SIZE; i++) {
            Concept c = large.concepts().get(i);
            String term = c.termsIn("en").get(0).text();
            String text = "Before " + term + ", after.";
            List<TermHit> hits = largeSource.find(text);
            assertEquals(1, hits.size(), text);
            assertEquals(c, hits.get(0).concept(), text);
            assertEquals(term, hits.get(0).matchedText());
        }
    }
}
