package org.glossa.core.tm.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * Puts a segment's numbers into a memory entry's target when the entry's source differs from the segment only in
 * numbers. The i-th number of the entry's source maps to the i-th number of the segment; every target number with
 * the value of a mapped number is replaced, written with the target language's separators.
 */
final class NumberSubstitution {
    private NumberSubstitution() {
    }

    /**
     * The adapted target, or {@code target} itself when the numbers cannot be mapped without ambiguity: a source
     * value mapped to two different values, a value both changed and kept, or a changed value not in the target.
     */
    static Content adapt(Tokens segment, Tokens source, Content target, Tokens targetTokens,
            LocaleNumbers targetNumbers) {
        Map<String, NumberToken> changes = new HashMap<>();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < source.numbers.length; i++) {
            NumberToken from = source.numbers[i];
            NumberToken to = segment.numbers[i];
            if (from.key().equals(to.key())) {
                kept.add(from.key());
                continue;
            }
            NumberToken previous = changes.putIfAbsent(from.key(), to);
            if (previous != null && !previous.key().equals(to.key())) return target;
        }
        for (String key : changes.keySet()) {
            if (kept.contains(key)) return target;
        }
        if (changes.isEmpty()) return target;

        Set<String> found = new HashSet<>();
        List<Inline> parts = new ArrayList<>(target.parts());
        // replace from the last number to the first so that the offsets of earlier numbers in a part stay valid
        for (int i = targetTokens.numbers.length - 1; i >= 0; i--) {
            NumberToken old = targetTokens.numbers[i];
            NumberToken replacement = changes.get(old.key());
            if (replacement == null) continue;
            found.add(old.key());
            String text = ((Inline.Text) parts.get(old.part())).value();
            String written = replacement.value() == null || old.value() == null ? replacement.raw()
                    : targetNumbers.format(replacement.value(), old.grouped() || replacement.grouped());
            String replaced = text.substring(0, old.start()) + written + text.substring(old.end());
            parts.set(old.part(), new Inline.Text(replaced));
        }
        if (!found.equals(changes.keySet())) return target;
        return new Content(parts);
    }
}
