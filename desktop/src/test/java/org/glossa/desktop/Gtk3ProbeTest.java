package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Gtk3ProbeTest {

    @TempDir
    Path dir;

    @Test
    void findsTheLibraryInADirectory() throws IOException {
        Files.createFile(dir.resolve(Gtk3Probe.LIBRARY));

        assertTrue(Gtk3Probe.installed(List.of(dir), dir.resolve("no-cache")));
    }

    @Test
    void findsTheLibraryInTheLinkerCache() throws IOException {
        Path cache = Files.writeString(dir.resolve("ld.so.cache"), "\0libgtk-3.so.0\0/usr/lib/x/libgtk-3.so.0\0",
                StandardCharsets.ISO_8859_1);

        assertTrue(Gtk3Probe.installed(List.of(), cache));
    }

    @Test
    void missingEverywhere() throws IOException {
        Path cache = Files.writeString(dir.resolve("ld.so.cache"), "\0libc.so.6\0", StandardCharsets.ISO_8859_1);

        assertFalse(Gtk3Probe.installed(List.of(dir), cache));
    }

    @Test
    void searchPathStartsWithLdLibraryPath() {
        List<Path> path = Gtk3Probe.searchPath(Map.of("LD_LIBRARY_PATH", "/opt/a::/opt/b"), "amd64");

        assertTrue(path.subList(0, 3).equals(List.of(Path.of("/opt/a"), Path.of("/opt/b"),
                Path.of("/usr/lib/x86_64-linux-gnu"))));
    }
}
