package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.ConcordanceHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concordance search over the memory's Lucene index: words in the source or in the target, marked. */
class ConcordanceTest {
    @TempDir
    Path dir;

    private static final List<TmxFiles.Pair> UNITS = List.of(
            new TmxFiles.Pair("1", "The EU and NATO signed a joint declaration.", "EU und NATO unterzeichneten eine gemeinsame Erklärung."),
            new TmxFiles.Pair("2", "The declaration was signed in Brussels.", "Die Erklärung wurde in Brüssel unterzeichnet."),
            new TmxFiles.Pair("3", "Cooperation is more important than ever.", "Zusammenarbeit ist wichtiger denn je."),
            new TmxFiles.Pair("4", "The weather was cold in Brussels.", "Das Wetter in Brüssel war kalt."));

    private TranslationMemory open() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), UNITS);
        return TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer(), dir.resolve("cache"));
    }

    private static List<String> tuids(List<ConcordanceHit> hits) {
        return hits.stream().map(ConcordanceHit::tuid).sorted().toList();
    }

    @Test
    void wordsOfTheSourceWithTheHitsMarked() throws Exception {
        try (TranslationMemory tm = open()) {
            List<ConcordanceHit> hits = tm.concordance("joint Declaration", 10);
            assertEquals(List.of("1"), tuids(hits));
            ConcordanceHit h = hits.get(0);
            String source = h.source().plainText();
            assertEquals(List.of(new ConcordanceHit.Highlight(source.indexOf("joint"), source.indexOf("joint") + 5),
                    new ConcordanceHit.Highlight(source.indexOf("declaration"), source.indexOf("declaration") + 11)), h.sourceHits());
            assertEquals(List.of(), h.targetHits());
            assertEquals("a.tmx", h.origin());
            assertEquals(List.of("1", "2"), tuids(tm.concordance("declaration", 10)), "every unit with the word");
        }
    }

    @Test
    void wordsOfTheTargetCaseIgnored() throws Exception {
        try (TranslationMemory tm = open()) {
            List<ConcordanceHit> hits = tm.concordance("brüssel", 10);
            assertEquals(List.of("2", "4"), tuids(hits));
            for (ConcordanceHit h : hits) {
                String target = h.target().plainText();
                assertEquals(List.of(new ConcordanceHit.Highlight(target.indexOf("Brüssel"), target.indexOf("Brüssel") + 7)),
                        h.targetHits());
            }
            assertEquals(List.of(), tm.concordance("Brüssel Wetter kalt February", 10), "all words on one side");
            assertEquals(List.of("4"), tuids(tm.concordance("Wetter kalt", 10)));
            assertEquals(List.of("2"), tuids(tm.concordance("Brussels declaration", 10)));
            assertEquals(1, tm.concordance("Brussels", 1).size(), "at most maxResults");
            assertEquals(List.of(), tm.concordance("  … ", 10), "no words, no hits");
        }
    }

    @Test
    void theLiveMemoryOfTheServerToo() throws Exception {
        try (LiveMemory live = LiveMemory.open(dir.resolve("live"), new DiceScorer(), IndexOptions.DEFAULT)) {
            live.put("a", Content.of("Cooperation is more important than ever."), Content.of("Zusammenarbeit ist wichtiger denn je."),
                    "t1", "server", Optional.of(Instant.EPOCH));
            live.refresh();
            assertEquals(List.of("t1"), tuids(live.concordance("wichtiger", 5)));
        }
    }
}
