package org.glossa.core.glossary.match;

import static org.glossa.core.glossary.match.DwGlossary.concept;
import static org.glossa.core.glossary.match.DwGlossary.en;
import static org.glossa.core.glossary.match.Hits.assertHits;
import static org.glossa.core.glossary.match.Hits.hit;
import static org.glossa.core.glossary.match.Hits.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.junit.jupiter.api.Test;

/** Source side: the English terms of the DW glossary in the English DW seed. */
class EnglishSourceMatchingTest {
    static final TermMatcher MATCHER = TermMatcher.forSource(DwGlossary.glossary(), "en", "de");

    @Test
    void signingParagraphWithExactOffsets() {
        String p = DwGlossary.paragraph("European\u00A0Commission President");
        List<TermHit> hits = MATCHER.find(p);
        TermHit first = hits.get(0);
        assertEquals(0, first.start());
        assertEquals(29, first.end());
        assertEquals("European\u00A0Commission President", first.matchedText());
        assertEquals("European Commission President", first.term().text());
        assertEquals("commission-president", first.concept().id());
        assertEquals(109, hits.get(4).start());
        assertEquals(115, hits.get(4).end());
        assertHits(p, hits,
                hit("European\u00A0Commission President", "European Commission President"),
                hit("Ursula von der Leyen"),
                hit("European Council President"),
                hit("Charles Michel"),
                hit("NATO's", "NATO"),
                hit("Secretary General"),
                hit("Jens Stoltenberg"),
                hit("joint declaration"),
                hit("NATO headquarters"),
                hit("Brussels"),
                hit("Belgium"));
    }

    @Test
    void longestMatchWinsOverPrefixTerms() {
        String p = DwGlossary.paragraph("The European Union and the North Atlantic Treaty Organization");
        assertHits(p, MATCHER.find(p),
                hit("European Union"),
                hit("North Atlantic Treaty Organization"),
                hit("NATO"),
                hit("joint declaration"),
                hit("Russia's", "Russia"),
                hit("Ukraine"));
        String q = DwGlossary.paragraph("The joint call makes clear that the North Atlantic Treaty");
        assertHits(q, MATCHER.find(q),
                hit("North Atlantic Treaty"),
                hit("collective defense"),
                hit("Euro-Atlantic area"));
        String council = "The European Council met; the European Council President spoke.";
        assertHits(council, MATCHER.find(council), hit("European Council"), hit("European Council President"));
    }

    @Test
    void captionAndLeadParagraphs() {
        String caption = DwGlossary.paragraph("Charles Michel, Jens Stoltenberg und");
        assertHits(caption, MATCHER.find(caption),
                hit("Charles Michel"), hit("Jens Stoltenberg"), hit("Ursula von der Leyen"), hit("NATO headquarters"));
        String lead = DwGlossary.paragraph("NATO and the EU have played key roles");
        assertHits(lead, MATCHER.find(lead), hit("NATO"), hit("EU"), hit("Russia's", "Russia"), hit("Kyiv"));
        String dash = DwGlossary.paragraph("Stoltenberg said that the three officials");
        assertHits(dash, MATCHER.find(dash),
                hit("NATO headquarters"), hit("Russia"), hit("Ukraine"), hit("Ukraine"));
    }

    @Test
    void sanctionsAndBelarus() {
        String p = DwGlossary.paragraph("She said the EU would extend");
        assertHits(p, MATCHER.find(p), hit("EU"), hit("sanctions"), hit("Russia"), hit("Belarus"));
    }

    @Test
    void swedenFinlandAndEuroAtlanticArea() {
        String p = DwGlossary.paragraph("European Council President Charles Michel said");
        assertHits(p, MATCHER.find(p),
                hit("European Council President"), hit("Charles Michel"), hit("NATO"), hit("Sweden"), hit("Finland"));
        String q = DwGlossary.paragraph("\"We\u00A0are closer today than ever,\"");
        assertHits(q, MATCHER.find(q), hit("EU"), hit("Euro-Atlantic area"));
    }

    @Test
    void adjectivesAndLongerWordsAreNotTerms() {
        // "Russian" is not Russia, "Europe"/"European" are not EU, "Soviet Union" is not European Union
        String p = DwGlossary.paragraph("The NATO chief said");
        assertHits(p, MATCHER.find(p), hit("NATO"), hit("Vladimir Putin"));
        String q = DwGlossary.paragraph("NATO was established during the Cold War");
        assertHits(q, MATCHER.find(q), hit("NATO"), hit("Ukraine's", "Ukraine"), hit("Russia"));
        assertHits("Europe backs stronger partnership", MATCHER.find("Europe backs stronger partnership"));
        String r = "Russians, Ukrainians, Belarusian troops and Europeans in EUROPE and in the Eurozone.";
        assertHits(r, MATCHER.find(r));
    }

    @Test
    void previousDeclarationsAreNotJointDeclarations() {
        String p = DwGlossary.paragraph("This joint declaration is the third");
        assertHits(p, MATCHER.find(p), hit("joint declaration"));
    }

