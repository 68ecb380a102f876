package org.glossa.core.tm.index;

import java.util.List;

/** A memory's size for its language pair: entries over all files, index bytes on disk, and per file. */
public record TmStats(String sourceLanguage, String targetLanguage, long entries, long indexBytes,
                      List<TmFileStats> files) {
    public TmStats {
        files = List.copyOf(files);
    }
}
