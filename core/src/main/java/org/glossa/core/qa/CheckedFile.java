package org.glossa.core.qa;

import java.util.List;
import java.util.Objects;

/**
 * The segment pairs of one file with the per-segment findings of each (no consistency findings yet): what
 * {@link QaEngine#check(String, List)} gives and {@link QaSession#add(CheckedFile)} takes.
 *
 * @param findings one list per pair, in the order of {@code pairs}
 */
public record CheckedFile(String file, List<SegmentPair> pairs, List<List<Finding>> findings) {
    public CheckedFile {
        Objects.requireNonNull(file, "file");
        pairs = List.copyOf(pairs);
        findings = List.copyOf(findings);
        if (pairs.size() != findings.size()) {
            throw new IllegalArgumentException(pairs.size() + " pairs but " + findings.size() + " finding lists");
        }
        for (SegmentPair p : pairs) {
            if (!p.file().equals(file)) throw new IllegalArgumentException("pair of " + p.file() + " in " + file);
        }
    }
}
