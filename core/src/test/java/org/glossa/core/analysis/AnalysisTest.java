package org.glossa.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.model.Document;
import org.glossa.core.qa.SeedTranslation;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    static final Document SEED = new Extractor(new ExtractOptions("en", "de")).extract(SeedTranslation.SEED);

    @Test
    void withoutMemoryEverythingIsNewAndASecondCopyIsRepetitions() {
        Analysis.Result r = Analysis.withoutMemory("en").run(List.of(SEED, SEED), List.of("a.txt", "b.txt"));
        BandCounts a = r.files().get(0).counts();
        BandCounts b = r.files().get(1).counts();
        assertEquals(640, a.totalWords(), "the seed's translatable words (the Skip-to lines do not count)");
        assertEquals(35, a.totalSegments());
        assertEquals(640, a.words(Band.NO_MATCH));
        assertEquals(0, a.words(Band.REPETITION));
        assertEquals(640, b.words(Band.REPETITION), "the second copy repeats the first");
        assertEquals(1280, r.total().totalWords());
    }

    @Test
    void bandsFollowTheMemoryScores() {
        // a memory that knows some sentences exactly, one at 96, one at 80, with context for the title
        Map<String, Integer> scores = Map.of(
                "EU and NATO sign joint call for cooperation amid Ukraine war", 101,
                "January 10, 2023", 100,
                "Europe backs stronger partnership", 96,
                "Why is the joint declaration so important?", 80,
                "EU and NATO partnership to the next level", 60);
        Analysis analysis = new Analysis((s, prev) -> scores.containsKey(s.plainText())
                ? OptionalInt.of(scores.get(s.plainText())) : OptionalInt.empty(), "en");
        BandCounts c = analysis.run(List.of(SEED), List.of("seed")).total();
        assertEquals(11, c.words(Band.CONTEXT));
        assertEquals(3, c.words(Band.EXACT), "January 10, 2023: a number is one word");
        assertEquals(4, c.words(Band.FUZZY_95));
        assertEquals(7, c.words(Band.FUZZY_75));
        assertEquals(8, c.words(Band.FUZZY_50));
        assertEquals(640 - 33, c.words(Band.NO_MATCH));
        assertEquals(Band.FUZZY_85, Band.ofScore(85));
        assertEquals(Band.FUZZY_50, Band.ofScore(74));
        assertEquals(Band.NO_MATCH, Band.ofScore(49));
    }

    @Test
    void jsonFollowsTheContract() throws Exception {
        StringWriter out = new StringWriter();
        AnalysisReport.json(Analysis.withoutMemory("en").run(List.of(SEED), List.of("seed.txt")), out);
        String json = out.toString();
        assertTrue(json.contains("\"files\": ["), json);
        assertTrue(json.contains("\"total\": {\n    \"words\": 640,\n    \"segments\": 35,\n    \"bands\": {\n      \"101\": 0,"), json);
        assertTrue(json.contains("\"no-match\": 640,"), json);
        assertTrue(json.contains("\"repetitions\": 0"), json);
        StringWriter csv = new StringWriter();
        AnalysisReport.csv(Analysis.withoutMemory("en").run(List.of(SEED), List.of("seed, \"v1\".txt")), csv);
        assertTrue(csv.toString().contains("\r\n\"seed, \"\"v1\"\".txt\",640,35,"), csv.toString());
    }
}
