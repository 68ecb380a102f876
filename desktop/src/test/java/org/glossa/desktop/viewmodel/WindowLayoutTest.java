package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowLayoutTest {

    @TempDir
    Path dir;

    @Test
    void aLayoutIsStoredAndReadBack() throws IOException {
        Path file = dir.resolve("desktop.properties");
        Settings settings = Settings.load(file);
        WindowLayout layout = new WindowLayout(40, 30.5, 1000, 700, true, List.of(0.6, 0.7),
                List.of(40.0, 80.0, 300.0, 300.0, 90.0, 60.0));
        layout.writeTo(settings);
        settings.save();

        assertEquals(Optional.of(layout), WindowLayout.read(Settings.load(file)));
    }

    @Test
    void noLayoutOrATinyWindowIsNoLayout() {
        Settings settings = Settings.empty(dir.resolve("s.properties"));
        assertTrue(WindowLayout.read(settings).isEmpty());

        new WindowLayout(0, 0, 20, 10, false, List.of(), List.of()).writeTo(settings);
        assertTrue(WindowLayout.read(settings).isEmpty());
    }

    @Test
    void dividersOutsideTheWindowAreIgnored() {
        WindowLayout layout = new WindowLayout(0, 0, 800, 600, false, List.of(0.99, 0.5), List.of());

        assertTrue(layout.divider(0).isEmpty());
        assertEquals(0.5, layout.divider(1).orElseThrow());
        assertTrue(layout.divider(2).isEmpty());
    }
}
