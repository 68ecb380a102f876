package org.glossa.core.spelling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.io.LockFile;
import org.glossa.core.io.UserFolders;
import org.glossa.core.lang.LanguageTags;

/**
 * A list of words the dictionary should accept: a UTF-8 text file, one word (or name) a line, {@code #} comments.
 * The user's list of a language is {@code $XDG_CONFIG_HOME/glossa/words-LL.txt} (~/.config/…; {@code LL} the
 * language subtag, so {@code words-de.txt} serves de-DE, de-AT and de-CH), a project's is
 * {@code PROJECT/words-LL.txt}. Adding a word rewrites the file atomically under its lock.
 */
public record WordList(Path file) {
    /** The user's word list of {@code tag}'s language. */
    public static WordList user(String tag) {
        return new WordList(UserFolders.config().resolve("glossa").resolve(fileName(tag)));
    }

    /** The word list of {@code tag}'s language in a project folder. */
    public static WordList project(Path projectFolder, String tag) {
        return new WordList(projectFolder.resolve(fileName(tag)));
    }

    /** The word lists known for {@code tag}: the user's, then {@code project}'s when there is a project folder. */
    public static List<WordList> known(String tag, Optional<Path> project) {
        return project.map(p -> List.of(user(tag), project(p, tag))).orElseGet(() -> List.of(user(tag)));
    }

    private static String fileName(String tag) {
        return "words-" + LanguageTags.language(tag) + ".txt";
    }

    /** The words, in file order; a missing file has none. */
    public List<String> words() throws IOException {
        if (!Files.isRegularFile(file)) return List.of();
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) out.add(w);
        }
        return out;
    }

    /** Adds {@code word} (once) to the list, creating the file and its folder when needed. */
    public void add(String word) throws IOException {
        String w = word.strip();
        if (w.isEmpty() || w.contains("\n")) throw new IllegalArgumentException("not a word: '" + word + "'");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (LockFile lock = LockFile.forWriting(file)) {
            Set<String> lines = new LinkedHashSet<>();
            if (Files.isRegularFile(file)) lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            if (!lines.add(w)) return;
            StringBuilder sb = new StringBuilder();
            for (String line : lines) sb.append(line).append('\n');
            AtomicFiles.write(file, out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }
}
