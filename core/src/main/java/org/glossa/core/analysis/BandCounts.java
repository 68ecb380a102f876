package org.glossa.core.analysis;

import java.util.EnumMap;
import java.util.Map;

/** Words and segments per band; mutable while an analysis runs, then read through {@link #words(Band)} etc. */
public final class BandCounts {
    private final Map<Band, long[]> counts = new EnumMap<>(Band.class);

    public BandCounts() {
        for (Band b : Band.values()) counts.put(b, new long[2]);
    }

    /**
     * Adds {@code segments} segments of {@code words} words in all to {@code band}: for analyses that count
     * elsewhere (the Spark jobs count across an archive) and bring their counts together here.
     */
    public void add(Band band, long words, long segments) {
        long[] c = counts.get(band);
        c[0] += words;
        c[1] += segments;
    }

    void add(Band band, long words) {
        long[] c = counts.get(band);
        c[0] += words;
        c[1]++;
    }

    void addAll(BandCounts other) {
        for (Band b : Band.values()) {
            counts.get(b)[0] += other.words(b);
            counts.get(b)[1] += other.segments(b);
        }
    }

    public long words(Band b) {
        return counts.get(b)[0];
    }

    public long segments(Band b) {
        return counts.get(b)[1];
    }

    public long totalWords() {
        return counts.values().stream().mapToLong(c -> c[0]).sum();
    }

    public long totalSegments() {
        return counts.values().stream().mapToLong(c -> c[1]).sum();
    }
}
