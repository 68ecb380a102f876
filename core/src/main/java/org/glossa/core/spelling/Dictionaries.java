package org.glossa.core.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.SortingStrategy;
import org.glossa.core.InputException;
import org.glossa.core.io.UserFolders;
import org.glossa.core.lang.LanguageTags;

/**
 * Hunspell dictionaries by language tag. A dictionary is a pair {@code ll_RR.aff} + {@code ll_RR.dic} in one of the
 * folders: those of the system property {@code glossa.dictionaries} or the environment variable
 * {@code GLOSSA_DICTIONARIES} (path lists), {@code $XDG_DATA_HOME/glossa/dictionaries} (~/.local/share/…),
 * {@code /usr/share/hunspell} (Debian's {@code hunspell-de-de}, {@code hunspell-en-us}…) and
 * {@code /usr/share/myspell/dicts}. {@code de-AT} takes {@code de_AT}; a bare language takes its main region
 * ({@code de} → {@code de_DE}, {@code en} → {@code en_US}), then any of its regions; a region without a dictionary
 * falls back the same way ({@code de-LU} → {@code de_LU} when installed, else {@code de_DE}). A dictionary is loaded
 * once per process (2–3 s for de_DE) and shared by every thread.
 */
public final class Dictionaries {
    /** The region a bare language means first. */
    private static final Map<String, String> MAIN_REGION = Map.of("de", "DE", "en", "US", "fr", "FR", "es", "ES",
            "it", "IT", "pt", "PT", "nl", "NL", "sv", "SE", "da", "DK", "nb", "NO");
    private static final Map<Path, FutureTask<Dictionary>> LOADED = new ConcurrentHashMap<>();

    private Dictionaries() {
    }

    /** The folders looked in, in order (existing or not). */
    public static List<Path> folders() {
        List<Path> out = new ArrayList<>();
        for (String list : new String[] {System.getProperty("glossa.dictionaries"), System.getenv("GLOSSA_DICTIONARIES")}) {
            if (list == null || list.isBlank()) continue;
            for (String p : list.split(java.io.File.pathSeparator)) if (!p.isBlank()) out.add(Path.of(p.trim()));
        }
        out.add(UserFolders.data().resolve("glossa").resolve("dictionaries"));
        out.add(Path.of("/usr/share/hunspell"));
        out.add(Path.of("/usr/share/myspell/dicts"));
        return out;
    }

    /** The {@code .dic} file for {@code tag}, or empty when no dictionary of its language is installed. */
    public static Optional<Path> find(String tag) {
        Locale locale = Locale.forLanguageTag(LanguageTags.canonical(tag));
        String language = locale.getLanguage();
        if (language.isEmpty()) return Optional.empty();
        List<String> names = new ArrayList<>();
        if (!locale.getCountry().isEmpty()) names.add(language + "_" + locale.getCountry());
        String main = MAIN_REGION.getOrDefault(language, language.toUpperCase(Locale.ROOT));
        names.add(language + "_" + main);
        names.add(language);
        for (Path folder : folders()) {
            for (String name : names) {
                Path dic = folder.resolve(name + ".dic");
                if (Files.isRegularFile(dic) && Files.isRegularFile(affixOf(dic))) return Optional.of(dic);
            }
        }
        for (Path folder : folders()) {
            Optional<Path> any = anyRegion(folder, language);
            if (any.isPresent()) return any;
        }
        return Optional.empty();
    }

    private static Optional<Path> anyRegion(Path folder, String language) {
        if (!Files.isDirectory(folder)) return Optional.empty();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(language + "_")
                            && f.getFileName().toString().endsWith(".dic") && Files.isRegularFile(affixOf(f)))
                    .sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder, e);
        }
    }

    static Path affixOf(Path dic) {
        String name = dic.getFileName().toString();
        return dic.resolveSibling(name.substring(0, name.length() - ".dic".length()) + ".aff");
    }

    /**
     * The dictionary of {@code tag}, loaded on first use and then shared; empty when none is installed. A damaged
     * dictionary is an {@link InputException} naming its file.
     */
    public static Optional<Dictionary> forLanguage(String tag) {
        return find(tag).map(Dictionaries::load);
    }

    /** Whether this process has loaded the dictionary of {@code tag} (a preparation ahead of a run did, say). */
    public static boolean loaded(String tag) {
        return find(tag).map(dic -> LOADED.get(dic.toAbsolutePath().normalize()))
                .filter(task -> task.isDone() && !task.isCancelled()).isPresent();
    }

    /** The dictionary in {@code dic} (and the {@code .aff} beside it), loaded once per process. */
    public static Dictionary load(Path dic) {
        Path key = dic.toAbsolutePath().normalize();
        FutureTask<Dictionary> task = LOADED.computeIfAbsent(key, k -> new FutureTask<>(() -> read(k)));
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + dic, e);
        } catch (java.util.concurrent.ExecutionException e) {
            LOADED.remove(key, task);
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Dictionary read(Path dic) {
        Path aff = affixOf(dic);
        try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
            return new Dictionary(affix, List.of(words), false, SortingStrategy.inMemory());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the dictionary " + dic, e);
        } catch (ParseException e) {
            throw new InputException(aff.toString(), "not a Hunspell dictionary: " + e.getMessage());
        }
    }
}
