package org.glossa.core.text;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The results of a pure function, kept for every argument asked for, up to a bound: the vocabulary of a run repeats,
 * and so do many of its sentences, so analysing each distinct word once (its term-matching keys, its spelling) or
 * each distinct sentence once (its language, a segment pair's QA findings) saves most of the work. When the bound is
 * reached the memo is emptied and fills again, so memory stays bounded on any input. Results must be immutable.
 * Thread-safe; two threads asking for a new argument at once may both compute it (the function is pure).
 *
 * @param <K> the argument, a value with {@code equals} and {@code hashCode} (a word, a text, a record of them)
 * @param <V> the result, immutable and not null
 */
public final class BoundedMemo<K, V> {
    private final Function<K, V> function;
    private final int bound;
    private final ConcurrentHashMap<K, V> known = new ConcurrentHashMap<>();

    /** Remembers the results of {@code function} for up to {@code bound} arguments at a time. */
    public BoundedMemo(int bound, Function<K, V> function) {
        if (bound < 1) throw new IllegalArgumentException("bound " + bound);
        this.function = Objects.requireNonNull(function, "function");
        this.bound = bound;
    }

    /** {@code function(key)}, computed unless it was asked for before. */
    public V get(K key) {
        V v = known.get(key);
        if (v != null) return v;
        v = Objects.requireNonNull(function.apply(key), "result");
        if (known.size() >= bound) known.clear();
        known.put(key, v);
        return v;
    }
}
