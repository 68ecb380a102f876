package org.glossa.desktop.view;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import org.glossa.desktop.viewmodel.EditorViewModel;

/** The main window's content: menu bar, segment grid and status bar, bound to an {@link EditorViewModel}. */
public final class MainWindow extends BorderPane {

    /** The stylesheet the scene showing this window needs. */
    public static final String STYLESHEET = MainWindow.class.getResource("glossa.css").toExternalForm();

    private final SegmentTable table;

    public MainWindow(EditorViewModel viewModel, Runnable onOpen, Runnable onQuit) {
        getStyleClass().add("main-window");
        table = new SegmentTable(viewModel.rows());
        setTop(menuBar(onOpen, onQuit));
        setCenter(table);
        setBottom(statusBar(viewModel));
    }

    public SegmentTable table() {
        return table;
    }

    private static MenuBar menuBar(Runnable onOpen, Runnable onQuit) {
        MenuItem open = item("Open…", "openMenuItem", "Shortcut+O", onOpen);
        MenuItem quit = item("Quit", "quitMenuItem", "Shortcut+Q", onQuit);
        Menu file = new Menu("File", null, open, new SeparatorMenuItem(), quit);
        file.setId("fileMenu");
        MenuBar bar = new MenuBar(file);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String id, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(event -> action.run());
        return item;
    }

    private static HBox statusBar(EditorViewModel viewModel) {
        Label status = new Label();
        status.setId("statusLabel");
        status.textProperty().bind(viewModel.statusTextProperty());
        HBox bar = new HBox(status);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
