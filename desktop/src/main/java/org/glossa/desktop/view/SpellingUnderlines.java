package org.glossa.desktop.view;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

import org.glossa.desktop.viewmodel.SpellingViewModel;

/**
 * The target's misspellings as red wavy underlines, drawn over the text area (a {@link TextOverlay} on {@code host},
 * the pane holding the text area, redrawn when the misspellings arrive, the text scrolls or wraps), and their suggestions at
 * the top of the target's context menu (right-click on the word, or {@link #showSuggestions()} for the word at the
 * caret): a suggestion replaces the word; "Add to my dictionary" and "Add to the project's dictionary" add it to a
 * word list. The view model does the checking off the UI thread; this class only draws and asks.
 */
public final class SpellingUnderlines {

    private static final String ITEM_CLASS = "spelling-item";
    private static final double WAVE = 2;

    private final TextArea target;
    private final SpellingViewModel spelling;
    private final TextOverlay overlay;

    /** @param host the pane that holds {@code target} (the underlines are an unmanaged child of it) */
    public SpellingUnderlines(TextArea target, Pane host, SpellingViewModel spelling) {
        this.target = target;
        this.spelling = spelling;
        this.overlay = new TextOverlay(target, host, "misspelling-underline", "misspellingUnderlines", this::paint);
        spelling.misspellings().addListener((ListChangeListener<Object>) c -> overlay.redrawLater());
        target.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (!e.isKeyboardTrigger()) {
                int at = overlay.paragraphAt(e.getX(), e.getY())
                        .map(hit -> overlay.offsetOf(hit) + hit.hitTest(hit.sceneToLocal(e.getSceneX(), e.getSceneY()))
                                .getInsertionIndex())
                        .orElse(target.getCaretPosition());
                fillMenu(at);
            } else {
                fillMenu(target.getCaretPosition());
            }
        });
    }

    /** The underlines as drawn (tests and screenshots look at them). */
    public Path path() {
        return overlay.path();
    }

    /** Shows the target's context menu with the suggestions for the misspelt word at the caret (Alt+F7). */
    public void showSuggestions() {
        ContextMenu menu = target.getContextMenu();
        if (menu == null) return;
        int caret = target.getCaretPosition();
        fillMenu(caret);
        Point2D below = belowCaret(caret);
        target.requestFocus();
        if (below == null) menu.show(target, Side.BOTTOM, 0, 0);
        else menu.show(target, below.getX(), below.getY());
    }

    /** Puts the suggestions for the word at {@code offset} (if misspelt) at the top of the context menu. */
    private void fillMenu(int offset) {
        ContextMenu menu = target.getContextMenu();
        if (menu == null) return;
        menu.getItems().removeIf(i -> i.getStyleClass().contains(ITEM_CLASS));
        spelling.at(offset).ifPresent(m -> {
            MenuItem waiting = item("Looking for suggestions…", null);
            waiting.setDisable(true);
            MenuItem user = item("Add “" + m.word() + "” to my dictionary", () -> spelling.addToDictionary(m.word(),
                    SpellingViewModel.Dictionary.USER));
            user.setId("addToUserDictionary");
            MenuItem project = item("Add “" + m.word() + "” to the project's dictionary",
                    () -> spelling.addToDictionary(m.word(), SpellingViewModel.Dictionary.PROJECT));
            project.setId("addToProjectDictionary");
            project.setDisable(!spelling.hasProjectDictionary());
            SeparatorMenuItem gap = new SeparatorMenuItem();
            gap.getStyleClass().add(ITEM_CLASS);
            menu.getItems().addAll(0, List.of(waiting, user, project, gap));
            spelling.suggest(m.word(), suggestions -> {
                if (!menu.getItems().contains(waiting)) return; // the menu was filled for another word since
                List<MenuItem> items = new ArrayList<>();
                for (String s : suggestions) {
                    MenuItem replace = item(s, () -> replace(m.start(), m.end(), m.word(), s));
                    replace.getStyleClass().add("spelling-suggestion");
                    items.add(replace);
                }
                if (items.isEmpty()) {
                    waiting.setText("No suggestions for “" + m.word() + "”");
                    return;
                }
                int at = menu.getItems().indexOf(waiting);
                menu.getItems().remove(at);
                menu.getItems().addAll(at, items);
            });
        });
    }

    /** Replaces the word (if it is still there) with the suggestion: one edit of the target. */
    private void replace(int start, int end, String word, String suggestion) {
        String text = target.getText();
        if (end > text.length() || !text.startsWith(word, start)) return;
        target.replaceText(start, end, suggestion);
        target.positionCaret(start + suggestion.length());
        target.requestFocus();
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.getStyleClass().add(ITEM_CLASS);
        if (action != null) item.setOnAction(e -> action.run());
        return item;
    }

    private void paint(TextOverlay on, List<PathElement> out) {
        for (var m : spelling.shownIn(target.getText())) {
            on.pieces(m.start(), m.end(), (p, from, to) -> wave(p, p.underlineShape(from, to), out));
        }
    }

    /** A wavy line under each line box of {@code shape} (the text node's underline rectangles). */
    private void wave(Text paragraph, PathElement[] shape, List<PathElement> out) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i <= shape.length; i++) {
            boolean boxEnds = i == shape.length || shape[i] instanceof MoveTo;
            if (boxEnds && !points.isEmpty()) {
                double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (double[] p : points) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    maxY = Math.max(maxY, p[1]);
                }
                Point2D a = overlay.inHost(paragraph, minX, maxY);
                Point2D b = overlay.inHost(paragraph, maxX, maxY);
                out.add(new MoveTo(a.getX(), a.getY()));
                boolean up = true;
                for (double x = a.getX() + WAVE; x < b.getX(); x += WAVE) {
                    out.add(new LineTo(x, a.getY() + (up ? -WAVE / 2 : WAVE / 2)));
                    up = !up;
                }
                out.add(new LineTo(b.getX(), a.getY()));
                points.clear();
            }
            if (i == shape.length) break;
            if (shape[i] instanceof MoveTo m) points.add(new double[] {m.getX(), m.getY()});
            else if (shape[i] instanceof LineTo l) points.add(new double[] {l.getX(), l.getY()});
        }
    }

    /** Where on the screen the menu for the word at {@code caret} opens: below it. */
    private Point2D belowCaret(int caret) {
        int start = 0;
        for (Text p : overlay.paragraphs()) {
            int length = p.getText().length();
            if (caret <= start + length) {
                PathElement[] shape = p.caretShape(caret - start, true);
                double x = 0, y = 0;
                for (PathElement e : shape) {
                    if (e instanceof MoveTo m) { x = m.getX(); y = Math.max(y, m.getY()); }
                    if (e instanceof LineTo l) y = Math.max(y, l.getY());
                }
                return p.localToScreen(x, y + 2);
            }
            start += length + 1;
        }
        return null;
    }
}
