package org.glossa.desktop;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

import javax.imageio.ImageIO;

/**
 * Screenshots for docs/screenshots taken by the flow tests when {@code -Dglossa.screenshots=DIR} is given (headless,
 * Monocle's software renderer: a snapshot of the scene, cropped to a node when asked); otherwise nothing is written.
 * {@code bench/desktop-aids-screens.sh} runs them.
 */
final class Screenshots {
    private Screenshots() {
    }

    private static BufferedImage image(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        return out;
    }

    /** Saves the scene of {@code node} (cropped to {@code node} when {@code crop}) as {@code name}.png; call on the FX thread. */
    static void take(Node node, String name, boolean crop) {
        String dir = System.getProperty("glossa.screenshots");
        if (dir == null || dir.isBlank()) return;
        Node root = node.getScene().getRoot();
        SnapshotParameters parameters = new SnapshotParameters();
        if (crop) {
            Bounds b = root.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            parameters.setViewport(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        BufferedImage out = image(root.snapshot(parameters, null));
        if (!crop) {
            // open menus are windows of their own: drawn where they are over the window
            Window window = node.getScene().getWindow();
            Graphics2D g = out.createGraphics();
            for (Window w : Window.getWindows()) {
                if (!(w instanceof PopupWindow popup) || !popup.isShowing() || popup.getOwnerWindow() == null) continue;
                Node popupRoot = popup.getScene().getRoot();
                g.drawImage(image(popupRoot.snapshot(new SnapshotParameters(), null)),
                        (int) (popup.getX() + popup.getScene().getX() - window.getX() - node.getScene().getX()),
                        (int) (popup.getY() + popup.getScene().getY() - window.getY() - node.getScene().getY()), null);
            }
            g.dispose();
        }
        try {
            Path file = Files.createDirectories(Path.of(dir)).resolve(name + ".png");
            ImageIO.write(out, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
