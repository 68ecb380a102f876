package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The window as the translator left it, kept in the {@link Settings}: position and size (of the window when not
 * maximized), whether it was maximized, the split panes' divider positions (0–1) and the grid's column widths.
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized, List<Double> dividers,
        List<Double> columnWidths) {

    static final String PREFIX = "window.";
    /** The smallest window restored; anything smaller (or off every screen) is the default size. */
    public static final double MIN_WIDTH = 400;
    public static final double MIN_HEIGHT = 300;

    public WindowLayout {
        dividers = List.copyOf(dividers);
        columnWidths = List.copyOf(columnWidths);
    }

    /** The layout stored in {@code settings}; empty when there is none or it is unusable. */
    public static Optional<WindowLayout> read(Settings settings) {
        OptionalDouble x = settings.number(PREFIX + "x");
        OptionalDouble y = settings.number(PREFIX + "y");
        OptionalDouble w = settings.number(PREFIX + "width");
        OptionalDouble h = settings.number(PREFIX + "height");
        if (x.isEmpty() || y.isEmpty() || w.isEmpty() || h.isEmpty()) return Optional.empty();
        if (w.getAsDouble() < MIN_WIDTH || h.getAsDouble() < MIN_HEIGHT) return Optional.empty();
        boolean maximized = settings.get(PREFIX + "maximized").map(Boolean::parseBoolean).orElse(false);
        return Optional.of(new WindowLayout(x.getAsDouble(), y.getAsDouble(), w.getAsDouble(), h.getAsDouble(),
                maximized, numbers(settings, PREFIX + "divider."), numbers(settings, PREFIX + "column.")));
    }

    /** Stores this layout in {@code settings} (replacing the previous one). */
    public void writeTo(Settings settings) {
        settings.removePrefix(PREFIX);
        settings.put(PREFIX + "x", x);
        settings.put(PREFIX + "y", y);
        settings.put(PREFIX + "width", width);
        settings.put(PREFIX + "height", height);
        settings.put(PREFIX + "maximized", Boolean.toString(maximized));
        for (int i = 0; i < dividers.size(); i++) settings.put(PREFIX + "divider." + (i + 1), dividers.get(i));
        for (int i = 0; i < columnWidths.size(); i++) settings.put(PREFIX + "column." + (i + 1), columnWidths.get(i));
    }

    /** The divider position {@code i} if it was stored and lies between 0.05 and 0.95. */
    public OptionalDouble divider(int i) {
        if (i >= dividers.size()) return OptionalDouble.empty();
        double d = dividers.get(i);
        return d >= 0.05 && d <= 0.95 ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    private static List<Double> numbers(Settings settings, String prefix) {
        List<Double> out = new ArrayList<>();
        for (int i = 1; ; i++) {
            OptionalDouble n = settings.number(prefix + i);
            if (n.isEmpty()) return out;
            out.add(n.getAsDouble());
        }
    }
}
