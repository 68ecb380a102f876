package org.glossa.core.tm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Document;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;

/**
 * Fills empty targets from translation memories: a context (101) or exact (100) match as a translated segment, a
 * fuzzy match at or above the threshold as an unconfirmed one (state initial, never final). The best matches of
 * every segment are recorded on its unit, so the XLIFF shows them (alt-trans / matches module).
 */
public final class PreTranslator {
    /** What a run did. */
    public record Stats(int segments, int exact, int fuzzy) {
    }

    private final MemoryLookup memory;
    private final int threshold;
    private final int keep;

    /**
     * @param threshold lowest score that fills a target (e.g. 75)
     * @param keep      how many matches per segment to record (e.g. 3)
     */
    public PreTranslator(MemoryLookup memory, int threshold, int keep) {
        this.memory = memory;
        this.threshold = threshold;
        this.keep = keep;
    }

    public Document apply(Document doc, java.util.function.Consumer<Stats> stats) {
        return apply(doc, stats, score -> { });
    }

    /**
     * As {@link #apply(Document, java.util.function.Consumer)}, also giving the best score found for each segment
     * of the translatable units, in order (0 when there is no match): what an analysis against the same memory
     * would look up again (its matches start at 50; a lower score counts as no match there too).
     */
    public Document apply(Document doc, java.util.function.Consumer<Stats> stats, java.util.function.IntConsumer bestScores) {
        int segments = 0;
        int exact = 0;
        int fuzzy = 0;
        List<Unit> units = new ArrayList<>();
        Optional<org.glossa.core.model.Content> previous = Optional.empty();
        for (Unit u : doc.units()) {
            if (!u.translate()) {
                units.add(u);
                continue;
            }
            List<UnitPart> parts = new ArrayList<>();
            List<MatchSuggestion> suggestions = new ArrayList<>(u.matches());
            for (UnitPart p : u.parts()) {
                if (p instanceof Segment s) {
                    segments++;
                    List<TmMatch> matches = memory.lookup(s.source(), previous, Math.min(threshold, 50), keep);
                    bestScores.accept(matches.isEmpty() ? 0 : matches.get(0).score());
                    for (TmMatch m : matches) {
                        suggestions.add(new MatchSuggestion(s.id(), m.score(), m.source(), m.target(), m.origin()));
                    }
                    Segment filled = s;
                    if (s.target().isEmpty() && !matches.isEmpty() && matches.get(0).score() >= threshold) {
                        TmMatch best = matches.get(0);
                        boolean isExact = best.score() >= 100;
                        filled = s.withTarget(best.target(), isExact ? SegmentState.TRANSLATED : SegmentState.INITIAL);
                        if (isExact) exact++;
                        else fuzzy++;
                    }
                    parts.add(filled);
                    previous = Optional.of(s.source());
                } else {
                    parts.add(p);
                }
            }
            units.add(u.withParts(parts).withMatches(suggestions));
        }
        stats.accept(new Stats(segments, exact, fuzzy));
        return doc.withUnits(units);
    }
}
