package org.glossa.core.text;

import java.util.Objects;
import java.util.function.Function;

/**
 * The results of a pure function of a text for the last few texts each thread gave it. QA reads the same segment's
 * source and target many times (its checks' words, dates, term hits); with this each reading is done once per text
 * and thread, and every caller gets the same result object, so results must be immutable. A text is found again by
 * {@link String#equals}, so texts built anew for each call (a segment's plain text) are found too. Thread-safe: each
 * thread has its own few slots, replaced oldest first.
 *
 * @param <V> the result, immutable
 */
public final class RecentTexts<V> {
    private final Function<String, V> function;
    private final int size;
    private final ThreadLocal<Slots<V>> slots;

    /** Remembers the results of {@code function} for the last {@code size} texts of each thread. */
    public RecentTexts(int size, Function<String, V> function) {
        if (size < 1) throw new IllegalArgumentException("size " + size);
        this.function = Objects.requireNonNull(function, "function");
        this.size = size;
        this.slots = ThreadLocal.withInitial(() -> new Slots<>(this.size));
    }

    /** {@code function(text)}, computed unless this thread asked for the same text lately. */
    public V get(String text) {
        Slots<V> s = slots.get();
        int hash = text.hashCode();
        for (int i = 0; i < size; i++) {
            String k = s.texts[i];
            if (k != null && s.hashes[i] == hash && (k == text || k.equals(text))) {
                @SuppressWarnings("unchecked")
                V v = (V) s.values[i];
                return v;
            }
        }
        V v = function.apply(text);
        int slot = s.next;
        s.texts[slot] = text;
        s.hashes[slot] = hash;
        s.values[slot] = v;
        s.next = (slot + 1) % size;
        return v;
    }

    private static final class Slots<V> {
        final String[] texts;
        final int[] hashes;
        final Object[] values;
        int next;

        Slots(int size) {
            texts = new String[size];
            hashes = new int[size];
            values = new Object[size];
        }
    }
}
