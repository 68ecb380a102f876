package org.glossa.desktop.view;

import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

import org.glossa.desktop.viewmodel.VisibleSpaces;

/**
 * A faint dot over each no-break space (U+00A0, U+202F) of the target while it is edited, as the grid and the
 * source show them ({@link VisibleSpaces}); the text keeps its spaces. Drawn by a {@link TextOverlay} on the pane
 * holding the text area, like the spelling underlines, after each edit's layout.
 */
public final class NoBreakSpaceDots {

    private static final double RADIUS = 1.6;

    private final TextOverlay overlay;

    /** @param host the pane that holds {@code target} (the dots are an unmanaged child of it) */
    public NoBreakSpaceDots(TextArea target, Pane host) {
        this.overlay = new TextOverlay(target, host, "nbsp-dot", "noBreakSpaceDots", NoBreakSpaceDots::paint);
        target.textProperty().addListener(o -> overlay.redrawLater());
    }

    /** The dots as drawn (tests and screenshots look at them). */
    public Path path() {
        return overlay.path();
    }

    private static void paint(TextOverlay on, List<PathElement> out) {
        for (int at : VisibleSpaces.positions(on.target().getText())) {
            on.pieces(at, at + 1, (p, from, to) -> dot(on, p, p.rangeShape(from, to), out));
        }
    }

    /** A dot in the middle of the space's box (the first line box of its range shape). */
    private static void dot(TextOverlay on, Text paragraph, PathElement[] box, List<PathElement> out) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (PathElement e : box) {
            double x, y;
            if (e instanceof MoveTo m) {
                if (minX != Double.MAX_VALUE) break; // one box is enough: a space is on one line
                x = m.getX();
                y = m.getY();
            } else if (e instanceof LineTo l) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        if (minX == Double.MAX_VALUE) return;
        Point2D c = on.inHost(paragraph, (minX + maxX) / 2, minY + (maxY - minY) * 0.55);
        out.add(new MoveTo(c.getX() - RADIUS, c.getY()));
        out.add(new ArcTo(RADIUS, RADIUS, 0, c.getX() + RADIUS, c.getY(), false, true));
        out.add(new ArcTo(RADIUS, RADIUS, 0, c.getX() - RADIUS, c.getY(), false, true));
        out.add(new ClosePath());
    }
}
