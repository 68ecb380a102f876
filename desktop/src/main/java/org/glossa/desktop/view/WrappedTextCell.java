package org.glossa.desktop.view;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * A panel table cell whose text wraps to the column width (the row grows), with the full text in a tooltip too, so
 * long terms, findings and messages are never cut off.
 */
final class WrappedTextCell<T> extends TableCell<T, String> {

    /** Cell padding plus a little air, taken off the wrapping width. */
    private static final double MARGIN = 12;

    private final Text text = new Text();
    private final Tooltip tooltip = new Tooltip();

    WrappedTextCell(TableColumn<T, String> column) {
        getStyleClass().add("wrapped-cell");
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(MARGIN));
        text.fillProperty().bind(textFillProperty());
        text.fontProperty().bind(fontProperty());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        tooltip.setShowDelay(Duration.millis(400));
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        String value = empty ? null : item;
        setText(value);
        text.setText(value == null ? "" : value);
        setGraphic(value == null ? null : text);
        tooltip.setText(value == null ? "" : value);
        setTooltip(value == null || value.isEmpty() ? null : tooltip);
    }
}
