package org.glossa.desktop;

import java.util.Locale;

/** Explains in one line why JavaFX failed to start, from the exception {@code Application.launch} threw. */
final class StartupFailure {

    static final String DISPLAY_UNREACHABLE = "Glossa desktop could not open the display named in DISPLAY; "
            + "check that the display server is running and that you may use it.";
    static final String DETAILS_HINT = " (run with --verbose for the stack trace)";

    private StartupFailure() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("unable to open display")) return DISPLAY_UNREACHABLE;
            if (message.contains("gtk")) return DisplayCheck.NO_GTK;
        }
        return "Glossa desktop could not start JavaFX: " + oneLine(rootCause(failure)) + DETAILS_HINT;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String oneLine(Throwable t) {
        String message = t.getMessage() == null ? "" : ": " + t.getMessage().replaceAll("\\s+", " ").strip();
        return t.getClass().getSimpleName() + message;
    }
}
