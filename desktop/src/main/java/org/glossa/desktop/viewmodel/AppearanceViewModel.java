package org.glossa.desktop.viewmodel;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The editor's font size (Ctrl+plus, Ctrl+minus, Ctrl+0) and theme (light or dark), kept in the {@link Settings}
 * ({@value #FONT_SIZE}, {@value #THEME}) so the next start looks the same.
 */
public final class AppearanceViewModel {

    public static final String FONT_SIZE = "appearance.fontSize";
    public static final String THEME = "appearance.theme";
    public static final int DEFAULT_SIZE = 13;
    public static final int MIN_SIZE = 9;
    public static final int MAX_SIZE = 28;

    private final Settings settings;
    private final ReadOnlyIntegerWrapper fontSize = new ReadOnlyIntegerWrapper(DEFAULT_SIZE);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper(false);

    public AppearanceViewModel(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        settings.number(FONT_SIZE).ifPresent(n -> fontSize.set(clamp((int) Math.round(n))));
        dark.set(settings.get(THEME).map("dark"::equals).orElse(false));
    }

    public void larger() {
        setFontSize(fontSize.get() + 1);
    }

    public void smaller() {
        setFontSize(fontSize.get() - 1);
    }

    public void resetFontSize() {
        setFontSize(DEFAULT_SIZE);
    }

    private void setFontSize(int size) {
        fontSize.set(clamp(size));
        settings.put(FONT_SIZE, fontSize.get());
    }

    public void setDark(boolean on) {
        dark.set(on);
        settings.put(THEME, on ? "dark" : "light");
    }

    /** The font size in pixels. */
    public ReadOnlyIntegerProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private static int clamp(int size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }
}
