package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;

/**
 * Find and replace over the rows the grid shows: in source, target or both; match case, whole words, regular
 * expression; only segments of the chosen statuses, with QA issues, or with a glossary term. Find next/previous
 * wrap around and go to the segment of the match. Replacing works on targets only, in text only (never inside an
 * inline code), skips untranslated (locked) units; replace-all is one undo step.
 */
public final class FindReplaceViewModel {

    /** Where to search. */
    public enum Scope { SOURCE, TARGET, BOTH }

    /** Which side of a segment a match is in. */
    public enum Side { SOURCE, TARGET }

    /** A match in row {@code row} (of all rows), in its source or target, at display offsets of {@code hit}. */
    public record Match(int row, Side side, TextSearch.Hit hit) {
    }

    /** A position between matches, for finding the next or previous one. */
    private record Position(int row, int side, int offset) {
        static final Comparator<Position> ORDER = Comparator.comparingInt(Position::row)
                .thenComparingInt(Position::side).thenComparingInt(Position::offset);

        static Position of(Match m) {
            return new Position(m.row(), m.side().ordinal(), m.hit().start());
        }
    }

    private final SegmentGrid grid;
    private final CurrentSegment currentSegment;
    private final DocumentEdits edits;
    private final RowFilter filter;
    private final QaPanelViewModel qa;
    private final IntPredicate hasTerm;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.BOTH);
    private final BooleanProperty matchCase = new SimpleBooleanProperty(false);
    private final BooleanProperty wholeWords = new SimpleBooleanProperty(false);
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final ObservableSet<SegmentStatus> statuses = FXCollections.observableSet();
    private final BooleanProperty onlyQaIssues = new SimpleBooleanProperty(false);
    private final BooleanProperty onlyWithTerms = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Match> match = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Optional<Position> after = Optional.empty();

    /** @param hasTerm tells whether a row's segment has a glossary term */
    FindReplaceViewModel(SegmentGrid grid, CurrentSegment currentSegment, DocumentEdits edits, RowFilter filter,
            QaPanelViewModel qa, IntPredicate hasTerm) {
        this.grid = Objects.requireNonNull(grid, "grid");
        this.currentSegment = Objects.requireNonNull(currentSegment, "currentSegment");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.filter = Objects.requireNonNull(filter, "filter");
        this.qa = Objects.requireNonNull(qa, "qa");
        this.hasTerm = Objects.requireNonNull(hasTerm, "hasTerm");
        query.addListener((obs, old, now) -> forget());
        for (javafx.beans.Observable o : List.of(scope, matchCase, wholeWords, regex)) o.addListener(x -> forget());
    }

    /** Goes to the next match after the last one (or from the current segment on), wrapping at the end. */
    public boolean findNext() {
        return find(true);
    }

    public boolean findPrevious() {
        return find(false);
    }

    private boolean find(boolean forward) {
        Optional<Pattern> pattern = pattern();
        int rows = grid.size();
        if (pattern.isEmpty() || rows == 0) return false;
        int current = Math.max(0, currentSegment.index());
        Position from = after.filter(p -> p.row() == currentSegment.index())
                .orElse(new Position(current, forward ? -1 : Side.values().length, forward ? -1 : Integer.MAX_VALUE));
        Predicate<Integer> eligible = eligible();
        for (int k = 0; k <= rows; k++) {
            int row = Math.floorMod(forward ? current + k : current - k, rows);
            if (!eligible.test(row)) continue;
            List<Match> found = new ArrayList<>(matches(row, pattern.get()));
            if (!forward) Collections.reverse(found);
            for (Match m : found) {
                int order = Position.ORDER.compare(Position.of(m), from);
                boolean ahead = forward ? order > 0 : order < 0;
                if (k == 0 && !ahead || k == rows && ahead) continue;
                show(m, k > 0 && (forward ? row < current : row > current) || k == rows);
                return true;
            }
        }
        match.set(null);
        after = Optional.empty();
        message.set("Not found: " + query.get());
        return false;
    }

    private void show(Match m, boolean wrapped) {
        if (currentSegment.index() != m.row()) currentSegment.select(m.row());
        after = Optional.of(Position.of(m));
        match.set(m);
        message.set((wrapped ? "Wrapped around; " : "") + "found in the " + m.side().name().toLowerCase(java.util.Locale.ROOT)
                + " of segment " + grid.row(m.row()).number());
    }

    /**
     * Replaces the current match (when it is in a target) and goes to the next one; without a current match, finds
     * the first.
     */
    public boolean replace() {
        Optional<Pattern> pattern = pattern();
        if (pattern.isEmpty() || !replacesTargets()) return false;
        Match m = match.get();
        if (m == null || m.side() != Side.TARGET || m.row() != currentSegment.index()) return findNext();
        Segment segment = grid.segment(m.row());
        if (grid.row(m.row()).locked() || segment.target().isEmpty()) {
            message.set("Segment " + grid.row(m.row()).number() + " is locked");
            return findNext();
        }
        Content before = segment.target().get();
        TextSearch.Replaced replaced = TextSearch.replaceOne(pattern.get(), before, m.hit(), replacement.get(),
                regex.get());
        if (replaced.count() == 0) return findNext();
        currentSegment.replaceTarget(replaced.content(), "Replace");
        int grown = TagText.display(replaced.content()).length() - TagText.display(before).length();
        after = Optional.of(new Position(m.row(), Side.TARGET.ordinal(), m.hit().end() + grown - 1));
        match.set(null);
        findNext();
        return true;
    }

    /** Replaces every match in the targets of the rows searched, as one undo step; reports the count. */
    public int replaceAll() {
        Optional<Pattern> pattern = pattern();
        if (pattern.isEmpty() || !replacesTargets()) return 0;
        Map<Integer, Content> targets = new LinkedHashMap<>();
        int count = 0;
        int locked = 0;
        Predicate<Integer> eligible = eligible();
        for (int row = 0; row < grid.size(); row++) {
            if (!eligible.test(row)) continue;
            Optional<Content> target = grid.segment(row).target();
            if (target.isEmpty()) continue;
            TextSearch.Replaced replaced = TextSearch.replaceAll(pattern.get(), target.get(), replacement.get(),
                    regex.get());
            if (replaced.count() == 0) continue;
            if (grid.row(row).locked()) {
                locked += replaced.count();
                continue;
            }
            targets.put(row, replaced.content());
            count += replaced.count();
        }
        forget();
        if (count > 0) edits.replaceTargets(targets, "Replace all");
        message.set((count == 0 ? "Nothing replaced" : "Replaced " + count + (count == 1 ? " match" : " matches")
                + " in " + targets.size() + (targets.size() == 1 ? " segment" : " segments"))
                + (locked > 0 ? "; " + locked + " in locked segments left as they are" : ""));
        return count;
    }

    /** The matches of row {@code row}: source first, then target, each in text order. */
    List<Match> matches(int row, Pattern pattern) {
        List<Match> out = new ArrayList<>();
        Segment segment = grid.segment(row);
        if (scope.get() != Scope.TARGET) {
            for (TextSearch.Hit hit : TextSearch.find(pattern, segment.source())) out.add(new Match(row, Side.SOURCE, hit));
        }
        if (scope.get() != Scope.SOURCE && segment.target().isPresent()) {
            for (TextSearch.Hit hit : TextSearch.find(pattern, segment.target().get())) {
                out.add(new Match(row, Side.TARGET, hit));
            }
        }
        return out;
    }

    /** Which rows a search looks at (the QA findings are taken when the search starts). */
    private Predicate<Integer> eligible() {
        Set<String> issues = onlyQaIssues.get() ? qa.segmentsWithFindings() : Set.of();
        return row -> {
            if (!filter.isVisible(row)) return false;
            SegmentRow r = grid.row(row);
            if (!statuses.isEmpty() && !statuses.contains(RowFilter.status(r))) return false;
            if (onlyQaIssues.get() && !issues.contains(RowFilter.key(r.unitId(), r.segmentId()))) return false;
            return !onlyWithTerms.get() || hasTerm.test(row);
        };
    }

    private boolean replacesTargets() {
        if (scope.get() != Scope.SOURCE) return true;
        message.set("The source is not changed; search in the target (or both) to replace");
        return false;
    }

    private Optional<Pattern> pattern() {
        if (query.get().isEmpty()) {
            message.set("Type what to find");
            return Optional.empty();
        }
        try {
            return Optional.of(new TextSearch.Query(query.get(), matchCase.get(), wholeWords.get(), regex.get())
                    .pattern());
        } catch (PatternSyntaxException e) {
            message.set("Not a regular expression: " + e.getDescription());
            return Optional.empty();
        }
    }

    private void forget() {
        after = Optional.empty();
        match.set(null);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public BooleanProperty wholeWordsProperty() {
        return wholeWords;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    /** Only segments of these statuses are searched (all when empty). */
    public ObservableSet<SegmentStatus> statuses() {
        return statuses;
    }

    public BooleanProperty onlyQaIssuesProperty() {
        return onlyQaIssues;
    }

    public BooleanProperty onlyWithTermsProperty() {
        return onlyWithTerms;
    }

    /** The match last found (null when none), for highlighting. */
    public ReadOnlyObjectProperty<Match> matchProperty() {
        return match.getReadOnlyProperty();
    }

    public Optional<Match> match() {
        return Optional.ofNullable(match.get());
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }
}