    @Test
    void pluralsAndPossessives() {
        String t = "Joint declarations were signed; Russia\u2019s war; the sanction regime; NATO\u2019s chief; Kyiv's mayor.";
        assertHits(t, MATCHER.find(t),
                hit("Joint declarations", "joint declaration"),
                hit("Russia\u2019s", "Russia"),
                hit("sanction", "sanctions"),
                hit("NATO\u2019s", "NATO"),
                hit("Kyiv's", "Kyiv"));
    }

    @Test
    void newsIsNotThePluralOfNew() {
        Glossary g = new Glossary("news", List.of(concept("new-agency", false, en("new agency")),
                concept("news-agency", false, en("news agency"))));
        TermMatcher m = TermMatcher.forSource(g, "en", "de");
        String t = DwGlossary.paragraph("This report was written") + " A new agency; two news agencies.";
        assertHits(t, m.find(t),
                hit("news agency"), hit("new agency"), hit("news agencies", "news agency"));
    }

    @Test
    void whitespaceBetweenWordsIsAnyWhitespace() {
        String t = "European\u2009Commission\u202FPresident, European \n\t Council\r\nPresident, Secretary\u00A0\u00A0General";
        assertHits(t, MATCHER.find(t),
                hit("European\u2009Commission\u202FPresident", "European Commission President"),
                hit("European \n\t Council\r\nPresident", "European Council President"),
                hit("Secretary\u00A0\u00A0General", "Secretary General"));
    }

    @Test
    void acronymsMatchOnlyInTheirCase() {
        String t = "eu rules, Nato troops, the NATO summit, the EU summit, NATOs, EUR, the US-led EU-wide plan";
        assertHits(t, MATCHER.find(t), hit("NATO"), hit("EU"), hit("EU"));
    }

    @Test
    void otherTermsIgnoreCase() {
        String t = "Sanctions hit hard. BRUSSELS and brussels. The Joint Declaration. collective Defense.";
        assertHits(t, MATCHER.find(t),
                hit("Sanctions", "sanctions"), hit("BRUSSELS", "Brussels"), hit("brussels", "Brussels"),
                hit("Joint Declaration", "joint declaration"), hit("collective Defense", "collective defense"));
    }

    @Test
    void caseSensitiveTermsMatchExactly() {
        Term council = new Term("Council", "en", TermStatus.PREFERRED, Optional.empty(), Optional.empty(), true);
        Glossary g = new Glossary("cs", List.of(concept("council", false, council)));
        TermMatcher m = TermMatcher.forSource(g, "en", "de");
        String t = "The Council met. The council met. The COUNCIL met. The Councils met. The Council's decision.";
        assertHits(t, m.find(t), hit("Council"), hit("Council's", "Council"));
    }

    @Test
    void hyphenatedWords() {
        String t = "the Euro-Atlantic areas, the Euro\u2011Atlantic area, the euro-atlantic Area, the Euro Atlantic area";
        assertHits(t, MATCHER.find(t),
                hit("Euro-Atlantic areas", "Euro-Atlantic area"),
                hit("Euro\u2011Atlantic area", "Euro-Atlantic area"),
                hit("euro-atlantic Area", "Euro-Atlantic area"));
    }

    @Test
    void softHyphenInsideAWordIsIgnored() {
        String t = "the Bel\u00ADgium office";
        assertHits(t, MATCHER.find(t), hit("Bel\u00ADgium", "Belgium"));
    }

    @Test
    void termsDoNotRunAcrossPunctuation() {
        String t = "the European. Commission; joint, declaration";
        assertHits(t, MATCHER.find(t));
    }

    @Test
    void wholeSeedHitsAreOrderedAndDisjoint() {
        String seed = DwGlossary.seed();
        List<TermHit> hits = MATCHER.find(seed);
        assertTrue(hits.size() > 60, "hits: " + hits.size());
        for (int i = 1; i < hits.size(); i++) assertTrue(hits.get(i - 1).end() <= hits.get(i).start());
        for (TermHit h : hits) assertEquals(seed.substring(h.start(), h.end()), h.matchedText());
        assertTrue(terms(hits).containsAll(List.of("Kyiv", "Belgium", "Belarus", "Sweden", "Finland", "sanctions")));
    }

    @Test
    void sourceMatcherIndexesSourceTermsOnly() {
        assertHits("Die Europäische Union", MATCHER.find("Die Europäische Union"));
        assertEquals("en", MATCHER.language());
        assertEquals(DwGlossary.concepts().size(), MATCHER.size());
    }

    @Test
    void findIsSafeFromManyThreads() throws Exception {
        String seed = DwGlossary.seed();
        List<TermHit> expected = MATCHER.find(seed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TermHit>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> MATCHER.find(seed)));
            for (Future<List<TermHit>> f : runs) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyAndTermlessTexts() {
        assertTrue(MATCHER.find("").isEmpty());
        assertTrue(MATCHER.find(" \u00A0\n").isEmpty());
        assertTrue(MATCHER.find(DwGlossary.paragraph("This report was written")).isEmpty());
        assertTrue(TermMatcher.forSource(new Glossary("empty", List.of()), "en", "de").find("NATO").isEmpty());
        Glossary blank = new Glossary("blank", List.of(concept("blank", false, en(" "))));
        assertEquals(0, TermMatcher.forSource(blank, "en", "de").size());
    }
}
