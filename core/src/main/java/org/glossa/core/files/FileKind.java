package org.glossa.core.files;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of file Glossa reads besides documents, each with its one set of file-name extensions (lower case, an
 * extension may have two parts: {@code tmx.gz}). {@link FileKindDetector} tells them apart by content first.
 */
public enum FileKind {
    /** XLIFF 1.0–2.2, any tool's (Trados {@code .sdlxliff}, memoQ {@code .mqxliff}). */
    XLIFF("xlf", "xliff", "sdlxliff", "mqxliff"),
    /** TMX, also gzip-compressed or zipped. */
    TMX("tmx", "tmx.gz", "tmx.zip"),
    /** TBX 2008 (martif) and TBX 2019. */
    TBX("tbx", "martif"),
    /** Comma- or semicolon-separated glossary. */
    CSV("csv"),
    /** Tab-separated glossary. */
    TSV("tsv", "tab");

    private final List<String> extensions;

    FileKind(String... extensions) {
        this.extensions = List.of(extensions);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Whether {@code fileName} ends with one of this kind's extensions (any case). */
    public boolean hasExtension(String fileName) {
        return hasExtension(fileName, extensions);
    }

    /** The extensions of all {@code kinds}, for picking files out of a directory. */
    public static Set<String> extensionsOf(FileKind... kinds) {
        Set<String> out = new LinkedHashSet<>();
        for (FileKind k : kinds) out.addAll(k.extensions);
        return Set.copyOf(out);
    }

    /** Whether {@code fileName} ends with "." and one of {@code extensions} (any case). */
    public static boolean hasExtension(String fileName, Iterable<String> extensions) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String e : extensions) {
            if (lower.endsWith("." + e)) return true;
        }
        return false;
    }
}
