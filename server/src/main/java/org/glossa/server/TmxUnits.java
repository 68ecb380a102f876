package org.glossa.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * The units of an uploaded TMX file as inputs, read lazily (a file of a million units never is in memory at once):
 * one input per TMX unit and target language, so a unit with German, French and Japanese targets gives three
 * pairs. The source is the unit's {@code srclang}, else the header's ({@code *all*}: the unit's first variant);
 * language tags are made canonical ({@code EN-US} becomes {@code en-US}) so lookups find them. A date that cannot
 * be read is a 400.
 */
final class TmxUnits implements Iterable<UnitInput>, AutoCloseable {
    private final TmxReader reader;
    private final String document;
    private boolean taken;

    private TmxUnits(TmxReader reader, String document) {
        this.reader = reader;
        this.document = document;
    }

    /** Opens the file (plain or gzip); {@code name} (the memory's) names it in errors and in the provenance. */
    static TmxUnits open(Path file, String name) throws IOException {
        InputStream in = Files.newInputStream(file);
        return new TmxUnits(TmxReader.open(in, name + ".tmx"), name + ".tmx");
    }

    /** The file's name in the provenance of its units: the memory's name with {@code .tmx}. */
    String document() {
        return document;
    }

    @Override
    public Iterator<UnitInput> iterator() {
        if (taken) throw new IllegalStateException("the units of an upload are read once");
        taken = true;
        Iterator<TranslationUnit> units = reader.iterator();
        String headerSource = reader.header().sourceLanguage();
        return new Iterator<>() {
            private final Deque<UnitInput> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && units.hasNext()) {
                    try {
                        expand(units.next(), headerSource, pending);
                    } catch (DateTimeParseException e) {
                        throw ApiException.badRequest("bad date in the TMX: " + e.getMessage());
                    }
                }
                return !pending.isEmpty();
            }

            @Override
            public UnitInput next() {
                if (!hasNext()) throw new NoSuchElementException();
                return pending.removeFirst();
            }
        };
    }

    private void expand(TranslationUnit tu, String headerSource, Deque<UnitInput> out) {
        String srcLang = tu.sourceLanguage().orElse(headerSource);
        Optional<Variant> src = srcLang.equals(TmxHeader.ALL_LANGUAGES) || srcLang.isEmpty()
                ? tu.variants().stream().findFirst() : tu.variant(srcLang);
        if (src.isEmpty() || src.get().content().plainText().isBlank()) return;
        String source = LanguageTags.canonical(src.get().language());
        for (Variant v : tu.variants()) {
            String target = LanguageTags.canonical(v.language());
            if (v == src.get() || target.equalsIgnoreCase(source)) continue;
            Optional<Instant> created = tu.creationDate().or(v::creationDate);
            Optional<Instant> changed = tu.changeDate().or(v::changeDate);
            out.add(new UnitInput(tu.tuid(), source, target, src.get().content(), v.content(),
                    tu.creationId().or(v::creationId), created, tu.changeId().or(v::changeId), changed,
                    tu.properties(), tu.notes(), "", document, ""));
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
