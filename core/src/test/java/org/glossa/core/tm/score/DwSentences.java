package org.glossa.core.tm.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sentences of the DW article in seeds/, read from the file so that the tests use the real text. */
final class DwSentences {
    private static final String ARTICLE = read();

    /** 21 words. */
    static final String ROLES = sentence("NATO and the EU have played key roles since Russia's invasion");
    /** 23 words, with the number 27. */
    static final String MEMBERS = sentence("The EU was established after the Second World War");
    /** With the years 2016 and 2018. */
    static final String DECLARATIONS = sentence("This joint declaration is the third between");
    static final String BOTH = sentence("Both NATO and the EU have played important roles");
    static final String RELATIONS = sentence("Relations between NATO and the EU were institutionalized");
    static final String EDITED = sentence("Edited by:");

    private DwSentences() {
    }

    /** The sentence of the article that starts with {@code start}, up to its full stop. */
    static String sentence(String start) {
        int from = ARTICLE.indexOf(start);
        if (from < 0) throw new IllegalStateException("not in the article: " + start);
        int to = ARTICLE.indexOf(". ", from);
        int nl = ARTICLE.indexOf('\n', from);
        if (nl >= 0 && (to < 0 || nl < to)) return ARTICLE.substring(from, nl).strip();
        return ARTICLE.substring(from, to + 1);
    }

    private static String read() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) dir = dir.getParent();
        if (dir == null) throw new IllegalStateException("seeds/ not found above " + Path.of("").toAbsolutePath());
        try {
            return Files.readString(dir.resolve("seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
