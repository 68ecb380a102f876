package org.glossa.core.project;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.glossa.core.qa.check.HouseStyle;
import org.glossa.core.xliff.XliffVersion;

/**
 * A translation project: a folder with a {@value ProjectFile#FILE_NAME} naming its languages, source files,
 * glossaries and memories. All paths are absolute (resolved against {@code folder} when the file is read); the
 * {@code sources} are the files the file's paths and globs matched when it was read, in name order.
 * {@code glossaryUrls} and {@code memoryUrls} are the entries of {@code glossaries} and {@code memories} that are
 * URLs ({@code http(s)://…}: termbases and memories on a Glossa server, which the command line and the editor open;
 * core only keeps them). The {@code houseStyle} is what its QA sets beyond the target language's conventions (key
 * {@code qa.quotes}).
 */
public record Project(Path folder, String name, String sourceLanguage, String targetLanguage, List<Path> sources,
        List<Path> glossaries, List<Path> memories, Path output, XliffVersion xliff, int tmThreshold,
        List<String> glossaryUrls, List<String> memoryUrls, HouseStyle houseStyle) {
    public static final String DEFAULT_OUTPUT = "out";
    public static final XliffVersion DEFAULT_XLIFF = XliffVersion.V2_1;
    public static final int DEFAULT_TM_THRESHOLD = 75;
    /** The memory the editor adds confirmed segments to, relative to the project folder. */
    public static final Path MEMORY_FILE = Path.of("memories", "project.tmx");

    public Project {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(xliff, "xliff");
        sources = List.copyOf(sources);
        glossaries = List.copyOf(glossaries);
        memories = List.copyOf(memories);
        glossaryUrls = List.copyOf(glossaryUrls);
        memoryUrls = List.copyOf(memoryUrls);
        Objects.requireNonNull(houseStyle, "houseStyle");
    }

    /** A project whose glossaries and memories are all files, without a house style. */
    public Project(Path folder, String name, String sourceLanguage, String targetLanguage, List<Path> sources,
            List<Path> glossaries, List<Path> memories, Path output, XliffVersion xliff, int tmThreshold) {
        this(folder, name, sourceLanguage, targetLanguage, sources, glossaries, memories, output, xliff, tmThreshold,
                List.of(), List.of());
    }

    /** A project without a house style: its checks follow the target language's conventions. */
    public Project(Path folder, String name, String sourceLanguage, String targetLanguage, List<Path> sources,
            List<Path> glossaries, List<Path> memories, Path output, XliffVersion xliff, int tmThreshold,
            List<String> glossaryUrls, List<String> memoryUrls) {
        this(folder, name, sourceLanguage, targetLanguage, sources, glossaries, memories, output, xliff, tmThreshold,
                glossaryUrls, memoryUrls, HouseStyle.DEFAULT);
    }

    /** Where the extracted XLIFF files go: OUTPUT/xliff. */
    public Path xliffFolder() {
        return output.resolve("xliff");
    }

    /** Where the QA and analysis reports go: OUTPUT/reports. */
    public Path reportsFolder() {
        return output.resolve("reports");
    }

    /** PROJECT/memories/project.tmx, the memory confirmed segments go to (see {@link #MEMORY_FILE}). */
    public Path memoryFile() {
        return folder.resolve(MEMORY_FILE);
    }

    /** {@code source}'s path in the project: relative to the folder, or its file name when it lies outside. */
    public Path relative(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        return abs.startsWith(folder) ? folder.relativize(abs) : abs.getFileName();
    }

    /** Where {@code source} is extracted to: OUTPUT/xliff/&lt;{@link #relative its path in the project}&gt;.xlf. */
    public Path xliffOf(Path source) {
        return xliffFolder().resolve(relative(source) + ".xlf").normalize();
    }
}
