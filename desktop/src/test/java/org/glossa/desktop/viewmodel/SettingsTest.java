package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void valuesSurviveWritingAndReading() throws IOException {
        Path file = dir.resolve("config").resolve("desktop.properties");
        Settings settings = Settings.load(file);
        assertEquals(Optional.empty(), settings.get("a"), "a missing file is empty settings");
        settings.put("recent.1", "/tmp/Müller & Söhne/ a=b #1.txt");
        settings.put("window.width", 1024.0);
        settings.put("window.divider.1", 0.375);

        settings.save();

        Settings read = Settings.load(file);
        assertEquals(Optional.of("/tmp/Müller & Söhne/ a=b #1.txt"), read.get("recent.1"));
        assertEquals("1024", read.get("window.width").orElseThrow());
        assertEquals(0.375, read.number("window.divider.1").orElseThrow());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left beside it");
        }
    }

    @Test
    void aNumberThatIsNotOneIsMissing() throws IOException {
        Path file = dir.resolve("desktop.properties");
        Files.writeString(file, "window.width = wide\nwindow.height = NaN\n");

        Settings settings = Settings.load(file);

        assertTrue(settings.number("window.width").isEmpty());
        assertTrue(settings.number("window.height").isEmpty());
    }

    @Test
    void removePrefixDropsOnlyThoseKeys() {
        Settings settings = Settings.empty(dir.resolve("s.properties"));
        settings.put("recent.1", "a");
        settings.put("recent.2", "b");
        settings.put("window.x", "1");

        settings.removePrefix("recent.");

        assertFalse(settings.get("recent.1").isPresent());
        assertEquals(Optional.of("1"), settings.get("window.x"));
    }

    @Test
    void aBrokenFileIsAnErrorNamingIt() throws IOException {
        Path file = dir.resolve("desktop.properties");
        Files.writeString(file, "a = \\u12\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Settings.load(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void theSystemPropertyNamesTheFile() {
        assertEquals(Path.of(System.getProperty(Settings.PATH_PROPERTY)), Settings.defaultFile(),
                "the build points the tests' settings into target/");
    }
}
