package org.glossa.desktop;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Checks, before JavaFX starts, that a window can be shown. Only Linux is checked: there a display must be named
 * in {@code DISPLAY} or {@code WAYLAND_DISPLAY} and GTK 3 must be installed, unless JavaFX runs on Monocle
 * (the headless platform the tests use).
 */
public final class DisplayCheck {

    public static final String NO_DISPLAY = "Glossa desktop needs a graphical display, but neither DISPLAY nor "
            + "WAYLAND_DISPLAY is set; start it from a desktop session (or under xvfb-run).";
    public static final String NO_GTK = "Glossa desktop needs GTK 3, which is not installed; "
            + "install it with: apt-get install -y libgtk-3-0";

    private final String osName;
    private final Map<String, String> environment;
    private final String glassPlatform;
    private final BooleanSupplier gtk3Installed;

    /**
     * @param osName        value of {@code os.name}
     * @param environment   the process environment
     * @param glassPlatform value of the {@code glass.platform} system property, null when unset
     * @param gtk3Installed tells whether the GTK 3 library can be found (asked only when needed)
     */
    public DisplayCheck(String osName, Map<String, String> environment, String glassPlatform,
                        BooleanSupplier gtk3Installed) {
        this.osName = Objects.requireNonNull(osName, "osName");
        this.environment = Map.copyOf(environment);
        this.glassPlatform = glassPlatform;
        this.gtk3Installed = Objects.requireNonNull(gtk3Installed, "gtk3Installed");
    }

    public static DisplayCheck forThisMachine() {
        Map<String, String> env = System.getenv();
        return new DisplayCheck(System.getProperty("os.name", ""), env, System.getProperty("glass.platform"),
                () -> Gtk3Probe.installed(env));
    }

    /** Why no window can be shown, as one line for the user; empty when nothing is known to be wrong. */
    public Optional<String> problem() {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) return Optional.empty();
        if ("monocle".equalsIgnoreCase(glassPlatform)) return Optional.empty();
        if (isBlank("DISPLAY") && isBlank("WAYLAND_DISPLAY")) return Optional.of(NO_DISPLAY);
        if (!gtk3Installed.getAsBoolean()) return Optional.of(NO_GTK);
        return Optional.empty();
    }

    private boolean isBlank(String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank();
    }
}
