package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class StartupFailureTest {

    @Test
    void unreachableDisplay() {
        RuntimeException e = new RuntimeException(new UnsupportedOperationException("Unable to open DISPLAY"));

        assertEquals(StartupFailure.DISPLAY_UNREACHABLE, StartupFailure.describe(e));
    }

    @Test
    void missingGtkLibrary() {
        Error e = new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file");

        assertEquals(DisplayCheck.NO_GTK, StartupFailure.describe(e));
    }

    @Test
    void otherFailuresNameTheRootCauseOnOneLine() {
        RuntimeException e = new RuntimeException("Exception in Application start method",
                new IllegalStateException("broken\n  on two lines"));

        String line = StartupFailure.describe(e);

        assertEquals("Glossa desktop could not start JavaFX: IllegalStateException: broken on two lines"
                + StartupFailure.DETAILS_HINT, line);
        assertFalse(line.contains("\n"));
    }
}
