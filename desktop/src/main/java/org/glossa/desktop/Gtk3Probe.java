package org.glossa.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Looks for the GTK 3 library JavaFX needs on Linux, the way the dynamic linker would find it. */
final class Gtk3Probe {

    static final String LIBRARY = "libgtk-3.so.0";
    private static final Path LD_CACHE = Path.of("/etc/ld.so.cache");

    private Gtk3Probe() {
    }

    static boolean installed(Map<String, String> environment) {
        return installed(searchPath(environment, System.getProperty("os.arch", "")), LD_CACHE);
    }

    /** True when {@link #LIBRARY} is in one of {@code directories} or named in the linker cache {@code ldCache}. */
    static boolean installed(List<Path> directories, Path ldCache) {
        return directories.stream().anyMatch(dir -> Files.exists(dir.resolve(LIBRARY))) || inLinkerCache(ldCache);
    }

    static List<Path> searchPath(Map<String, String> environment, String osArch) {
        List<Path> dirs = new ArrayList<>();
        String ldLibraryPath = environment.getOrDefault("LD_LIBRARY_PATH", "");
        for (String dir : ldLibraryPath.split(":")) {
            if (!dir.isBlank()) dirs.add(Path.of(dir));
        }
        String multiarch = (osArch.toLowerCase(Locale.ROOT).equals("amd64") ? "x86_64" : osArch) + "-linux-gnu";
        for (String base : List.of("/usr/lib", "/lib")) dirs.add(Path.of(base, multiarch));
        for (String dir : List.of("/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib")) dirs.add(Path.of(dir));
        return dirs;
    }

    private static boolean inLinkerCache(Path ldCache) {
        if (!Files.isReadable(ldCache)) return false;
        try {
            return new String(Files.readAllBytes(ldCache), StandardCharsets.ISO_8859_1).contains(LIBRARY);
        } catch (IOException e) {
            // An unreadable cache only means this source cannot confirm the library: the probe answers "not found".
            return false;
        }
    }
}
