package org.glossa.desktop;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;

import org.testfx.api.FxRobot;

/**
 * Screenshots for docs/screenshots, taken by the flow tests when {@code GLOSSA_SCREENSHOTS} names a folder (run
 * {@code GLOSSA_SCREENSHOTS=$PWD/docs/screenshots mvn -o -pl desktop -am test -Dtest='*FlowTest'}); otherwise nothing
 * is written. A snapshot of the node as rendered headless (Monocle, software rendering).
 */
final class Screens {
    private Screens() {
    }

    static void save(FxRobot robot, Node node, String name) {
        String folder = System.getenv("GLOSSA_SCREENSHOTS");
        if (folder == null || folder.isBlank()) return;
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            ImageIO.write(out, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
