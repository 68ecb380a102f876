package org.glossa.core.glossary.match;

import static org.glossa.core.glossary.match.DwGlossary.concept;
import static org.glossa.core.glossary.match.DwGlossary.de;
import static org.glossa.core.glossary.match.DwGlossary.en;
import static org.glossa.core.glossary.match.Hits.assertHits;
import static org.glossa.core.glossary.match.Hits.head;
import static org.glossa.core.glossary.match.Hits.hit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.TermStatus;
import org.junit.jupiter.api.Test;

/** Target side: German terms of the DW glossary in German renderings of the seed. */
class GermanTargetMatchingTest {
    static final TermMatcher MATCHER = TermMatcher.forTarget(DwGlossary.glossary(), "en", "de");

    /** The DW glossary plus one-word terms for compound heads. */
    static final TermMatcher WITH_HEADS = TermMatcher.forTarget(withHeadTerms(), "en", "de");

    static Glossary withHeadTerms() {
        List<Concept> c = new ArrayList<>(DwGlossary.concepts());
        c.add(concept("defense", false, en("defense"), de("Verteidigung")));
        c.add(concept("commission", false, en("Commission"), de("Kommission")));
        c.add(concept("council", false, en("Council"), de("Rat")));
        c.add(concept("commission-president-short", false, en("Commission President"), de("Kommissionspräsidentin")));
        return new Glossary("dw-heads", c);
    }

    @Test
    void inflectedAdjectiveNounTerms() {
        String t = "Der Nordatlantikvertrag bleibt \u201edie Grundlage der kollektiven Verteidigung\u201c, heißt es in der"
                + " gemeinsamen Erklärung.";
        assertHits(t, MATCHER.find(t),
                hit("Nordatlantikvertrag"),
                hit("kollektiven Verteidigung", "kollektive Verteidigung"),
                hit("gemeinsamen Erklärung", "gemeinsame Erklärung"));
    }

    @Test
    void genitives() {
        String t = "Artikel 5 des Nordatlantikvertrags, der Beitritt Schwedens und Finnlands, die Lage Kiews,"
                + " die Grenzen Russlands und Belgiens, Wladimir Putins Krieg.";
        assertHits(t, MATCHER.find(t),
                hit("Nordatlantikvertrags", "Nordatlantikvertrag"),
                hit("Schwedens", "Schweden"),
                hit("Finnlands", "Finnland"),
                hit("Kiews", "Kiew"),
                hit("Russlands", "Russland"),
                hit("Belgiens", "Belgien"),
                hit("Wladimir Putins", "Wladimir Putin"));
    }

    @Test
    void euroAtlanticAreaAndEuropeanCommission() {
        String t = "Die EU wolle mehr zur Sicherheit im euro-atlantischen Raum beitragen, sagte die Präsidentin der"
                + " Europäischen Kommission. Die Europäische Union und der Europäische Rat stimmten zu.";
        assertHits(t, MATCHER.find(t),
                hit("EU"),
                hit("euro-atlantischen Raum", "euro-atlantischer Raum"),
                hit("Europäischen Kommission", "Europäische Kommission"),
                hit("Europäische Union"),
                hit("Europäische Rat", "Europäischer Rat"));
    }

    @Test
    void hyphenatedCompounds() {
        String t = "NATO-Generalsekretär Jens Stoltenberg empfing EU-Kommissionspräsidentin Ursula von der Leyen und"
                + " EU-Ratspräsident Charles Michel im NATO-Hauptquartier in Brüssel.";
        List<TermHit> hits = MATCHER.find(t);
        assertHits(t, hits,
                hit("NATO"),
                hit("Generalsekretär"),
                hit("Jens Stoltenberg"),
                hit("EU-Kommissionspräsidentin"),
                hit("Ursula von der Leyen"),
                hit("EU-Ratspräsident"),
                hit("Charles Michel"),
                hit("NATO-Hauptquartier"),
                hit("Brüssel"));
        assertEquals(5, hits.get(1).start(), "Generalsekretär starts after the hyphen");
        assertEquals(20, hits.get(1).end());
    }

