package org.glossa.desktop.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * A drawing over a text area's text: a {@link Path} laid on {@code host} (the pane holding the text area; an
 * unmanaged, mouse-transparent child), clipped to the text viewport, drawn again by its {@link Painter} when the text
 * scrolls, wraps, moves or changes. A {@code TextArea} cannot style single characters, so what marks characters of
 * the target (the spelling underlines, the no-break space dots) is drawn here, from the text area's paragraph text
 * nodes (its skin shows one {@link Text} per paragraph under a {@link Group}), whose shapes give where each character
 * is.
 */
final class TextOverlay {

    /** Draws the overlay's elements, in the host's coordinates. */
    @FunctionalInterface
    interface Painter {
        void paint(TextOverlay overlay, List<PathElement> out);
    }

    /** Receives a part of a text range that lies in one paragraph: its text node and the range within it. */
    @FunctionalInterface
    interface Piece {
        void accept(Text paragraph, int from, int to);
    }

    private final TextArea target;
    private final Pane host;
    private final Painter painter;
    private final Path path = new Path();
    private final Rectangle clip = new Rectangle();
    private boolean scheduled;

    /**
     * @param styleClass the path's style class (its stroke and fill come from a stylesheet)
     * @param id         the path's id (tests and screenshots look it up)
     */
    TextOverlay(TextArea target, Pane host, String styleClass, String id, Painter painter) {
        this.target = target;
        this.host = host;
        this.painter = painter;
        path.getStyleClass().add(styleClass);
        path.setId(id);
        path.setManaged(false);
        path.setMouseTransparent(true);
        path.setClip(clip);
        host.getChildren().add(path);
        InvalidationListener redraw = o -> redraw();
        target.textProperty().addListener(redraw);
        target.scrollTopProperty().addListener(redraw);
        target.layoutBoundsProperty().addListener(redraw);
        target.localToSceneTransformProperty().addListener(redraw);
        target.skinProperty().addListener(redraw);
    }

    Path path() {
        return path;
    }

    TextArea target() {
        return target;
    }

    /** Draws again after the current pulse's layout (the text nodes then have their new lines); once per pulse. */
    void redrawLater() {
        if (scheduled) return;
        scheduled = true;
        Platform.runLater(() -> {
            scheduled = false;
            redraw();
        });
    }

    /** Draws again now. */
    void redraw() {
        List<PathElement> out = new ArrayList<>();
        if (!paragraphs().isEmpty()) painter.paint(this, out);
        path.getElements().setAll(out);
        Node viewport = target.lookup(".content");
        Bounds shown = viewport == null ? null : host.sceneToLocal(viewport.localToScene(viewport.getLayoutBounds()));
        Bounds area = host.sceneToLocal(target.localToScene(target.getLayoutBounds()));
        Bounds within = shown == null ? area : shown;
        if (within == null) return;
        double x = Math.max(within.getMinX(), area.getMinX());
        double y = Math.max(within.getMinY(), area.getMinY());
        clip.setX(x);
        clip.setY(y);
        clip.setWidth(Math.max(0, Math.min(within.getMaxX(), area.getMaxX()) - x));
        clip.setHeight(Math.max(0, Math.min(within.getMaxY(), area.getMaxY()) - y));
    }

    /** The parts of the text range [{@code start}, {@code end}) of the text area, one per paragraph it touches. */
    void pieces(int start, int end, Piece piece) {
        int at = 0;
        for (Text p : paragraphs()) {
            int length = p.getText().length();
            int from = Math.max(start, at) - at;
            int to = Math.min(end, at + length) - at;
            if (from < to) piece.accept(p, from, to);
            at += length + 1;
        }
    }

    /** The point ({@code x}, {@code y}) of {@code paragraph} in the host's coordinates. */
    Point2D inHost(Text paragraph, double x, double y) {
        return host.sceneToLocal(paragraph.localToScene(x, y));
    }

    /** The text area's paragraph text nodes, in order (its skin shows a paragraph per line of the text). */
    List<Text> paragraphs() {
        List<Text> out = new ArrayList<>();
        for (Node n : target.lookupAll(".text")) {
            if (n instanceof Text t && t.getParent() instanceof Group) out.add(t);
        }
        return out;
    }

    /** The paragraph at ({@code x}, {@code y}) of the text area; empty where there is none. */
    Optional<Text> paragraphAt(double x, double y) {
        for (Text t : paragraphs()) {
            Bounds b = target.sceneToLocal(t.localToScene(t.getBoundsInLocal()));
            if (b != null && y >= b.getMinY() && y <= b.getMaxY()) return Optional.of(t);
        }
        return Optional.empty();
    }

    /** Where {@code paragraph} starts in the text. */
    int offsetOf(Text paragraph) {
        int offset = 0;
        for (Text t : paragraphs()) {
            if (t == paragraph) return offset;
            offset += t.getText().length() + 1;
        }
        return offset;
    }
}
