package org.glossa.desktop.view;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Text;

import org.glossa.desktop.viewmodel.SegmentRow;
import org.glossa.desktop.viewmodel.VisibleSpaces;

/**
 * The segment grid: one row per segment, rows of untranslated units (boilerplate) greyed out, the status column
 * coloured by status. Virtualized by {@link TableView}; the target, status and match cells follow the row's
 * properties.
 */
public final class SegmentTable extends TableView<SegmentRow> {

    /** Set on rows whose unit is not translated; the stylesheet greys them. */
    public static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

    /** Horizontal padding of a cell (see the stylesheet) plus a little air, taken off the wrapping width. */
    private static final double WRAP_MARGIN = 14;

    @SuppressWarnings("unchecked")
    public SegmentTable(ObservableList<SegmentRow> rows) {
        super(rows);
        getStyleClass().add("segment-table");
        setId("segmentTable");
        setPlaceholder(new Label(
                "No document open: File → Open… (Ctrl+O), drop a file here, or double-click a project source."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setRowFactory(table -> new LockableRow());
        getColumns().setAll(List.of(
                fixed(column("#", "numberColumn", row -> Integer.toString(row.number())), 56),
                fixed(column("Role", "roleColumn", SegmentRow::roleId), 110),
                wrapping(column("Source", "sourceColumn", SegmentRow::sourceText)),
                wrapping(property(column("Target", "targetColumn", SegmentRow::targetText),
                        SegmentRow::targetTextProperty)),
                fixed(property(column("Status", "statusColumn", SegmentRow::statusId), SegmentRow::statusIdProperty),
                        90),
                fixed(property(column("Match", "matchColumn", SegmentRow::matchScore), SegmentRow::matchScoreProperty),
                        64),
                fixed(property(column("Rep.", "repetitionColumn", SegmentRow::repetition),
                        SegmentRow::repetitionProperty), 104)));
        ((TableColumn<SegmentRow, String>) getColumns().get(4)).setCellFactory(column -> new StatusCell());
        getColumns().get(0).getStyleClass().add("number-column");
    }

    /**
     * Scrolls so that row {@code index} shows with two rows above it, unless it is already well inside the view:
     * moving to the next segment then costs no scrolling (with rows of varying height, every scroll makes the
     * flow measure rows again).
     */
    public void reveal(int index) {
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null) {
            int first = flow.getFirstVisibleCell().getIndex();
            int last = flow.getLastVisibleCell().getIndex();
            if (index > first && index < last) return;
        }
        scrollTo(Math.max(0, index - 2));
    }

    private static TableColumn<SegmentRow, String> column(String title, String id,
                                                          Function<SegmentRow, String> value) {
        TableColumn<SegmentRow, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static TableColumn<SegmentRow, String> property(
            TableColumn<SegmentRow, String> column, Function<SegmentRow, ObservableValue<String>> value) {
        column.setCellValueFactory(cell -> value.apply(cell.getValue()));
        return column;
    }

    private static TableColumn<SegmentRow, String> fixed(TableColumn<SegmentRow, String> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        column.setResizable(false);
        return column;
    }

    /** Long sentences wrap onto more lines instead of being cut off. */
    private static TableColumn<SegmentRow, String> wrapping(TableColumn<SegmentRow, String> column) {
        column.setCellFactory(WrappingCell::new);
        return column;
    }

    /**
     * Shows its text in a {@link Text} wrapped to the column width, so the row grows with long sentences. The
     * text takes colour and font from the cell, so the stylesheet styles it like any other cell.
     */
    private static final class WrappingCell extends TableCell<SegmentRow, String> {
        private final Text text = new Text();

        WrappingCell(TableColumn<SegmentRow, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(WRAP_MARGIN));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            text.setLineSpacing(2);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String value = empty || item == null ? null : item;
            boolean changed = value != null && getGraphic() == text && !value.equals(text.getText());
            double before = text.getLayoutBounds().getHeight();
            setText(value);
            text.setText(value == null ? "" : VisibleSpaces.show(value));
            setGraphic(value == null ? null : text);
            if (changed && text.getLayoutBounds().getHeight() != before
                    && getTableView() instanceof SegmentTable table) {
                table.remeasure();
            }
        }
    }

    private boolean remeasuring;

    /**
     * The rows are measured again on the next pulse: a cell's text that now takes more or fewer lines (the target
     * being typed) changes its row's height, which the virtual flow does not notice by itself. Only the visible
     * rows are rebuilt, once per pulse however many cells asked.
     */
    void remeasure() {
        if (remeasuring) return;
        remeasuring = true;
        javafx.application.Platform.runLater(() -> {
            remeasuring = false;
            refresh();
        });
    }

    private static final class LockableRow extends TableRow<SegmentRow> {
        @Override
        protected void updateItem(SegmentRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(LOCKED, !empty && item != null && item.locked());
        }
    }

    private static final List<String> STATUSES = List.of("new", "draft", "translated", "reviewed", "final");

    /** A status cell with the status as pseudo-class ({@code :draft}, {@code :translated}…) for colouring. */
    private static final class StatusCell extends TableCell<SegmentRow, String> {
        StatusCell() {
            getStyleClass().add("status-cell");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            for (String status : STATUSES) {
                pseudoClassStateChanged(PseudoClass.getPseudoClass(status), !empty && status.equals(item));
            }
        }
    }
}
