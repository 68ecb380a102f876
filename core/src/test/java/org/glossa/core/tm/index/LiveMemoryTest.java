package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.score.MatchScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveMemoryTest {
    @TempDir
    Path dir;

    private LiveMemory open() throws Exception {
        return LiveMemory.open(dir, MatchScorer.forLanguages("en", "de"), IndexOptions.DEFAULT);
    }

    private static List<TmMatch> find(LiveMemory m, String text) {
        return m.lookup(Content.of(text), Optional.empty(), 50, 5);
    }

    @Test
    void putEntriesAreFoundAfterRefreshAndReplacedById() throws Exception {
        try (LiveMemory m = open()) {
            assertTrue(m.bookmark().isEmpty());
            m.put("1", Content.of("The council met on Monday."), Content.of("Der Rat tagte am Montag."), "t1", "news",
                    Optional.empty());
            assertTrue(find(m, "The council met on Monday.").isEmpty(), "not visible before refresh");
            m.refresh();
            List<TmMatch> exact = find(m, "The council met on Monday.");
            assertEquals(1, exact.size());
            assertEquals(100, exact.get(0).score());
            assertEquals("Der Rat tagte am Montag.", exact.get(0).target().plainText());
            assertEquals("t1", exact.get(0).tuid());
            assertEquals("news", exact.get(0).origin());
            List<TmMatch> fuzzy = find(m, "The council met on Tuesday.");
            assertEquals(1, fuzzy.size());
            assertTrue(fuzzy.get(0).score() < 100 && fuzzy.get(0).score() >= 50, "fuzzy " + fuzzy.get(0).score());

            m.put("1", Content.of("The council met on Monday."), Content.of("Der Rat kam am Montag zusammen."), "t1",
                    "news", Optional.empty());
            m.refresh();
            assertEquals(List.of("Der Rat kam am Montag zusammen."),
                    find(m, "The council met on Monday.").stream().map(x -> x.target().plainText()).toList());
            assertEquals(1, m.size());
            m.delete("1");
            m.refresh();
            assertEquals(0, m.size());
        }
    }

    @Test
    void committedEntriesAndBookmarkSurviveReopeningUncommittedOnesDoNot() throws Exception {
        try (LiveMemory m = open()) {
            m.put("1", Content.of("Kept after a restart."), Content.of("Nach einem Neustart erhalten."), "", "a",
                    Optional.empty());
            m.commit("42");
            m.put("2", Content.of("Lost after a restart."), Content.of("Nach einem Neustart verloren."), "", "a",
                    Optional.empty());
            m.refresh();
            assertEquals(2, m.size());
        }
        try (LiveMemory m = open()) {
            assertEquals(Optional.of("42"), m.bookmark());
            assertEquals(1, m.size());
            assertEquals(1, find(m, "Kept after a restart.").size());
        }
    }

    @Test
    void exactKeyIgnoresCaseAndSpacing() {
        assertEquals(LiveMemory.exactKey("The  Council met."), LiveMemory.exactKey("the council met."));
        assertTrue(!LiveMemory.exactKey("The council met.").equals(LiveMemory.exactKey("The council meets.")));
    }
}