    @Test
    void hyphenatedCompoundTermInflected() {
        String t = "Vor dem Eingang des NATO-Hauptquartiers und des Nato-Hauptquartiers.";
        assertHits(t, MATCHER.find(t), hit("NATO-Hauptquartiers", "NATO-Hauptquartier"));
    }

    @Test
    void deprecatedTermsAreFoundForQa() {
        String t = "Sanktionen gegen Weißrussland, Weissrussland und Belarus.";
        List<TermHit> hits = MATCHER.find(t);
        assertHits(t, hits,
                hit("Sanktionen"),
                hit("Weißrussland"),
                hit("Weissrussland", "Weißrussland"),
                hit("Belarus"));
        assertEquals(TermStatus.DEPRECATED, hits.get(1).term().status());
        assertEquals("belarus", hits.get(1).concept().id());
        assertEquals(hits.get(1).concept(), hits.get(3).concept());
    }

    @Test
    void doNotTranslateNamesAreLookedForWithTheirSourceTerms() {
        String t = "Ursula von der Leyen, Charles Michel und Jens Stoltenberg; Wladimir Putin, nicht Vladimir Putin.";
        assertHits(t, MATCHER.find(t),
                hit("Ursula von der Leyen"), hit("Charles Michel"), hit("Jens Stoltenberg"), hit("Wladimir Putin"));
    }

    @Test
    void sentenceStartAndAcronymCase() {
        String t = "Gemeinsame Erklärung unterzeichnet. Die Eu und die Nato; die NATO und die EU.";
        assertHits(t, MATCHER.find(t),
                hit("Gemeinsame Erklärung", "gemeinsame Erklärung"), hit("NATO"), hit("EU"));
    }

    @Test
    void closedCompoundHeads() {
        String t = "Die Landesverteidigung und Wirtschaftssanktionen gegen Russland.";
        List<TermHit> hits = WITH_HEADS.find(t);
        assertHits(t, hits,
                head("verteidigung", "Verteidigung"),
                head("sanktionen", "Sanktionen"),
                hit("Russland"));
        assertEquals(t.indexOf("Landesverteidigung") + "Landes".length(), hits.get(0).start());
        assertEquals(t.indexOf(" und"), hits.get(0).end());
    }

    @Test
    void compoundHeadsInflectAndPreferWholeWords() {
        String t = "Die Verteidigung der Bündnisverteidigung; die Kommissionspräsidentin, die EU-Kommission und die"
                + " Unterkommissionen.";
        assertHits(t, WITH_HEADS.find(t),
                hit("Verteidigung"),
                head("verteidigung", "Verteidigung"),
                hit("Kommissionspräsidentin"),
                hit("EU"),
                hit("Kommission"),
                head("kommissionen", "Kommission"));
    }

    @Test
    void compoundNonHeads() {
        // the term is the modifier, not the head; the modifier part is too short; the term is too short
        String t = "Das Verteidigungsbündnis, die Subkommission, der Stadtrat, der Kommissionsbericht, Erklärungsnot.";
        assertHits(t, WITH_HEADS.find(t));
    }

    @Test
    void compoundHeadsCanBeSwitchedOff() {
        TermMatcher off = TermMatcher.forTarget(withHeadTerms(), "en", "de",
                MatchOptions.defaultsFor("de").withCompoundHeads(false));
        assertFalse(off.options().compoundHeads());
        assertTrue(WITH_HEADS.options().compoundHeads());
        assertHits("Die Landesverteidigung", off.find("Die Landesverteidigung"));
        assertHits("Die NATO-Generalsekretär", off.find("Die NATO-Generalsekretär"),
                hit("NATO"), hit("Generalsekretär"));
    }

    @Test
    void compoundHeadsAreOffForEnglishByDefault() {
        assertFalse(MatchOptions.defaultsFor("en-GB").compoundHeads());
        assertTrue(MatchOptions.defaultsFor("de_AT").compoundHeads());
    }

    @Test
    void targetMatcherIndexesTargetTerms() {
        assertEquals("de", MATCHER.language());
        assertHits("the joint declaration", MATCHER.find("the joint declaration"));
    }
}
