package org.glossa.desktop.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.glossa.desktop.viewmodel.AppearanceViewModel;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.GlossaryPanelViewModel;

/**
 * The editor's comfort controls: View → Larger/Smaller/Normal text size (Ctrl+plus, Ctrl+minus, Ctrl+0; the keypad's
 * keys too) and Dark theme, both kept in the settings ({@link AppearanceViewModel}); Edit → Choose glossary term…
 * (Ctrl+Shift+G, every term of the segment, not only the first nine); typing in the grid goes to the target; Tab and
 * Shift+Tab move the focus between the grid, the target and the panels (the focused one has a clear ring, see
 * editor-extras.css); the segment's character and word counts under the target (with "used / limit", red over the limit).
 */
final class ComfortControls {

    static final String DARK_STYLESHEET = ComfortControls.class.getResource("editor-dark.css").toExternalForm();

    /** The counts when the target is longer than its unit's size limit (notes.css). */
    private static final javafx.css.PseudoClass OVER_LIMIT = javafx.css.PseudoClass.getPseudoClass("over-limit");

    private final MainWindow window;
    private final EditorViewModel viewModel;
    private final AppearanceViewModel appearance;

    ComfortControls(MainWindow window, EditorViewModel viewModel, AppearanceViewModel appearance) {
        this.window = window;
        this.viewModel = viewModel;
        this.appearance = appearance;
        window.styleProperty().bind(appearance.fontSizeProperty().asString("-fx-font-size: %dpx;"));
        appearance.darkProperty().addListener((obs, was, dark) -> theme(dark));
        theme(appearance.darkProperty().get());
        window.table().addEventFilter(KeyEvent.KEY_TYPED, this::typedInGrid);
        window.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        Label counts = new Label();
        counts.setId("segmentCounts");
        counts.getStyleClass().add("segment-counts");
        counts.textProperty().bind(viewModel.counts().textProperty());
        viewModel.counts().overLimitProperty().addListener((obs, was, over) -> counts.pseudoClassStateChanged(OVER_LIMIT, over));
        counts.pseudoClassStateChanged(OVER_LIMIT, viewModel.counts().overLimit());
        window.editor().getChildren().add(counts);
    }

    /** The View menu's items. */
    List<MenuItem> viewItems() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeMenuItem");
        dark.setSelected(appearance.darkProperty().get());
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(e -> appearance.setDark(!appearance.darkProperty().get()));
        appearance.darkProperty().addListener((obs, was, now) -> dark.setSelected(now));
        return List.of(new SeparatorMenuItem(),
                item("Larger text", "largerTextMenuItem", "Shortcut+Equals", appearance::larger),
                item("Smaller text", "smallerTextMenuItem", "Shortcut+Minus", appearance::smaller),
                item("Normal text size", "normalTextMenuItem", "Shortcut+0", appearance::resetFontSize),
                dark);
    }

    /** The Edit menu's item. */
    MenuItem glossaryPicker() {
        return item("Choose glossary term…", "chooseTermMenuItem", "Shortcut+Shift+G", this::showTermPicker);
    }

    private void theme(boolean dark) {
        window.getStylesheets().remove(DARK_STYLESHEET);
        if (dark) window.getStylesheets().add(DARK_STYLESHEET);
    }

    /** Every glossary term of the segment, to insert at the caret (Ctrl+1…9 reach only the first nine). */
    private void showTermPicker() {
        TextArea target = window.editor().target();
        ContextMenu picker = new ContextMenu();
        picker.setId("termPicker");
        for (GlossaryPanelViewModel.TermRow term : viewModel.glossary().terms()) {
            MenuItem item = new MenuItem(term.number() + "  " + term.term() + " → " + term.insert());
            item.setId("pickTerm" + term.number());
            item.setOnAction(e -> {
                int caret = viewModel.insertTerm(term.number(), target.getCaretPosition());
                target.requestFocus();
                target.positionCaret(caret);
            });
            picker.getItems().add(item);
        }
        if (picker.getItems().isEmpty()) {
            MenuItem none = new MenuItem("(no glossary terms in this segment)");
            none.setDisable(true);
            picker.getItems().add(none);
        }
        picker.show(target, Side.BOTTOM, 0, 0);
    }

    /** A character typed while the grid has the focus goes to the target (after a click on a row). */
    private void typedInGrid(KeyEvent event) {
        String typed = event.getCharacter();
        if (typed.isEmpty() || event.isControlDown() || event.isAltDown() || event.isMetaDown()
                || event.isShortcutDown() || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        TextArea target = window.editor().target();
        if (!target.isEditable()) return;
        event.consume();
        target.requestFocus();
        target.positionCaret(target.getLength());
        target.insertText(target.getLength(), typed);
    }

    /** Ctrl+plus on the keypad (and as Shift+=), Tab and Shift+Tab between the main parts. */
    private void keys(KeyEvent event) {
        if (event.isShortcutDown() && (event.getCode() == KeyCode.ADD || event.getCode() == KeyCode.PLUS)) {
            event.consume();
            appearance.larger();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.SUBTRACT) {
            event.consume();
            appearance.smaller();
        } else if (event.getCode() == KeyCode.TAB && !event.isShortcutDown() && !event.isAltDown()) {
            Optional<Node> next = next(event.isShiftDown());
            if (next.isPresent()) {
                event.consume();
                next.get().requestFocus();
            }
        }
    }

    /** The part after (or before) the focused one: grid, target, glossary, matches, segment findings, file findings. */
    private Optional<Node> next(boolean backwards) {
        List<Node> cycle = new ArrayList<>(List.of(window.table(), window.editor().target()));
        for (String id : List.of("#glossaryTable", "#matchList", "#segmentFindings", "#fileFindings")) {
            Node node = window.panels().lookup(id);
            if (node != null && node.isVisible()) cycle.add(node);
        }
        Node focused = window.getScene() == null ? null : window.getScene().getFocusOwner();
        int at = -1;
        for (int i = 0; i < cycle.size(); i++) {
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == cycle.get(i)) at = i;
            }
        }
        if (at < 0) return Optional.empty();
        int step = backwards ? cycle.size() - 1 : 1;
        return Optional.of(cycle.get((at + step) % cycle.size()));
    }

    private static MenuItem item(String text, String id, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }
}
