package org.glossa.desktop;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;

/**
 * Entry point of the desktop application. {@link GlossaApp} cannot be the main class on the class path (JavaFX
 * then reports missing runtime components), so this class launches it, after checking that a window can be shown
 * at all. Without a display, or when JavaFX cannot start, it prints one line to stderr and exits with status 2;
 * {@code --verbose} adds the stack trace.
 */
public final class DesktopLauncher {

    /** Exit status when no window can be shown. */
    public static final int EXIT_NO_DISPLAY = 2;

    static final String VERBOSE = "--verbose";

    /**
     * JavaFX's own logger. On the class path it always warns "Unsupported JavaFX configuration: classes were loaded
     * from 'unnamed module'", which is expected here; without {@code --verbose} only its errors are shown. Kept in a
     * field so the level setting is not lost when the logger is collected.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    public static void main(String[] args) {
        List<String> all = Arrays.asList(args);
        boolean verbose = all.contains(VERBOSE);
        String[] appArgs = all.stream().filter(a -> !a.equals(VERBOSE)).toArray(String[]::new);

        if (!verbose) JAVAFX_LOGGER.setLevel(Level.SEVERE);

        Optional<String> problem = DisplayCheck.forThisMachine().problem();
        if (problem.isPresent()) {
            System.err.println(problem.get());
            System.exit(EXIT_NO_DISPLAY);
        }
        try {
            Application.launch(GlossaApp.class, appArgs);
        } catch (RuntimeException | LinkageError e) {
            if (verbose) e.printStackTrace();
            System.err.println(StartupFailure.describe(e));
            System.exit(EXIT_NO_DISPLAY);
        }
    }
}
