package org.glossa.core.tm.index;

import org.glossa.core.text.TextKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.model.Content;

/**
 * One memory entry for a language pair, as indexed and as the linear scan holds it.
 *
 * @param previous    {@link TextKey#matchHash} of the previous unit's source in the TMX, or {@link TextKey#NO_MATCH_HASH}
 * @param contextProp {@link TextKey#matchHash} of the unit's {@code x-context-prev} property, or {@link TextKey#NO_MATCH_HASH}
 */
record MemoryEntry(Content source, Content target, String tuid, String origin, Optional<Instant> changed,
                   long previous, long contextProp) {
    MemoryEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(tuid, "tuid");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(changed, "changed");
    }

    /** Whether this entry followed a segment with hash {@code previousHash} (never true for NONE). */
    boolean follows(long previousHash) {
        return previousHash != TextKey.NO_MATCH_HASH && (previous == previousHash || contextProp == previousHash);
    }
}
