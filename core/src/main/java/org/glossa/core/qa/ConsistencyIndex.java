package org.glossa.core.qa;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.glossa.core.text.TextKey;

/**
 * One direction of the consistency check in compact form: for each key text (as a {@link TextKey}), the value texts
 * seen with it (as keys too), each with how often and where first (the ordinal of its first segment pair). About a
 * hundred bytes per distinct key text, whatever the length of the texts.
 */
final class ConsistencyIndex {
    private final Map<TextKey, Group> groups = new HashMap<>();

    void add(TextKey key, TextKey value, int ordinal) {
        Group g = groups.get(key);
        if (g == null) groups.put(key, new Group(value, ordinal));
        else g.add(value, ordinal);
    }

    /** The group of {@code key} when it has more than one value (an inconsistency), else null. */
    Group inconsistent(TextKey key) {
        Group g = groups.get(key);
        return g == null || g.more == null ? null : g;
    }

    /** The first pair of the majority value of every inconsistent group: the segments the findings name. */
    void references(IntConsumer ordinals) {
        for (Group g : groups.values()) {
            if (g.more != null) ordinals.accept(g.majority().first);
        }
    }

    /** How many pairs depart from their group's majority: the findings this direction of the check gives. */
    long departures() {
        long n = 0;
        for (Group g : groups.values()) {
            if (g.more == null) continue;
            n += g.only.count - g.majority().count;
            for (Variant v : g.more) n += v.count;
        }
        return n;
    }

    int size() {
        return groups.size();
    }

    /** One value text: its key, how many pairs have it, the ordinal of the first. */
    static final class Variant {
        final TextKey value;
        final int first;
        int count = 1;

        Variant(TextKey value, int first) {
            this.value = value;
            this.first = first;
        }
    }

    /** The values of one key text, in order of first appearance; the first held inline (most groups have one). */
    static final class Group {
        private final Variant only;
        private List<Variant> more;
        private Variant majority;

        Group(TextKey value, int first) {
            this.only = new Variant(value, first);
        }

        /** Ordinal of the group's first pair. */
        int first() {
            return only.first;
        }

        void add(TextKey value, int ordinal) {
            majority = null;
            if (only.value.equals(value)) {
                only.count++;
                return;
            }
            if (more != null) {
                for (Variant v : more) {
                    if (v.value.equals(value)) {
                        v.count++;
                        return;
                    }
                }
            } else {
                more = new ArrayList<>(2);
            }
            more.add(new Variant(value, ordinal));
        }

        /** The variant of {@code value} (which must have been added). */
        Variant variant(TextKey value) {
            if (only.value.equals(value)) return only;
            for (Variant v : more) if (v.value.equals(value)) return v;
            throw new IllegalArgumentException("not in the group: " + value);
        }

        /** The most frequent value, the first one on a tie. */
        Variant majority() {
            if (majority == null) {
                Variant m = only;
                if (more != null) for (Variant v : more) if (v.count > m.count) m = v;
                majority = m;
            }
            return majority;
        }
    }
}
