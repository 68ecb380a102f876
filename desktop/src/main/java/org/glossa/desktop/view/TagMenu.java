package org.glossa.desktop.view;

import java.util.OptionalInt;

import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import org.glossa.desktop.viewmodel.TargetTagsViewModel;

/**
 * Edit → Insert next tag (F9, memoQ's key; Ctrl+T, OmegaT's, as a second shortcut), Edit → Insert tag → one of the
 * source's codes (missing ones first in the list's order, placed ones greyed), and the same list as a picker at the
 * target (Shift+F9). A selection in the target is wrapped in a missing pair.
 */
final class TagMenu {

    /** Second shortcut of "Insert next tag". */
    static final KeyCombination NEXT_ALIAS = KeyCombination.keyCombination("Shortcut+T");

    private final TargetTagsViewModel tags;
    private final TextArea target;

    TagMenu(TargetTagsViewModel tags, TextArea target) {
        this.tags = tags;
        this.target = target;
    }

    MenuItem next() {
        MenuItem item = new MenuItem("Insert next tag");
        item.setId("insertNextTagMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("F9"));
        item.setOnAction(e -> insertNext());
        return item;
    }

    /** The Insert tag submenu, filled with the current segment's codes when it opens. */
    Menu chooser() {
        Menu menu = new Menu("Insert tag");
        menu.setId("insertTagMenu");
        menu.getItems().add(new MenuItem("(no tags)"));
        menu.setOnShowing(e -> fill(menu.getItems()));
        return menu;
    }

    MenuItem picker() {
        MenuItem item = new MenuItem("Choose tag to insert…");
        item.setId("chooseTagMenuItem");
        item.setAccelerator(KeyCombination.keyCombination("Shift+F9"));
        item.setOnAction(e -> showPicker());
        return item;
    }

    /** True (and the tag inserted) when {@code event} is the second shortcut. */
    boolean handles(KeyEvent event) {
        if (!NEXT_ALIAS.match(event)) return false;
        event.consume();
        insertNext();
        return true;
    }

    private void insertNext() {
        IndexRange selection = target.getSelection();
        place(tags.insertNext(selection.getStart(), selection.getEnd()));
    }

    private void showPicker() {
        ContextMenu popup = new ContextMenu();
        popup.setId("tagPicker");
        fill(popup.getItems());
        popup.show(target, Side.BOTTOM, 0, 0);
    }

    private void fill(javafx.collections.ObservableList<MenuItem> items) {
        items.clear();
        for (TargetTagsViewModel.Choice choice : tags.choices()) {
            MenuItem item = new MenuItem(choice.label() + (choice.placed() ? " (placed)" : ""));
            item.setId("insertTag" + choice.number());
            item.setOnAction(e -> {
                IndexRange selection = target.getSelection();
                place(tags.insert(choice.number(), selection.getStart(), selection.getEnd()));
            });
            items.add(item);
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("(the source has no tags)");
            none.setDisable(true);
            items.add(none);
        }
    }

    private void place(OptionalInt caret) {
        target.requestFocus();
        caret.ifPresent(target::positionCaret);
    }
}
