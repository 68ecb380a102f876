package org.glossa.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code glossa desktop [FILE] [-g GLOSSARY]... [--tm TMX]...} asks for.
 *
 * @param file       the file to open (an XLIFF or a document)
 * @param glossaries glossaries whose terms are marked and checked
 * @param memories   TMX files to look matches up in
 */
public record LaunchOptions(Optional<Path> file, List<Path> glossaries, List<Path> memories) {

    public static final LaunchOptions NONE = new LaunchOptions(Optional.empty(), List.of(), List.of());

    public LaunchOptions {
        glossaries = List.copyOf(glossaries);
        memories = List.copyOf(memories);
    }

    /** Parses the arguments; an unknown option, a missing value or a second file is an {@link IllegalArgumentException}. */
    public static LaunchOptions parse(List<String> args) {
        Path file = null;
        List<Path> glossaries = new ArrayList<>();
        List<Path> memories = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "-g", "--glossary" -> glossaries.add(Path.of(value(args, ++i, arg)));
                case "--tm" -> memories.add(Path.of(value(args, ++i, arg)));
                default -> {
                    if (arg.startsWith("--glossary=")) glossaries.add(Path.of(arg.substring("--glossary=".length())));
                    else if (arg.startsWith("--tm=")) memories.add(Path.of(arg.substring("--tm=".length())));
                    else if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("unknown option " + arg
                                + " (usage: glossa desktop [FILE] [-g GLOSSARY]... [--tm TMX]...)");
                    } else if (file != null) {
                        throw new IllegalArgumentException("only one file can be opened, got " + file + " and " + arg);
                    } else {
                        file = Path.of(arg);
                    }
                }
            }
        }
        return new LaunchOptions(Optional.ofNullable(file), glossaries, memories);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) throw new IllegalArgumentException(option + " needs a file");
        return args.get(i);
    }
}
