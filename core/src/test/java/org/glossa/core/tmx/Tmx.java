package org.glossa.core.tmx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.model.Inline;
import org.glossa.core.xliff.Interop;

/** Test helpers: a whole (small) TMX file in memory, and the shared interop files. */
record Tmx(TmxHeader header, List<TranslationUnit> units) {
    static final String KIT = "omegat/src/test/resources/data/tmx/TMXComplianceKit/";
    static final String OMEGAT = "omegat/src/test/resources/data/tmx/";
    static final String OKAPI = "okapi/okapi/filters/tmx/src/test/resources/";

    static Tmx read(Path file) {
        List<TranslationUnit> units = new ArrayList<>();
        try {
            TmxHeader h = TmxReader.read(file, units::add);
            return new Tmx(h, units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file of the shared interop folder in place (the test is skipped when it is absent). */
    static Tmx shared(String relative) {
        return read(Interop.require(relative));
    }

    TranslationUnit unit(int position) {
        return units.get(position - 1);
    }

    String text(int position, String language) {
        return unit(position).variant(language).orElseThrow().content().plainText();
    }

    List<Inline.Tag> tags(int position, String language) {
        return unit(position).variant(language).orElseThrow().content().tags();
    }

    List<String> languages(int position) {
        return unit(position).variants().stream().map(Variant::language).toList();
    }
}
