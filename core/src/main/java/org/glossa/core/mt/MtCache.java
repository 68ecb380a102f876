package org.glossa.core.mt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.io.LockFile;
import org.glossa.core.io.UserFolders;
import org.glossa.core.text.TextKey;

/**
 * Translations already paid for: one file per service ({@code $XDG_CACHE_HOME/glossa/mt/<name>.tsv}), a line
 * {@code key TAB translation} per text, the key a 128-bit hash of service, languages and text. Read once, written
 * atomically under its lock after each batch (entries of other processes kept). Thread-safe.
 */
public final class MtCache {
    private final Path file;
    private final Map<String, String> entries = new HashMap<>();
    private boolean loaded;

    public MtCache(Path file) {
        this.file = file;
    }

    /** The user's cache of the service {@code name} (in the folder the system property {@code glossa.mt.cache} names, if set). */
    public static MtCache ofUser(String name) {
        String given = System.getProperty("glossa.mt.cache");
        Path folder = given != null && !given.isBlank() ? Path.of(given) : UserFolders.cache().resolve("glossa").resolve("mt");
        return new MtCache(folder
                .resolve(name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "_") + ".tsv"));
    }

    public Path file() {
        return file;
    }

    static String key(String provider, String source, String target, String text) {
        TextKey k = TextKey.of(provider + '\u0000' + source + '\u0000' + target + '\u0000' + text);
        return Long.toHexString(k.hi()) + Long.toHexString(k.lo());
    }

    public synchronized Optional<String> get(String key) throws IOException {
        load();
        return Optional.ofNullable(entries.get(key));
    }

    /** Adds translations and writes the file. */
    public synchronized void putAll(Map<String, String> added) throws IOException {
        if (added.isEmpty()) return;
        load();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (LockFile lock = LockFile.forWriting(file)) {
            entries.putAll(read());
            entries.putAll(added);
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : entries.entrySet()) {
                sb.append(e.getKey()).append('\t').append(escape(e.getValue())).append('\n');
            }
            AtomicFiles.write(file, out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private void load() throws IOException {
        if (loaded) return;
        entries.putAll(read());
        loaded = true;
    }

    private Map<String, String> read() throws IOException {
        Map<String, String> out = new HashMap<>();
        if (!Files.isRegularFile(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab > 0) out.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
