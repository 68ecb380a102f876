package org.glossa.core.project;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.glossa.core.InputException;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.qa.check.HouseStyle;
import org.glossa.core.qa.check.QuoteStyle;
import org.glossa.core.xliff.XliffVersion;

/**
 * Reads and writes {@value #FILE_NAME}, a small UTF-8 properties file a person can edit:
 * <pre>
 * name = dw-articles
 * source = en
 * target = de
 * sources = sources/**&#47;*.txt, sources/**&#47;*.html
 * glossaries = glossaries/dw-en-de.tbx
 * memories = memories/dw.tmx
 * output = out
 * xliff = 2.1
 * tm.threshold = 75
 * qa.quotes = „“ ‚‘
 * </pre>
 * {@code source}, {@code target} and {@code sources} are required; {@code name} defaults to the folder's name,
 * {@code glossaries} and {@code memories} to none, {@code output} to {@code out}, {@code xliff} to 2.1,
 * {@code tm.threshold} to 75 and {@code qa.quotes} (the target's quotation marks, pairs of an opening and a closing
 * mark, the primary pair first) to the target language's own. Paths and globs are relative to the folder that holds
 * the file. A glossary or memory may also be the URL of a termbase or memory on a Glossa server
 * ({@code http://HOST:PORT/termbases/NAME}, {@code http://HOST:PORT/memories/NAME}): {@link Project#glossaryUrls()},
 * {@link Project#memoryUrls()}.
 */
public final class ProjectFile {
    public static final String FILE_NAME = "glossa-project.properties";
    /** The sources a new project takes: everything Glossa extracts well under sources/. */
    public static final List<String> DEFAULT_SOURCES =
            List.of("sources/**/*.txt", "sources/**/*.html", "sources/**/*.docx", "sources/**/*.md");

    private ProjectFile() {
    }

    /** The project file of {@code folderOrFile}: the file itself, or {@value #FILE_NAME} inside a folder. */
    public static Path locate(Path folderOrFile) {
        return Files.isDirectory(folderOrFile) ? folderOrFile.resolve(FILE_NAME) : folderOrFile;
    }

