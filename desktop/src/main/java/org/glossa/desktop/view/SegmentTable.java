package org.glossa.desktop.view;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.glossa.desktop.viewmodel.SegmentRow;

/** The segment grid: one row per segment, rows of untranslated units (boilerplate) greyed out. */
public final class SegmentTable extends TableView<SegmentRow> {

    /** Set on rows whose unit is not translated; the stylesheet greys them. */
    public static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

    public SegmentTable(ObservableList<SegmentRow> rows) {
        super(rows);
        getStyleClass().add("segment-table");
        setId("segmentTable");
        setPlaceholder(new Label("No document open. Use File → Open… to open one."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setRowFactory(table -> new LockableRow());
        getColumns().setAll(java.util.List.of(
                fixed(column("#", "numberColumn", row -> Integer.toString(row.number())), 56),
                fixed(column("Role", "roleColumn", SegmentRow::roleId), 110),
                column("Source", "sourceColumn", SegmentRow::sourceText),
                column("Target", "targetColumn", SegmentRow::targetText),
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

    private static final class LockableRow extends TableRow<SegmentRow> {
        @Override
        protected void updateItem(SegmentRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(LOCKED, !empty && item != null && item.locked());
        }
    }
}
