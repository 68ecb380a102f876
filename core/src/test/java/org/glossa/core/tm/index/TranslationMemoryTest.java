package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationMemoryTest {
    @TempDir
    Path dir;

    private static final List<TmxFiles.Pair> BASIC = List.of(
            new TmxFiles.Pair("1", "The EU and NATO signed a joint declaration.", "EU und NATO unterzeichneten eine gemeinsame Erklärung."),
            new TmxFiles.Pair("2", "The declaration was signed in Brussels.", "Die Erklärung wurde in Brüssel unterzeichnet."),
            new TmxFiles.Pair("3", "Cooperation is more important than ever.", "Zusammenarbeit ist wichtiger denn je."),
            new TmxFiles.Pair("4", "The declaration was signed in Brussels.", "Die Erklärung wurde in Brüssel unterschrieben."),
            new TmxFiles.Pair("5", "Russia invaded Ukraine last February.", "Russland ist im vergangenen Februar in die Ukraine einmarschiert."),
            new TmxFiles.Pair("6", "The weather was cold in Brussels.", "Das Wetter in Brüssel war kalt."));

    private TranslationMemory open(List<Path> tmx) throws Exception {
        return TranslationMemory.open(tmx, "en", "de", new DiceScorer(), dir.resolve("cache"));
    }

    private static List<TmMatch> find(TranslationMemory tm, String text, int min, int max) {
        return tm.lookup(Content.of(text), Optional.empty(), min, max);
    }

    @Test
    void exactMatchesComeFirstAndBothTargetsOfOneSourceAreKept() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), BASIC);
        try (TranslationMemory tm = open(List.of(tmx))) {
            List<TmMatch> m = find(tm, "The declaration was signed in Brussels.", 50, 10);
            assertEquals(100, m.get(0).score());
            assertEquals(MatchKind.EXACT, m.get(0).kind());
            assertEquals(100, m.get(1).score());
            assertEquals(List.of("2", "4"), List.of(m.get(0).tuid(), m.get(1).tuid()));
            assertEquals("Die Erklärung wurde in Brüssel unterzeichnet.", m.get(0).target().plainText());
            assertEquals("a.tmx", m.get(0).origin());
            assertTrue(m.stream().skip(2).allMatch(x -> x.kind() == MatchKind.FUZZY && x.score() < 100));
        }
    }

    @Test
    void contextMatchWhenThePreviousSegmentIsTheSame() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), BASIC);
        try (TranslationMemory tm = open(List.of(tmx))) {
            Content seg = Content.of("The declaration was signed in Brussels.");
            List<TmMatch> m = tm.lookup(seg, Optional.of(Content.of("the EU and NATO  signed a joint declaration.")), 100, 10);
            assertEquals(2, m.size());
            assertEquals(101, m.get(0).score());
            assertEquals(MatchKind.CONTEXT, m.get(0).kind());
            assertEquals("2", m.get(0).tuid());
            assertEquals(MatchKind.EXACT, m.get(1).kind());
            // unit 4 follows unit 3 in the file
            m = tm.lookup(seg, Optional.of(Content.of("Cooperation is more important than ever.")), 101, 10);
            assertEquals(List.of("4"), m.stream().map(TmMatch::tuid).toList());
            // no previous segment: no context match
            assertTrue(tm.lookup(seg, Optional.empty(), 101, 10).isEmpty());
        }
    }

    /** The previous segment of an entry is the unit before it in the file, also when that unit is not an entry. */
    @Test
    void contextAfterAUnitWithoutATargetIsThatUnitsSource() throws Exception {
        TranslationUnit untranslated = new TranslationUnit("u", 0, Optional.empty(), List.of(), List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(Variant.of("en", Content.of("Not translated yet."))));
        Path tmx = TmxFiles.writeUnits(dir.resolve("a.tmx"), List.of(TmxFiles.unit(BASIC.get(0)), untranslated,
                TmxFiles.unit(BASIC.get(1))));
        try (TranslationMemory tm = open(List.of(tmx))) {
            Content seg = Content.of(BASIC.get(1).en());
            List<TmMatch> m = tm.lookup(seg, Optional.of(Content.of("not  translated yet.")), 100, 10);
            assertEquals(List.of(MatchKind.CONTEXT), m.stream().map(TmMatch::kind).toList());
            assertEquals(100, tm.lookup(seg, Optional.of(Content.of(BASIC.get(0).en())), 100, 10).get(0).score());
            assertTrue(tm.lookup(Content.of("Not translated yet."), Optional.empty(), 50, 10).isEmpty());
        }
    }

    @Test
    void contextFromTheXContextPrevProperty() throws Exception {
        TmxFiles.Pair p = new TmxFiles.Pair("9", "Touch Retry.", "Wiederholen drücken.", Optional.empty(),
                List.of(new Property("x-context-prev", "Confirm the line.")));
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), List.of(BASIC.get(0), p));
        try (TranslationMemory tm = open(List.of(tmx))) {
            Content seg = Content.of("Touch Retry.");
            assertEquals(101, tm.lookup(seg, Optional.of(Content.of("Confirm the line.")), 0, 1).get(0).score());
            assertEquals(101, tm.lookup(seg, Optional.of(BASIC.get(0).en()).map(Content::of), 0, 1).get(0).score());
            assertEquals(100, tm.lookup(seg, Optional.of(Content.of("Something else.")), 0, 1).get(0).score());
        }
    }

    @Test
    void fuzzyMatchesAreScoredByTheScorerAndFilteredByMinScore() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), BASIC);
        try (TranslationMemory tm = open(List.of(tmx))) {
            List<TmMatch> m = find(tm, "The declaration was signed in Berlin.", 0, 10);
            DiceScorer dice = new DiceScorer();
            int expected = dice.score(Content.of("The declaration was signed in Berlin."),
                    Content.of("The declaration was signed in Brussels."));
            assertEquals(expected, m.get(0).score());
            assertEquals(MatchKind.FUZZY, m.get(0).kind());
            for (int i = 1; i < m.size(); i++) assertTrue(m.get(i - 1).score() >= m.get(i).score());
            assertTrue(find(tm, "The declaration was signed in Berlin.", expected + 1, 10).isEmpty());
            assertEquals(2, find(tm, "The declaration was signed in Berlin.", expected, 10).size());
            assertTrue(find(tm, "Completely unrelated words here", 50, 10).isEmpty());
        }
    }

    @Test
    void maxResultsLimitsAndZeroGivesNothing() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), BASIC);
        try (TranslationMemory tm = open(List.of(tmx))) {
            assertEquals(1, find(tm, "The declaration was signed in Brussels.", 0, 1).size());
            assertEquals(3, find(tm, "The declaration was signed in Brussels.", 0, 3).size());
            assertTrue(find(tm, "The declaration was signed in Brussels.", 0, 0).isEmpty());
        }
    }

    @Test
    void identicalSourceAndTargetAreKeptOnceAndNewerWinsTies() throws Exception {
        Instant old = Instant.parse("2020-01-01T00:00:00Z");
        Instant newer = Instant.parse("2024-01-01T00:00:00Z");
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), List.of(
                new TmxFiles.Pair("a", "Touch Retry.", "Wiederholen drücken.", Optional.of(old), List.of()),
                new TmxFiles.Pair("b", "Touch Retry.", "Wiederholen drücken.", Optional.of(old), List.of()),
                new TmxFiles.Pair("c", "Touch Retry.", "Auf Wiederholen tippen.", Optional.of(newer), List.of())));
        try (TranslationMemory tm = open(List.of(tmx))) {
            List<TmMatch> m = find(tm, "Touch Retry.", 0, 10);
            assertEquals(List.of("c", "a"), m.stream().map(TmMatch::tuid).toList());
        }
    }

    @Test
    void inlineCodesAreKeptAndDecideExactness() throws Exception {
        Content tagged = new Content(List.of(new Inline.Text("Click "),
                new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("Save"),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(".")));
        Content taggedDe = new Content(List.of(new Inline.Text("Klicken Sie auf "),
                new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("Speichern"),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(".")));
        TranslationUnit tu = TranslationUnit.of("t", List.of(Variant.of("en", tagged), Variant.of("de", taggedDe)));
        Path tmx = TmxFiles.writeUnits(dir.resolve("a.tmx"), List.of(tu));
        try (TranslationMemory tm = open(List.of(tmx))) {
            TmMatch exact = tm.lookup(tagged, Optional.empty(), 0, 1).get(0);
            assertEquals(100, exact.score());
            assertEquals(tagged.toString(), exact.source().toString());
            assertEquals(taggedDe.toString(), exact.target().toString());
            TmMatch plain = find(tm, "Click Save.", 0, 1).get(0);
            assertEquals(MatchKind.FUZZY, plain.kind());
        }
    }

    @Test
    void twoFilesAreSearchedTogetherWithTheirOrigin() throws Exception {
        Path a = TmxFiles.write(dir.resolve("a.tmx"), BASIC);
        Path b = TmxFiles.write(dir.resolve("b.tmx"), List.of(
                new TmxFiles.Pair("b1", "The declaration was signed in Brussels.", "Man unterschrieb die Erklärung in Brüssel."),
                new TmxFiles.Pair("b2", "Touch Retry.", "Wiederholen drücken.")));
        try (TranslationMemory tm = open(List.of(a, b))) {
            List<TmMatch> m = find(tm, "The declaration was signed in Brussels.", 100, 10);
            assertEquals(List.of("a.tmx:2", "a.tmx:4", "b.tmx:b1"),
                    m.stream().map(x -> x.origin() + ":" + x.tuid()).toList());
            assertEquals("b.tmx", find(tm, "Touch Retry.", 100, 10).get(0).origin());
            TmStats s = tm.stats();
            assertEquals(8, s.entries());
            assertEquals(2, s.files().size());
            assertEquals("en", s.sourceLanguage());
            assertTrue(s.indexBytes() > 0);
        }
    }

    @Test
    void unitsWithoutBothLanguagesAreNotIndexedAndRegionsMatchBareLanguages() throws Exception {
        List<TranslationUnit> units = List.of(
                TranslationUnit.of("1", List.of(Variant.of("en-US", Content.of("Hello world.")),
                        Variant.of("de-DE", Content.of("Hallo Welt.")))),
                TranslationUnit.of("2", List.of(Variant.of("en-US", Content.of("Only English.")))),
                TranslationUnit.of("3", List.of(Variant.of("en-US", Content.of("Hello France.")),
                        Variant.of("fr-FR", Content.of("Bonjour la France.")))));
        Path tmx = TmxFiles.writeUnits(dir.resolve("r.tmx"), units);
        try (TranslationMemory tm = open(List.of(tmx))) {
            assertEquals(1, tm.stats().entries());
            assertEquals(3, tm.stats().files().get(0).units());
            assertEquals("Hallo Welt.", find(tm, "Hello world.", 100, 1).get(0).target().plainText());
        }
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en-US", "fr-FR", new DiceScorer(),
                dir.resolve("cache"))) {
            assertEquals(1, tm.stats().entries());
            assertEquals("Bonjour la France.", find(tm, "Hello France.", 100, 1).get(0).target().plainText());
        }
    }

    @Test
    void concurrentLookupsGiveTheSameResultsAsSequentialOnes() throws Exception {
        Corpus c = new Corpus(7);
        List<TmxFiles.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String en = c.sentence();
            pairs.add(new TmxFiles.Pair("u" + i, en, Corpus.german(en)));
        }
        Path tmx = TmxFiles.write(dir.resolve("big.tmx"), pairs);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < 200; i++) queries.add(i % 2 == 0 ? pairs.get(i * 7).en() : c.variant(pairs.get(i * 5).en()));
        try (TranslationMemory tm = open(List.of(tmx))) {
            List<List<TmMatch>> expected = queries.stream().map(q -> find(tm, q, 60, 5)).toList();
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<Boolean>> runs = new ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    int offset = t;
                    runs.add(pool.submit(() -> {
                        for (int k = 0; k < queries.size(); k++) {
                            int i = (k + offset * 31) % queries.size();
                            if (!find(tm, queries.get(i), 60, 5).equals(expected.get(i))) return false;
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> f : runs) assertTrue(f.get());
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void defaultLocationIsBesideTheTmx() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("beside.tmx"), BASIC);
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer())) {
            assertEquals(dir.resolve("beside.tmx.glossa-index").resolve("en_de"),
                    tm.stats().files().get(0).indexDir());
            assertEquals("3", find(tm, "Cooperation is more important than ever.", 100, 1).get(0).tuid());
        }
    }
}
