package org.glossa.desktop.view;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;

import org.glossa.desktop.viewmodel.SegmentRow;

/** The segment grid: one row per segment, rows of untranslated units (boilerplate) greyed out. */
public final class SegmentTable extends TableView<SegmentRow> {

    /** Set on rows whose unit is not translated; the stylesheet greys them. */
    public static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

    /** Horizontal padding of a cell (see the stylesheet) plus a little air, taken off the wrapping width. */
    private static final double WRAP_MARGIN = 14;

    public SegmentTable(ObservableList<SegmentRow> rows) {
        super(rows);
        getStyleClass().add("segment-table");
        setId("segmentTable");
        setPlaceholder(new Label("No document open. Use File → Open… to open one."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setRowFactory(table -> new LockableRow());
        getColumns().setAll(List.of(
                fixed(column("#", "numberColumn", row -> Integer.toString(row.number())), 56),
                fixed(column("Role", "roleColumn", SegmentRow::roleId), 110),
                wrapping(column("Source", "sourceColumn", SegmentRow::sourceText)),
                wrapping(column("Target", "targetColumn", SegmentRow::targetText)),
                fixed(column("State", "stateColumn", SegmentRow::stateId), 100)));
        getColumns().get(0).getStyleClass().add("number-column");
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
            setText(value);
            text.setText(value == null ? "" : value);
            setGraphic(value == null ? null : text);
        }
    }

    private static final class LockableRow extends TableRow<SegmentRow> {
        @Override
        protected void updateItem(SegmentRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(LOCKED, !empty && item != null && item.locked());
        }
    }
}
