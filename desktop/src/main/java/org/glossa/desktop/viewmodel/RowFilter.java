package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * Which rows the grid shows: all, one status, the unconfirmed ones or those with QA issues. The grid shows
 * {@link #visibleRows()}, a {@link FilteredList} over all rows (the table stays virtualized); moving between
 * segments uses the visible rows only. A row is tested when the filter is chosen (and when the rows are rebuilt):
 * confirming a segment under "Unconfirmed" does not make it vanish under the caret; choosing the filter again
 * refreshes it.
 */
public final class RowFilter {

    /** The filters, with their menu text. */
    public enum Show {
        ALL("All segments"), UNCONFIRMED("Unconfirmed"), QA_ISSUES("With QA issues"), NEW("New"), DRAFT("Draft"),
        TRANSLATED("Translated"), REVIEWED("Reviewed"), FINAL("Final");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final FilteredList<SegmentRow> visible;
    private final Supplier<Set<String>> rowsWithIssues;
    private final ReadOnlyObjectWrapper<Show> show = new ReadOnlyObjectWrapper<>(Show.ALL);

    /** @param rowsWithIssues the keys ({@link #key}) of the rows that have QA findings now */
    RowFilter(ObservableList<SegmentRow> rows, Supplier<Set<String>> rowsWithIssues) {
        this.visible = new FilteredList<>(rows);
        this.rowsWithIssues = Objects.requireNonNull(rowsWithIssues, "rowsWithIssues");
    }

    static String key(String unitId, String segmentId) {
        return unitId + "\u0000" + segmentId;
    }

    /** Shows the rows that pass {@code filter} now. */
    void apply(Show filter) {
        show.set(Objects.requireNonNull(filter, "filter"));
        Predicate<SegmentRow> test = predicate(filter);
        // a new object each time: the same (cached) lambda would not make the list test its rows again
        visible.setPredicate(test == null ? null : row -> test.test(row));
    }

    private Predicate<SegmentRow> predicate(Show filter) {
        return switch (filter) {
            case ALL -> null;
            case UNCONFIRMED -> RowFilter::unconfirmed;
            case QA_ISSUES -> {
                Set<String> issues = Set.copyOf(rowsWithIssues.get());
                yield row -> issues.contains(key(row.unitId(), row.segmentId()));
            }
            default -> {
                SegmentStatus wanted = SegmentStatus.valueOf(filter.name());
                yield row -> !row.locked() && status(row) == wanted;
            }
        };
    }

    static SegmentStatus status(SegmentRow row) {
        return SegmentStatus.valueOf(row.statusId().toUpperCase(Locale.ROOT));
    }

    /** True when row {@code index} (of all rows) is shown. */
    public boolean isVisible(int index) {
        return visible.getViewIndex(index) >= 0;
    }

    /** The first shown row at or after {@code from} (of all rows) that passes {@code test}. */
    Optional<Integer> firstShown(int from, Predicate<SegmentRow> test) {
        List<? extends SegmentRow> rows = visible.getSource();
        for (int i = Math.max(0, from); i < rows.size(); i++) {
            if (isVisible(i) && test.test(rows.get(i))) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** The last shown row before {@code before} (of all rows). */
    Optional<Integer> lastShownBefore(int before) {
        for (int i = Math.min(before, visible.getSource().size()) - 1; i >= 0; i--) {
            if (isVisible(i)) return Optional.of(i);
        }
        return Optional.empty();
    }

    /** A translatable row that is not confirmed. */
    static boolean unconfirmed(SegmentRow row) {
        return !row.locked() && !status(row).confirmed();
    }

    /** The rows the grid shows. */
    public ObservableList<SegmentRow> visibleRows() {
        return visible;
    }

    /** Position in {@link #visibleRows()} of row {@code index} of all rows; -1 when it is hidden. */
    public int viewIndex(int index) {
        return index < 0 ? -1 : Math.max(-1, visible.getViewIndex(index));
    }

    /** Row of all rows shown at {@code viewIndex}. */
    public int sourceIndex(int viewIndex) {
        return visible.getSourceIndex(viewIndex);
    }

    public ReadOnlyObjectProperty<Show> showProperty() {
        return show.getReadOnlyProperty();
    }

    public Show show() {
        return show.get();
    }
}
