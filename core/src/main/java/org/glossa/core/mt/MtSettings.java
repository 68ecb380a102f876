package org.glossa.core.mt;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.glossa.core.InputException;
import org.glossa.core.io.UserFolders;

/**
 * Which machine translation service to use, off unless configured: the environment ({@code GLOSSA_MT_PROVIDER},
 * {@code GLOSSA_MT_URL}, {@code GLOSSA_MT_KEY}) over {@code $XDG_CONFIG_HOME/glossa/mt.properties} (or the file the
 * system property {@code glossa.mt.settings} names)
 * ({@code provider = deepl|libretranslate}, {@code url = …}, {@code key = …}, {@code rate = requests per second},
 * default 2).
 *
 * @param provider {@code deepl} or {@code libretranslate}
 * @param key      the API key ("" when the server needs none, as a LibreTranslate on premises may not)
 */
public record MtSettings(String provider, String url, String key, double rate) {
    public MtSettings {
        provider = provider.toLowerCase(Locale.ROOT);
        if (!provider.equals("deepl") && !provider.equals("libretranslate")) {
            throw new InputException("mt.properties", "unknown machine translation provider '" + provider
                    + "' (deepl or libretranslate)");
        }
        if (url.isBlank()) throw new InputException("mt.properties", "the machine translation url is missing");
        key = key == null ? "" : key;
    }

    /** The settings file: the system property {@code glossa.mt.settings} when set, else the user's. */
    public static Path userFile() {
        String given = System.getProperty("glossa.mt.settings");
        if (given != null && !given.isBlank()) return Path.of(given);
        return UserFolders.config().resolve("glossa").resolve("mt.properties");
    }

    /** The user's settings, or empty when machine translation is not configured. */
    public static Optional<MtSettings> ofUser() throws IOException {
        return read(userFile(), System.getenv());
    }

    /** The settings of {@code file} (may be missing) with {@code env} over them; empty when no provider is named. */
    public static Optional<MtSettings> read(Path file, Map<String, String> env) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        String provider = env.getOrDefault("GLOSSA_MT_PROVIDER", p.getProperty("provider", "")).trim();
        if (provider.isEmpty()) return Optional.empty();
        String url = env.getOrDefault("GLOSSA_MT_URL", p.getProperty("url", "")).trim();
        String key = env.getOrDefault("GLOSSA_MT_KEY", p.getProperty("key", "")).trim();
        double rate;
        try {
            rate = Double.parseDouble(p.getProperty("rate", "2").trim());
        } catch (NumberFormatException e) {
            throw new InputException(file.toString(), "rate is not a number: " + p.getProperty("rate"));
        }
        return Optional.of(new MtSettings(provider, url, key, rate));
    }
}
