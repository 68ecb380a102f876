package org.glossa.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** {@link RecentTexts} and {@link BoundedMemo}: each computes once per argument while it remembers it. */
class MemosTest {
    @Test
    void recentTextsComputesOncePerTextAndThreadAndForgetsTheOldest() {
        List<String> computed = new ArrayList<>();
        RecentTexts<String> upper = new RecentTexts<>(2, t -> {
            computed.add(t);
            return t.toUpperCase();
        });
        String first = upper.get("nato");
        // an equal text built anew is found again, and gets the same result object
        assertSame(first, upper.get(new String(new char[] {'n', 'a', 't', 'o'})));
        assertEquals("EU", upper.get("eu"));
        assertEquals(List.of("nato", "eu"), computed);
        upper.get("un"); // the third text takes the oldest slot (nato)
        upper.get("eu");
        upper.get("nato");
        assertEquals(List.of("nato", "eu", "un", "nato"), computed);
    }

    @Test
    void recentTextsKeepsEachThreadsTextsApart() throws InterruptedException {
        List<String> computed = new java.util.concurrent.CopyOnWriteArrayList<>();
        RecentTexts<Integer> length = new RecentTexts<>(4, t -> {
            computed.add(t);
            return t.length();
        });
        assertEquals(4, length.get("NATO"));
        AtomicReference<Integer> other = new AtomicReference<>();
        Thread t = new Thread(() -> other.set(length.get("NATO")));
        t.start();
        t.join();
        assertEquals(4, other.get());
        assertEquals(List.of("NATO", "NATO"), computed);
        assertThrows(IllegalArgumentException.class, () -> new RecentTexts<>(0, String::length));
    }

    @Test
    void boundedMemoComputesOncePerArgumentAndStartsAgainAtItsBound() {
        List<String> computed = new ArrayList<>();
        BoundedMemo<String, Integer> length = new BoundedMemo<>(2, w -> {
            computed.add(w);
            return w.length();
        });
        assertEquals(4, length.get("NATO"));
        assertEquals(4, length.get("NATO"));
        assertEquals(2, length.get("EU"));
        assertEquals(List.of("NATO", "EU"), computed);
        assertEquals(2, length.get("UN")); // full: emptied, then UN kept
        assertEquals(2, length.get("UN"));
        assertEquals(4, length.get("NATO"));
        assertEquals(List.of("NATO", "EU", "UN", "NATO"), computed);
        assertThrows(NullPointerException.class, () -> new BoundedMemo<String, String>(2, w -> null).get("x"));
    }
}
