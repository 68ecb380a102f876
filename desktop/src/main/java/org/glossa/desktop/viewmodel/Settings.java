package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;

import org.glossa.core.io.AtomicFiles;

/**
 * The editor's per-user settings: a small UTF-8 properties file (by default
 * {@code $XDG_CONFIG_HOME/glossa/desktop.properties}, else {@code ~/.config/glossa/desktop.properties}; the system
 * property {@value #PATH_PROPERTY} overrides it), read once at start and written atomically with keys in order.
 * An unreadable file is reported and the editor starts with defaults; it is replaced on the next write.
 */
public final class Settings {

    /** System property naming the settings file (tests point it into their build folder). */
    public static final String PATH_PROPERTY = "glossa.desktop.settings";

    private final Path file;
    private final Map<String, String> values = new TreeMap<>();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings file of this user (see the class comment). */
    public static Path defaultFile() {
        String given = System.getProperty(PATH_PROPERTY);
        if (given != null && !given.isBlank()) return Path.of(given);
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("glossa").resolve("desktop.properties");
    }

    /** Reads {@code file}; a missing file is empty settings. */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (!Files.exists(file)) return settings;
        Properties properties = new Properties();
        try (Reader in = new StringReader(Files.readString(file, StandardCharsets.UTF_8))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the settings " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the settings " + file + " are not a properties file: " + e.getMessage(), e);
        }
        properties.stringPropertyNames().forEach(k -> settings.values.put(k, properties.getProperty(k)));
        return settings;
    }

    /** Empty settings that will be written to {@code file}. */
    public static Settings empty(Path file) {
        return new Settings(file);
    }

    public Path file() {
        return file;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The number under {@code key}; empty when missing or not a number. */
    public OptionalDouble number(String key) {
        String v = values.get(key);
        if (v == null) return OptionalDouble.empty();
        try {
            double d = Double.parseDouble(v.strip());
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    public void put(String key, String value) {
        values.put(key, value);
    }

    public void put(String key, double value) {
        values.put(key, value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value));
    }

    /** Removes every key starting with {@code prefix}. */
    public void removePrefix(String prefix) {
        values.keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** Writes the file atomically. */
    public void save() throws IOException {
        StringBuilder text = new StringBuilder("# Glossa desktop settings (window layout, recent files); written by the editor\n");
        values.forEach((k, v) -> text.append(escape(k, true)).append(" = ").append(escape(v, false)).append('\n'));
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static String escape(String s, boolean key) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '=', ':', '#', '!' -> out.append(key ? "\\" + c : String.valueOf(c));
                case ' ' -> out.append(key || i == 0 ? "\\ " : " ");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
