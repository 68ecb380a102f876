package org.glossa.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.tm.score.MatchScorer;

/** Opens the memories named with --tm (indexes are built beside each TMX on first use, then reused). */
final class Memories {
    private Memories() {
    }

    static TranslationMemory open(List<Path> tmx, String source, String target) throws IOException {
        return TranslationMemory.open(tmx, source, target,
                new MatchScorer(Locale.forLanguageTag(source), Locale.forLanguageTag(target)));
    }
}
