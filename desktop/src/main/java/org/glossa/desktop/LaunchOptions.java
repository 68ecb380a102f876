package org.glossa.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.client.ServerAddress;
import org.glossa.core.InputException;
import org.glossa.core.lang.LanguageTags;

/**
 * What {@code glossa desktop [FILE] [-s SRC] [-t TGT] [-g GLOSSARY]... [--tm TMX]...} asks for.
 *
 * @param file           the file to open (an XLIFF, a project file or a document)
 * @param glossaries     glossaries whose terms are marked and checked
 * @param memories       TMX files to look matches up in
 * @param sourceLanguage the language documents are extracted from (an XLIFF or a project names its own)
 * @param targetLanguage the language documents are translated into
 * @param serverMemories memories on a Glossa server ({@code --tm http://HOST:PORT/memories/NAME}): looked up, and
 *                       confirmed segments go to the first
 * @param serverTermbases termbases on a Glossa server ({@code -g http://HOST:PORT/termbases/NAME})
 */
public record LaunchOptions(Optional<Path> file, List<Path> glossaries, List<Path> memories, String sourceLanguage,
        String targetLanguage, List<String> serverMemories, List<String> serverTermbases) {

    public static final String DEFAULT_SOURCE = "en";
    public static final String DEFAULT_TARGET = "de";
    static final String USAGE = "usage: glossa desktop [FILE] [-s SRC] [-t TGT] [-g GLOSSARY|TERMBASE_URL]..."
            + " [--tm TMX|MEMORY_URL]...";

    public static final LaunchOptions NONE = new LaunchOptions(Optional.empty(), List.of(), List.of());

    public LaunchOptions {
        glossaries = List.copyOf(glossaries);
        memories = List.copyOf(memories);
        serverMemories = List.copyOf(serverMemories);
        serverTermbases = List.copyOf(serverTermbases);
        sourceLanguage = checkLanguage("--source", sourceLanguage);
        targetLanguage = checkLanguage("--target", targetLanguage);
    }

    /** Options without server memories or termbases. */
    public LaunchOptions(Optional<Path> file, List<Path> glossaries, List<Path> memories, String sourceLanguage,
            String targetLanguage) {
        this(file, glossaries, memories, sourceLanguage, targetLanguage, List.of(), List.of());
    }

    /** Options with the default languages (English to German). */
    public LaunchOptions(Optional<Path> file, List<Path> glossaries, List<Path> memories) {
        this(file, glossaries, memories, DEFAULT_SOURCE, DEFAULT_TARGET);
    }

    /** Parses the arguments; an unknown option, a missing value or a second file is an {@link IllegalArgumentException}. */
    public static LaunchOptions parse(List<String> args) {
        Path file = null;
        String source = DEFAULT_SOURCE;
        String target = DEFAULT_TARGET;
        List<Path> glossaries = new ArrayList<>();
        List<Path> memories = new ArrayList<>();
        List<String> serverMemories = new ArrayList<>();
        List<String> serverTermbases = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-g", "--glossary" -> glossary(value(args, ++i, arg), glossaries, serverTermbases);
                case "--tm" -> memory(value(args, ++i, arg), memories, serverMemories);
                case "-s", "--source" -> source = value(args, ++i, arg);
                case "-t", "--target" -> target = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("--glossary=")) {
                        glossary(arg.substring("--glossary=".length()), glossaries, serverTermbases);
                    } else if (arg.startsWith("--source=")) source = arg.substring("--source=".length());
                    else if (arg.startsWith("--target=")) target = arg.substring("--target=".length());
                    else if (arg.startsWith("--tm=")) memory(arg.substring("--tm=".length()), memories, serverMemories);
                    else if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("unknown option " + arg + " (" + USAGE + ")");
                    } else if (file != null) {
                        throw new IllegalArgumentException("only one file can be opened, got " + file + " and " + arg);
                    } else {
                        file = Path.of(arg);
                    }
                }
            }
        }
        return new LaunchOptions(Optional.ofNullable(file), glossaries, memories, source, target, serverMemories,
                serverTermbases);
    }

    /** A glossary file, or a termbase on a server when it is a URL. */
    private static void glossary(String value, List<Path> files, List<String> urls) {
        if (ServerAddress.isUrl(value)) urls.add(value);
        else files.add(Path.of(value));
    }

    /** A memory file, or a memory on a server when it is a URL. */
    private static void memory(String value, List<Path> files, List<String> urls) {
        if (ServerAddress.isUrl(value)) urls.add(value);
        else files.add(Path.of(value));
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs " + (option.startsWith("-g") || option.equals("--tm")
                    || option.equals("--glossary") ? "a file" : "a language"));
        }
        return args.get(i);
    }

    private static String checkLanguage(String option, String tag) {
        if (tag == null || tag.isBlank()) throw new IllegalArgumentException(option + " needs a language");
        try {
            return LanguageTags.parse(tag, option);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.describe(), e);
        }
    }
}
