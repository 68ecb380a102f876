package org.glossa.core.tm.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/** Writes small EN→DE TMX files for tests. */
final class TmxFiles {
    private TmxFiles() {
    }

    record Pair(String tuid, String en, String de, Optional<Instant> changed, List<Property> props) {
        Pair(String tuid, String en, String de) {
            this(tuid, en, de, Optional.empty(), List.of());
        }
    }

    static Path write(Path file, List<Pair> pairs) throws IOException {
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en", "plaintext"))) {
            for (Pair p : pairs) w.write(unit(p));
        }
        return file;
    }

    static TranslationUnit unit(Pair p) {
        return new TranslationUnit(p.tuid(), 0, Optional.empty(), p.props(), List.of(), Optional.empty(), p.changed(),
                Optional.empty(), Optional.empty(),
                List.of(Variant.of("en", Content.of(p.en())), Variant.of("de", Content.of(p.de()))));
    }

    static Path writeUnits(Path file, List<TranslationUnit> units) throws IOException {
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en", "plaintext"))) {
            for (TranslationUnit u : units) w.write(u);
        }
        return file;
    }
}
