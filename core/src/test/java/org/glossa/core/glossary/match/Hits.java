package org.glossa.core.glossary.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Assertions on hit lists. */
final class Hits {
    private Hits() {
    }

    /**
     * An expected hit: the text as it occurs and the glossary term it must report; {@code inWord} for compound heads
     * (the hit is the end of a longer word).
     */
    record Expected(String matched, String term, boolean inWord) {
    }

    static Expected hit(String matched, String term) {
        return new Expected(matched, term, false);
    }

    static Expected hit(String same) {
        return hit(same, same);
    }

    static Expected head(String matched, String term) {
        return new Expected(matched, term, true);
    }

    /**
     * Asserts that {@code actual} are exactly the expected hits, in order; each expected hit's offsets are those of
     * the next occurrence of its text after the previous hit.
     */
    static void assertHits(String text, List<TermHit> actual, Expected... expected) {
        List<String> want = new ArrayList<>();
        int from = 0;
        for (Expected e : expected) {
            int after = from;
            int start = e.inWord() ? text.indexOf(e.matched(), after) : nextWholeWord(text, e.matched(), after);
            assertTrue(start >= 0, () -> "test error: '" + e.matched() + "' not in text after offset " + after);
            int end = start + e.matched().length();
            want.add(start + "-" + end + " " + e.matched() + " -> " + e.term());
            from = end;
        }
        List<String> got = actual.stream()
                .map(h -> h.start() + "-" + h.end() + " " + h.matchedText() + " -> " + h.term().text()).toList();
        assertEquals(String.join("\n", want), String.join("\n", got));
        for (TermHit h : actual) assertEquals(text.substring(h.start(), h.end()), h.matchedText());
    }

    /** The next occurrence of {@code s} that is not part of a longer word. */
    private static int nextWholeWord(String text, String s, int from) {
        for (int i = text.indexOf(s, from); i >= 0; i = text.indexOf(s, i + 1)) {
            int end = i + s.length();
            boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = end < text.length() && Character.isLetterOrDigit(text.charAt(end));
            if (!before && !after) return i;
        }
        return -1;
    }

    static List<String> terms(List<TermHit> hits) {
        return hits.stream().map(h -> h.term().text()).toList();
    }
}
