package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.glossa.core.model.MatchSuggestion;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;

/**
 * A three-way merge of a document's work with what another writer saved into its work file meanwhile (decision
 * 0038): {@code base} is what the session last read from or wrote to the file, {@code mine} the session's units now,
 * {@code theirs} the file's units now. Per segment (its target and state, with the memory matches offered for it,
 * where the {@code glossa:repetition} mark of a propagated translation is) and per unit's notes: what only the file
 * changed is taken, what only the session changed is kept, and what both changed differently is a conflict that
 * the session's typed translation wins (as it would have had it saved first: a fill never replaces a translation)
 * and the session's propagated one loses (a later confirmation replaces an unchanged propagated translation, so the
 * result is the same in either order of saves). Units are paired by id and merged only when base, mine and theirs
 * have the same segment ids; any other unit stays the session's.
 */
final class DiskMerge {

    /**
     * The merged units, the indexes of the units that took something from the file, how many segments (and notes)
     * were taken and how many changed on both sides (the session's kept), and how many units of the file could not
     * be paired (their segments differ: a join or split on one side).
     */
    record Result(List<Unit> units, Set<Integer> taken, int segmentsTaken, int conflicts, int unpaired) {
        Result {
            units = List.copyOf(units);
            taken = Set.copyOf(taken);
        }
    }

    private DiskMerge() {
    }

    static Result merge(List<Unit> base, List<Unit> mine, List<Unit> theirs) {
        Map<String, Unit> baseById = byId(base);
        Map<String, Unit> theirsById = byId(theirs);
        List<Unit> out = new ArrayList<>(mine.size());
        Set<Integer> taken = new TreeSet<>();
        int segmentsTaken = 0;
        int conflicts = 0;
        int unpaired = 0;
        for (int i = 0; i < mine.size(); i++) {
            Unit m = mine.get(i);
            Unit b = baseById.get(m.id());
            Unit t = theirsById.get(m.id());
            if (b == null || t == null || b.equals(t)) {
                out.add(m);
                continue;
            }
            List<String> ids = segmentIds(m);
            if (!ids.equals(segmentIds(b)) || !ids.equals(segmentIds(t))) {
                out.add(m);
                unpaired++;
                continue;
            }
            Unit merged = m;
            for (String id : ids) {
                View mv = view(m, id);
                Side side = side(view(b, id), mv, view(t, id));
                // a propagated translation gives way, as to a later confirmation (Repetitions.fill): typed work wins
                if (side == Side.CONFLICT && Repetitions.propagated(m, mv.segment())) side = Side.THEIRS;
                if (side == Side.THEIRS) {
                    merged = withSegmentOf(merged, t, id);
                    segmentsTaken++;
                } else if (side == Side.CONFLICT) {
                    conflicts++;
                }
            }
            Side notes = side(b.notes(), m.notes(), t.notes());
            if (notes == Side.THEIRS) merged = merged.withNotes(t.notes());
            else if (notes == Side.CONFLICT) conflicts++;
            if (merged != m) taken.add(i);
            out.add(merged);
        }
        return new Result(out, taken, segmentsTaken, conflicts, unpaired);
    }

    private enum Side { MINE, THEIRS, CONFLICT }

    /** Which side's version of one part to keep: the file's when only it changed, else the session's. */
    private static Side side(Object base, Object mine, Object theirs) {
        if (Objects.equals(mine, theirs) || Objects.equals(theirs, base)) return Side.MINE;
        return Objects.equals(mine, base) ? Side.THEIRS : Side.CONFLICT;
    }

    /** A segment as a merge sees it: the segment and the matches offered for it. */
    private record View(Segment segment, List<MatchSuggestion> matches) {
    }

    private static View view(Unit unit, String segmentId) {
        Segment segment = unit.segments().stream().filter(s -> s.id().equals(segmentId)).findFirst().orElseThrow();
        return new View(segment, unit.matches().stream().filter(m -> m.segmentId().equals(segmentId)).toList());
    }

    /** {@code into} with segment {@code segmentId} and its matches as {@code from} has them. */
    private static Unit withSegmentOf(Unit into, Unit from, String segmentId) {
        View theirs = view(from, segmentId);
        List<MatchSuggestion> matches = new ArrayList<>();
        for (MatchSuggestion m : into.matches()) if (!m.segmentId().equals(segmentId)) matches.add(m);
        matches.addAll(theirs.matches());
        return into.withSegment(theirs.segment()).withMatches(matches);
    }

    private static List<String> segmentIds(Unit unit) {
        return unit.segments().stream().map(Segment::id).toList();
    }

    private static Map<String, Unit> byId(List<Unit> units) {
        Map<String, Unit> out = new HashMap<>();
        for (Unit u : units) out.putIfAbsent(u.id(), u);
        return out;
    }
}
