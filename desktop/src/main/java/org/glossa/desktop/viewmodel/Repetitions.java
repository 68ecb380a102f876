package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.check.TagMismatchCheck;

/**
 * Repetitions: segments whose source is the same text with the same inline codes (their markup may differ, e.g.
 * two links to different pages). Confirming one fills the others that have no translation yet
 * ({@link #propagate}) with the same translation and status, marked as propagated: the unit gets a 100% match
 * suggestion of origin {@value #ORIGIN} for the segment (XLIFF 1.2 {@code alt-trans}, XLIFF 2 {@code mtc:match}, so
 * the mark survives saving and reopening), and a segment counts as propagated while its target is still that
 * match's. A translation the translator typed (or took from a memory) is never replaced; a propagated one that was
 * left as it is follows a later confirmation of a repetition.
 */
final class Repetitions {

    /** The origin of the match suggestion that marks a propagated translation. */
    static final String ORIGIN = "glossa:repetition";

    private Repetitions() {
    }

    /** True when {@code segment} of {@code unit} holds a propagated translation nobody changed since. */
    static boolean propagated(Unit unit, Segment segment) {
        return segment.target().isPresent() && repetitionMatch(unit, segment.id())
                .map(m -> m.target().equals(segment.target().get())).orElse(false);
    }

    private static Optional<MatchSuggestion> repetitionMatch(Unit unit, String segmentId) {
        return unit.matches().stream().filter(m -> m.segmentId().equals(segmentId) && ORIGIN.equals(m.origin()))
                .findFirst();
    }

    /**
     * The units whose repetitions of row {@code row}'s segment take its translation: the rows with
     * the same displayed source that are not locked and have no translation, or a propagated one that differs.
     */
    static Filled propagate(SegmentGrid grid, DocumentSession session, int row) {
        Segment confirmed = grid.segment(row);
        Map<Integer, Unit> changed = new LinkedHashMap<>();
        int segments = 0;
        if (!spreadable(confirmed)) return new Filled(changed, 0); // a translation that loses codes is not spread
        String source = grid.row(row).sourceText();
        String translation = TagText.display(confirmed.target().get());
        for (int i = 0; i < grid.size(); i++) {
            SegmentRow other = grid.row(i);
            if (i == row || other.locked() || !other.sourceText().equals(source)) continue;
            int unitIndex = grid.unitOf(i);
            Unit unit = changed.getOrDefault(unitIndex, session.unit(unitIndex));
            Optional<Unit> filled = fill(unit, other.segmentId(), translation, confirmed.state());
            if (filled.isEmpty()) continue;
            changed.put(unitIndex, filled.get());
            segments++;
        }
        return new Filled(changed, segments);
    }

    /** Whether {@code confirmed}'s translation may be spread: it has one, and it lacks none of its source's codes. */
    static boolean spreadable(Segment confirmed) {
        return confirmed.target().isPresent()
                && TagMismatchCheck.missing(confirmed.source(), confirmed.target().get()).isEmpty();
    }

    /**
     * {@code unit} with its segment {@code segmentId} filled with {@code translation} (displayed text, parsed against
     * the segment's own source) in {@code state}, marked as propagated; empty when the segment has a translation of
     * its own (typed or from a memory) or already holds this one.
     */
    static Optional<Unit> fill(Unit unit, String segmentId, String translation, SegmentState state) {
        Segment segment = unit.segments().stream().filter(s -> s.id().equals(segmentId)).findFirst().orElseThrow();
        boolean open = segment.translation().isEmpty() || propagated(unit, segment);
        Content target = TagText.parse(translation, segment.source());
        if (!open || (segment.target().equals(Optional.of(target)) && segment.state() == state)) return Optional.empty();
        return Optional.of(marked(unit, segment.withTarget(target, state)));
    }

    /** The units (by unit index) with their repetitions filled, and how many segments that is. */
    record Filled(Map<Integer, Unit> units, int segments) {
    }

    private static Unit marked(Unit unit, Segment segment) {
        List<MatchSuggestion> matches = new ArrayList<>();
        for (MatchSuggestion m : unit.matches()) {
            if (!(m.segmentId().equals(segment.id()) && ORIGIN.equals(m.origin()))) matches.add(m);
        }
        matches.add(new MatchSuggestion(segment.id(), 100, segment.source(), segment.target().orElseThrow(), ORIGIN));
        return unit.withSegment(segment).withMatches(matches);
    }

    /**
     * Shows on each row how often its source occurs in the document ("×3") and in the other documents of its project
     * ("+5", see {@link SegmentGrid#showElsewhere}), and "auto" when its translation was propagated (see
     * {@link SegmentRow#repetitionProperty()}).
     */
    static void mark(SegmentGrid grid, DocumentSession session) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < grid.size(); i++) {
            if (!grid.row(i).locked()) counts.merge(grid.row(i).sourceText(), 1, Integer::sum);
        }
        for (int i = 0; i < grid.size(); i++) mark(grid, session, i, counts);
    }

    /** Marks the rows of unit {@code unitIndex} again (its translations changed). */
    static void markUnit(SegmentGrid grid, Unit unit) {
        for (Segment segment : unit.segments()) {
            grid.rowOf(unit.id(), segment.id()).ifPresent(i -> {
                SegmentRow row = grid.row(i);
                String count = row.repetition().replaceAll("\\s*auto$", "");
                row.showRepetition((count + (propagated(unit, segment) ? " auto" : "")).strip());
            });
        }
    }

    private static void mark(SegmentGrid grid, DocumentSession session, int i, Map<String, Integer> counts) {
        SegmentRow row = grid.row(i);
        int count = counts.getOrDefault(row.sourceText(), 0);
        int elsewhere = row.locked() ? 0 : grid.elsewhere(row.sourceText());
        String times = ((count > 1 ? "×" + count : "") + (elsewhere > 0 ? " +" + elsewhere : "")).strip();
        Unit unit = session.unit(grid.unitOf(i));
        Segment segment = unit.segments().stream().filter(s -> s.id().equals(row.segmentId())).findFirst()
                .orElseThrow();
        row.showRepetition(propagated(unit, segment) ? (times + " auto").strip() : times);
    }
}
