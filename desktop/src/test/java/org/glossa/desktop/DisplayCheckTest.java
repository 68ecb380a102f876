package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DisplayCheckTest {

    private static Optional<String> problem(String os, Map<String, String> env, String glass, boolean gtk) {
        return new DisplayCheck(os, env, glass, () -> gtk).problem();
    }

    @Test
    void linuxWithoutDisplayIsAProblem() {
        assertEquals(Optional.of(DisplayCheck.NO_DISPLAY), problem("Linux", Map.of(), null, true));
        assertEquals(Optional.of(DisplayCheck.NO_DISPLAY), problem("Linux", Map.of("DISPLAY", " "), null, true));
    }

    @Test
    void x11OrWaylandDisplayIsEnough() {
        assertEquals(Optional.empty(), problem("Linux", Map.of("DISPLAY", ":0"), null, true));
        assertEquals(Optional.empty(), problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null, true));
    }

    @Test
    void missingGtkIsAProblemWithTheInstallCommand() {
        Optional<String> problem = problem("Linux", Map.of("DISPLAY", ":0"), null, false);

        assertTrue(problem.orElseThrow().contains("apt-get install -y libgtk-3-0"));
    }

    @Test
    void monocleNeedsNeitherDisplayNorGtk() {
        assertEquals(Optional.empty(), problem("Linux", Map.of(), "Monocle", false));
    }

    @Test
    void otherSystemsAreNotChecked() {
        assertEquals(Optional.empty(), problem("Mac OS X", Map.of(), null, false));
        assertEquals(Optional.empty(), problem("Windows 11", Map.of(), null, false));
    }

    @Test
    void gtkIsNotProbedWithoutDisplay() {
        Optional<String> problem = new DisplayCheck("Linux", Map.of(), null, () -> fail("probed")).problem();

        assertFalse(problem.isEmpty());
    }
}
