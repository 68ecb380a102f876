package org.glossa.desktop.view;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.glossa.desktop.viewmodel.SegmentRow;
import org.glossa.desktop.viewmodel.WindowLayout;

/**
 * Restores the window's size, position, maximized state, dividers and column widths from a {@link WindowLayout}
 * and takes them again when the window closes. The size and position kept are the window's when not maximized.
 */
public final class LayoutKeeper {

    private final Stage stage;
    private final MainWindow window;
    private double x;
    private double y;
    private double width;
    private double height;

    public LayoutKeeper(Stage stage, MainWindow window) {
        this.stage = stage;
        this.window = window;
        stage.xProperty().addListener((obs, old, now) -> remember());
        stage.yProperty().addListener((obs, old, now) -> remember());
        stage.widthProperty().addListener((obs, old, now) -> remember());
        stage.heightProperty().addListener((obs, old, now) -> remember());
    }

    /** Applies {@code layout} (before the stage is shown); a position on no screen is left to the system. */
    public void apply(WindowLayout layout) {
        stage.setWidth(layout.width());
        stage.setHeight(layout.height());
        Rectangle2D bounds = new Rectangle2D(layout.x(), layout.y(), layout.width(), layout.height());
        if (!Screen.getScreensForRectangle(bounds).isEmpty()) {
            stage.setX(layout.x());
            stage.setY(layout.y());
        }
        stage.setMaximized(layout.maximized());
        // dividers and columns once the window has its size: the split panes and the grid's constrained columns
        // would otherwise share the space out again on the first layout
        Platform.runLater(() -> restoreInside(layout));
        x = layout.x();
        y = layout.y();
        width = layout.width();
        height = layout.height();
    }

    private void restoreInside(WindowLayout layout) {
        List<SplitPane> panes = window.splitPanes();
        for (int i = 0; i < panes.size(); i++) {
            int pane = i;
            layout.divider(i).ifPresent(d -> panes.get(pane).setDividerPositions(d));
        }
        window.applyCss();
        window.layout();
        SegmentTable table = window.table();
        List<TableColumn<SegmentRow, ?>> columns = new ArrayList<>(table.getColumns());
        for (int i = 0; i < Math.min(columns.size(), layout.columnWidths().size()); i++) {
            TableColumn<SegmentRow, ?> column = columns.get(i);
            double delta = layout.columnWidths().get(i) - column.getWidth();
            if (column.isResizable() && Math.abs(delta) >= 1) table.resizeColumn(column, delta);
        }
    }

    /** The layout now. */
    public WindowLayout current() {
        remember();
        List<Double> dividers = new ArrayList<>();
        for (SplitPane pane : window.splitPanes()) {
            double[] positions = pane.getDividerPositions();
            if (positions.length > 0) dividers.add(positions[0]);
        }
        List<Double> columns = window.table().getColumns().stream().map(c -> c.getWidth()).toList();
        return new WindowLayout(x, y, width, height, stage.isMaximized(), dividers, columns);
    }

    private void remember() {
        if (stage.isMaximized() || stage.isIconified() || Double.isNaN(stage.getWidth())) return;
        x = stage.getX();
        y = stage.getY();
        width = stage.getWidth();
        height = stage.getHeight();
    }
}