    /** Reads the project in {@code folderOrFile} (a project folder or its project file). */
    public static Project read(Path folderOrFile) throws IOException {
        Path file = locate(folderOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), "no project file here (create one with: glossa project init FOLDER -s SRC -t TGT)");
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), "not a properties file: " + e.getMessage(), e);
        }
        Fields f = new Fields(file, text, p);
        Path folder = file.toAbsolutePath().getParent();
        String name = f.optional("name", folder.getFileName() == null ? "project" : folder.getFileName().toString());
        String source = f.language("source");
        String target = f.language("target");
        List<Path> sources = ProjectPaths.resolve(folder, ProjectPaths.split(f.required("sources")));
        List<String> glossaryEntries = ProjectPaths.split(f.optional("glossaries", ""));
        List<String> memoryEntries = ProjectPaths.split(f.optional("memories", ""));
        List<Path> glossaries = ProjectPaths.resolve(folder, ProjectPaths.withoutUrls(glossaryEntries));
        List<Path> memories = ProjectPaths.resolve(folder, ProjectPaths.withoutUrls(memoryEntries));
        Path output = folder.resolve(f.optional("output", Project.DEFAULT_OUTPUT)).normalize();
        String xliffLabel = f.optional("xliff", Project.DEFAULT_XLIFF.label());
        XliffVersion xliff = XliffVersion.fromLabel(xliffLabel)
                .orElseThrow(() -> f.bad("xliff", "'" + xliffLabel + "' is not an XLIFF version Glossa writes (1.2 or 2.1)"));
        int threshold = f.threshold("tm.threshold");
        HouseStyle house = new HouseStyle(f.quotes("qa.quotes"));
        return new Project(folder, name, source, target, sources, glossaries, memories, output, xliff, threshold,
                ProjectPaths.urls(glossaryEntries), ProjectPaths.urls(memoryEntries), house);
    }

    /** Writes {@code project} to {@code folderOrFile} (atomically), its paths relative to the project folder. */
    public static void write(Project project, Path folderOrFile) throws IOException {
        Path folder = project.folder();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", project.name());
        values.put("source", project.sourceLanguage());
        values.put("target", project.targetLanguage());
        values.put("sources", join(folder, project.sources()));
        values.put("glossaries", join(folder, project.glossaries(), project.glossaryUrls()));
        values.put("memories", join(folder, project.memories(), project.memoryUrls()));
        values.put("output", ProjectPaths.relative(folder, project.output()));
        values.put("xliff", project.xliff().label());
        values.put("tm.threshold", Integer.toString(project.tmThreshold()));
        project.houseStyle().quotes().ifPresent(q -> values.put("qa.quotes", q.label()));
        writeValues(values, locate(folderOrFile));
    }

    /**
     * Creates {@code folder} with a default project file ({@link #DEFAULT_SOURCES}, glossaries/ and memories/ folders,
     * output {@code out}) unless it already has one; returns the file.
     */
    public static Path init(Path folder, String source, String target) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) throw new InputException(file.toString(), "a project file already exists");
        checkLanguage(file, "source", source, -1);
        checkLanguage(file, "target", target, -1);
        for (String sub : List.of("sources", "glossaries", "memories")) Files.createDirectories(folder.resolve(sub));
        Path abs = folder.toAbsolutePath().normalize();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", abs.getFileName() == null ? "project" : abs.getFileName().toString());
        values.put("source", source);
        values.put("target", target);
        values.put("sources", String.join(", ", DEFAULT_SOURCES));
        values.put("glossaries", "glossaries/**/*.tbx, glossaries/**/*.csv, glossaries/**/*.tsv");
        values.put("memories", "memories/**/*.tmx");
        values.put("output", Project.DEFAULT_OUTPUT);
        values.put("xliff", Project.DEFAULT_XLIFF.label());
        values.put("tm.threshold", Integer.toString(Project.DEFAULT_TM_THRESHOLD));
        writeValues(values, file);
        return file;
    }

    private static String join(Path folder, List<Path> paths) {
        return join(folder, paths, List.of());
    }

    private static String join(Path folder, List<Path> paths, List<String> urls) {
        return java.util.stream.Stream.concat(paths.stream().map(p -> ProjectPaths.relative(folder, p)), urls.stream())
                .collect(Collectors.joining(", "));
    }

    private static void writeValues(Map<String, String> values, Path file) throws IOException {
        StringBuilder sb = new StringBuilder("# Glossa project: paths and globs (** crosses folders) are relative to this folder.\n"
                + "# Lists are comma-separated. Run it with: glossa run FOLDER\n");
        values.forEach((k, v) -> sb.append(k).append(" = ").append(escape(v)).append('\n'));
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private static String escape(String value) {
        String v = value.replace("\\", "\\\\").replace("\n", "\\n");
        return v.startsWith(" ") ? "\\" + v : v;
    }

    static void checkLanguage(Path file, String key, String tag, int line) {
        try {
            new Locale.Builder().setLanguageTag(tag);
        } catch (IllformedLocaleException e) {
            throw new InputException(file.toString(), line, -1, key + ": '" + tag + "' is not a BCP 47 language tag", e);
        }
    }

    /** The keys of one file, with errors that name the file, the key and its line. */
    private record Fields(Path file, String text, Properties p) {
        String required(String key) {
            String v = p.getProperty(key);
            if (v == null || v.isBlank()) {
                throw new InputException(file.toString(), v == null ? -1 : lineOf(key), -1,
                        (v == null ? "missing required key '" : "empty required key '") + key + "'", null);
            }
            return v.strip();
        }

        String optional(String key, String fallback) {
            String v = p.getProperty(key);
            return v == null || v.isBlank() ? fallback : v.strip();
        }

        String language(String key) {
            String tag = required(key);
            checkLanguage(file, key, tag, lineOf(key));
            return tag;
        }

        int threshold(String key) {
            String v = optional(key, Integer.toString(Project.DEFAULT_TM_THRESHOLD));
            int t;
            try {
                t = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw bad(key, "'" + v + "' is not a whole number");
            }
            if (t < 0 || t > 100) throw bad(key, t + " is not a score from 0 to 100");
            return t;
        }

        Optional<QuoteStyle> quotes(String key) {
            try {
                return QuoteStyle.parseOptional(p.getProperty(key));
            } catch (IllegalArgumentException e) {
                throw bad(key, e.getMessage());
            }
        }

        InputException bad(String key, String message) {
            return new InputException(file.toString(), lineOf(key), -1, key + ": " + message, null);
        }

        /** The 1-based line where {@code key} is set, or -1 (continuation lines are not followed). */
        int lineOf(String key) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String l = lines[i].stripLeading();
                if (l.startsWith(key) && l.substring(key.length()).matches("\\s*[=:\\s].*|\\s*")) return i + 1;
            }
            return -1;
        }
    }
}
