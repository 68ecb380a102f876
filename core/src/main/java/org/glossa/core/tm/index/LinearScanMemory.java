package org.glossa.core.tm.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;

/**
 * The baseline: every entry of the memory is held in RAM (compactly encoded) and every lookup scores all of them
 * with the scorer. For benchmarks and as a test oracle for {@link TranslationMemory}; not for production use.
 */
public final class LinearScanMemory implements TmLookup {
    private final TmScorer scorer;
    private final List<Packed> entries;

    private LinearScanMemory(TmScorer scorer, List<Packed> entries) {
        this.scorer = scorer;
        this.entries = entries;
    }

    /** Reads the entries of the language pair from the TMX files into memory. */
    public static LinearScanMemory load(List<Path> tmxFiles, String sourceLang, String targetLang, TmScorer scorer)
            throws IOException {
        Objects.requireNonNull(scorer, "scorer");
        List<Packed> entries = new ArrayList<>();
        for (Path tmx : tmxFiles) {
            PairedUnits.read(tmx, sourceLang, targetLang, k -> entries.add(Packed.of(k.entry())));
        }
        return new LinearScanMemory(scorer, entries);
    }

    public int size() {
        return entries.size();
    }

    @Override
    public List<TmMatch> lookup(Content segment, Optional<Content> previousSegment, int minScore, int maxResults) {
        MatchRanker ranker = new MatchRanker(segment, previousSegment, scorer, minScore);
        for (Packed p : entries) ranker.offer(p.unpack());
        return ranker.top(maxResults);
    }

    @Override
    public void close() {
        // nothing held but memory
    }

    /** An entry in about a third of the memory of the objects. */
    private record Packed(byte[] source, byte[] target, byte[] tuid, String origin, long changed, long previous,
                          long contextProp) {
        private static final long NO_DATE = Long.MIN_VALUE;

        static Packed of(MemoryEntry e) {
            return new Packed(ContentCodec.encode(e.source()), ContentCodec.encode(e.target()),
                    e.tuid().getBytes(StandardCharsets.UTF_8), e.origin().intern(),
                    e.changed().map(Instant::toEpochMilli).orElse(NO_DATE), e.previous(), e.contextProp());
        }

        MemoryEntry unpack() {
            return new MemoryEntry(ContentCodec.decode(source), ContentCodec.decode(target),
                    new String(tuid, StandardCharsets.UTF_8), origin,
                    changed == NO_DATE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(changed)), previous,
                    contextProp);
        }
    }
}
