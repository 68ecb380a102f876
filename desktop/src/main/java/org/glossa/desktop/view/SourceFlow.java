package org.glossa.desktop.view;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.glossa.desktop.viewmodel.SourcePiece;
import org.glossa.desktop.viewmodel.VisibleSpaces;
import org.glossa.desktop.viewmodel.WordSelection;

/**
 * The current segment's source: text, inline codes as chips and glossary terms on a highlighter-coloured
 * background (drawn behind the text from the flow's range shapes, so a term that wraps is highlighted on both
 * lines). The translator can select words with the mouse (drag, or double-click a word); the selection is
 * {@link #selectionProperty()} (without the term numbers), for Glossary → Add Term….
 */
final class SourceFlow extends TextFlow {

    private final Path highlights = new Path();
    private final Path selection = new Path();
    private final List<int[]> termRanges = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    /** Characters of {@link #text} that are source text (not term numbers). */
    private final BitSet sourceChars = new BitSet();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper("");
    private int anchor;
    private int start;
    private int end;

    SourceFlow() {
        highlights.getStyleClass().add("term-highlight");
        selection.getStyleClass().add("source-selection");
        for (Path p : List.of(highlights, selection)) {
            p.setManaged(false);
            p.setMouseTransparent(true);
        }
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> select(anchor, indexAt(e)));
    }

    void show(List<SourcePiece> pieces) {
        show(pieces, 0, 0);
    }

    /**
     * Shows {@code pieces} with display offsets {@code matchStart} to {@code matchEnd} (offsets in the pieces' text,
     * term numbers not counted) marked as the find match; nothing is marked when they are equal.
     */
    void show(List<SourcePiece> pieces, int matchStart, int matchEnd) {
        getChildren().setAll(highlights, selection);
        termRanges.clear();
        text.setLength(0);
        sourceChars.clear();
        int at = 0;
        for (SourcePiece piece : pieces) {
            int from = text.length();
            String style = switch (piece.kind()) {
                case TAG -> "tag-chip";
                case TERM -> "term";
                case TEXT -> "source-text";
            };
            String value = piece.text();
            int a = Math.max(0, Math.min(value.length(), matchStart - at));
            int b = Math.max(a, Math.min(value.length(), matchEnd - at));
            if (a > 0) add(value.substring(0, a), style, true);
            if (b > a) add(value.substring(a, b), style, true).getStyleClass().add("find-match");
            if (b < value.length()) add(value.substring(b), style, true);
            at += value.length();
            if (piece.kind() == SourcePiece.Kind.TERM) {
                termRanges.add(new int[] {from, text.length()});
                if (piece.termNumber() > 0) add(Integer.toString(piece.termNumber()), "term-number", false);
            }
        }
        select(0, 0);
    }

    /** The selected source text ("" when nothing is selected). */
    ReadOnlyStringProperty selectionProperty() {
        return selected.getReadOnlyProperty();
    }

    private Text add(String value, String style, boolean source) {
        Text node = new Text(VisibleSpaces.show(value));
        node.getStyleClass().add(style);
        if (source) sourceChars.set(text.length(), text.length() + value.length());
        text.append(value);
        getChildren().add(node);
        return node;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<PathElement> shapes = new ArrayList<>();
        for (int[] range : termRanges) shapes.addAll(List.of(rangeShape(range[0], range[1])));
        highlights.getElements().setAll(shapes);
        selection.getElements().setAll(start < end ? rangeShape(start, end) : new PathElement[0]);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        int at = indexAt(e);
        if (e.getClickCount() == 2) {
            selectWord(at);
        } else if (e.isShiftDown()) {
            select(anchor, at);
        } else {
            anchor = at;
            select(at, at);
        }
    }

    private int indexAt(MouseEvent e) {
        return Math.max(0, Math.min(text.length(), hitTest(new Point2D(e.getX(), e.getY())).getInsertionIndex()));
    }

    private void selectWord(int at) {
        int[] word = WordSelection.around(text.toString(), at);
        anchor = word[0];
        select(word[0], word[1]);
    }

    private void select(int a, int b) {
        start = Math.min(a, b);
        end = Math.max(a, b);
        StringBuilder out = new StringBuilder();
        for (int i = start; i < end; i++) if (sourceChars.get(i)) out.append(text.charAt(i));
        selected.set(out.toString());
        requestLayout();
    }
}
