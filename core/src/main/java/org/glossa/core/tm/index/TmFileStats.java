package org.glossa.core.tm.index;

import java.nio.file.Path;

/**
 * One TMX file of a memory.
 *
 * @param units    the {@code <tu>} elements in the file
 * @param entries  the units indexed for the language pair (with a non-empty source and a target)
 * @param rebuilt  whether this open built the index (missing, stale or unreadable cache) instead of reusing it
 */
public record TmFileStats(Path tmx, Path indexDir, long units, long entries, long indexBytes, boolean rebuilt) {
}
