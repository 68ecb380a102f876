package org.glossa.core.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.junit.jupiter.api.Test;

class CombinedLookupTest {
    private static TmMatch match(int score, String source, String target, String origin) {
        MatchKind kind = score > 100 ? MatchKind.CONTEXT : score == 100 ? MatchKind.EXACT : MatchKind.FUZZY;
        return new TmMatch(score, kind, Content.of(source), Content.of(target), "", origin);
    }

    @Test
    void matchesOfAllMemoriesComeBestFirstWithoutRepeatsAndAtMostMax() {
        MemoryLookup file = (s, p, min, max) -> List.of(match(101, "A.", "A-de.", "file.tmx"), match(80, "B.", "B-de.", "file.tmx"));
        MemoryLookup server = (s, p, min, max) -> List.of(match(100, "A.", "A-de.", "news"), match(90, "C.", "C-de.", "news"),
                match(80, "D.", "D-de.", "news"));
        MemoryLookup both = CombinedLookup.of(List.of(file, server));
        assertEquals(List.of(match(101, "A.", "A-de.", "file.tmx"), match(90, "C.", "C-de.", "news"),
                match(80, "B.", "B-de.", "file.tmx")), both.lookup(Content.of("A."), Optional.empty(), 50, 3));
        assertEquals(4, both.lookup(Content.of("A."), Optional.empty(), 50, 10).size(), "the same pair from two memories once");
        assertSame(file, CombinedLookup.of(List.of(file)));
    }
}
