package org.glossa.core.tm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.glossa.core.xliff.XliffReader;

/**
 * Adds translations to a TMX memory: the confirmed segments (translated, reviewed, final) of XLIFF files and the
 * units of TMX files. The memory's existing units are kept first; an entry whose source and target are already
 * there is not added again. Each new unit records the previous segment's source ({@code x-context-prev}) so
 * context matches work, and its origin file ({@code x-origin}); its tuid is "file:unit/segment". The memory is
 * rewritten atomically.
 */
public final class TmImport {
    public static final String CONTEXT_PROP = "x-context-prev";
    public static final String ORIGIN_PROP = "x-origin";

    /**
     * What an import did.
     *
     * @param failed how many input files could not be read (none of their units were added)
     */
    public record Result(int kept, int added, int duplicates, int failed) {
    }

    /** Told about an input file that could not be read; the import goes on with the next one. */
    @FunctionalInterface
    public interface OnFailure {
        void failed(Path file, Exception error);
    }

    private TmImport() {
    }

    /** Stops at the first input file that cannot be read, leaving the memory as it was. */
    public static Result run(Path memory, List<Path> inputs, String sourceLanguage, String targetLanguage) throws IOException {
        return run(memory, inputs, sourceLanguage, targetLanguage, (file, error) -> {
            if (error instanceof IOException io) throw new java.io.UncheckedIOException(io);
            throw (RuntimeException) error;
        });
    }

    /**
     * Imports every input file that can be read; one that cannot (malformed XML, a missing file) is given to
     * {@code onFailure} and adds nothing: a TMX file is read through once before any of its units is added.
     * The memory is written when the existing memory could be read.
     */
    public static Result run(Path memory, List<Path> inputs, String sourceLanguage, String targetLanguage,
                             OnFailure onFailure) throws IOException {
        Instant now = Instant.now();
        try (Importer importer = Importer.open(memory, sourceLanguage, targetLanguage)) {
            for (Path in : inputs) {
                Read read;
                try {
                    read = read(in, sourceLanguage, targetLanguage, now);
                } catch (IOException | RuntimeException e) {
                    importer.failed();
                    onFailure.failed(in, e);
                    continue;
                }
                importer.add(read);
            }
            return importer.commit();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One input file read for {@link Importer#add}: the units of an XLIFF file, or, for a TMX file (which may be
     * huge), only the file, checked to be readable and streamed when added.
     */
    public sealed interface Read permits XliffUnits, TmxFile {
        Path file();
    }

    /** The confirmed segments of an XLIFF file as units. */
    public record XliffUnits(Path file, List<TranslationUnit> units) implements Read {
        public XliffUnits {
            units = List.copyOf(units);
        }
    }

    /** A TMX file that was read through without an error; its units are streamed when it is added. */
    public record TmxFile(Path file) implements Read {
    }

    /**
     * Reads an input file for {@link Importer#add}; safe to call on many threads at once. An XLIFF file is read
     * whole (its units are dated {@code now}, to the second); a TMX file is read through once, so that a malformed
     * one fails here, before any of its units is added, and is streamed again when added.
     */
    public static Read read(Path in, String sourceLanguage, String targetLanguage, Instant now) throws IOException {
        String name = in.getFileName().toString();
        if (FileKindDetector.isTmx(in)) {
            try (TmxReader r = TmxReader.open(in)) {
                for (var it = r.iterator(); it.hasNext(); ) it.next();
            }
            return new TmxFile(in);
        }
        List<TranslationUnit> out = new java.util.ArrayList<>();
        for (Document d : XliffReader.read(in)) out.addAll(confirmed(d, name, sourceLanguage, targetLanguage, now));
        return new XliffUnits(in, out);
    }

    /**
     * Adds read input files to a memory, one thread at a time, in the order they are given. The existing memory's
     * units are kept first; the new memory replaces it atomically on {@link #commit()}; closing without a commit
     * leaves it as it was.
     */
    public static final class Importer implements AutoCloseable {
        private final TmxWriter writer;
        private final String src;
        private final String trg;
        private final Set<String> seen = new HashSet<>();
        private final int[] counts = new int[4];
        private boolean committed;

        private Importer(TmxWriter writer, String src, String trg) {
            this.writer = writer;
            this.src = src;
            this.trg = trg;
        }

        /** Opens {@code memory} (created if missing) and copies its existing units. */
        public static Importer open(Path memory, String sourceLanguage, String targetLanguage) throws IOException {
            boolean existing = Files.exists(memory);
            // the writer works on a temporary file and replaces the memory only when closed, so the old memory can
            // be read while the new one is written
            TmxWriter w = TmxWriter.open(memory, TmxHeader.glossa(sourceLanguage, "plaintext"));
            Importer importer = new Importer(w, sourceLanguage, targetLanguage);
            try {
                if (existing) {
                    try (TmxReader r = TmxReader.open(memory)) {
                        for (var it = r.iterator(); it.hasNext(); ) {
                            TranslationUnit tu = it.next();
                            importer.seen.add(key(tu, sourceLanguage, targetLanguage));
                            w.write(tu);
                            importer.counts[0]++;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                importer.close();
                throw e;
            }
            return importer;
        }

        /** Adds the units of a read file, skipping those whose source and target are already in the memory. */
        public void add(Read read) throws IOException {
            if (read instanceof XliffUnits x) {
                for (TranslationUnit tu : x.units()) TmImport.add(writer, tu, seen, src, trg, counts);
            } else {
                try (TmxReader r = TmxReader.open(read.file())) {
                    for (var it = r.iterator(); it.hasNext(); ) TmImport.add(writer, it.next(), seen, src, trg, counts);
                }
            }
        }

        /** Counts an input file that could not be read (it adds nothing). */
        public void failed() {
            counts[3]++;
        }

        /** Writes the memory and says what was done. */
        public Result commit() throws IOException {
            committed = true;
            writer.close();
            return new Result(counts[0], counts[1], counts[2], counts[3]);
        }

        /** Leaves the memory as it was unless {@link #commit()} was called. */
        @Override
        public void close() throws IOException {
            if (!committed) {
                committed = true;
                writer.abort();
            }
        }
    }

    private static void add(TmxWriter w, TranslationUnit tu, Set<String> seen, String src, String trg, int[] counts)
            throws IOException {
        if (tu.variants().stream().noneMatch(v -> LanguageTags.matches(v.language(), src))) return;
        if (seen.add(key(tu, src, trg))) {
            w.write(tu);
            counts[1]++;
        } else {
            counts[2]++;
        }
    }

    /** Confirmed segments of a document as units, with the previous segment's source as context. */
    static List<TranslationUnit> confirmed(Document d, String origin, String src, String trg, Instant at) {
        java.util.List<TranslationUnit> out = new java.util.ArrayList<>();
        Optional<Content> previous = Optional.empty();
        Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (Unit u : d.units()) {
            if (!u.translate()) continue;
            for (Segment s : u.segments()) {
                boolean ok = s.target().isPresent() && !s.target().get().plainText().isBlank() && s.state() != SegmentState.INITIAL;
                if (ok) {
                    List<Property> props = new java.util.ArrayList<>();
                    previous.ifPresent(p -> props.add(new Property(CONTEXT_PROP, p.plainText())));
                    props.add(new Property(ORIGIN_PROP, origin));
                    out.add(new TranslationUnit(origin + ":" + u.id() + "/" + s.id(), 0, Optional.empty(), props, List.of(), Optional.of(now), Optional.of(now),
                            Optional.of("glossa"), Optional.empty(),
                            List.of(Variant.of(src, s.source()), Variant.of(trg, s.target().get()))));
                }
                previous = Optional.of(s.source());
            }
        }
        return out;
    }

    private static String key(TranslationUnit tu, String src, String trg) {
        String s = tu.variants().stream().filter(v -> LanguageTags.matches(v.language(), src)).findFirst()
                .map(v -> v.content().toString()).orElse("");
        String t = tu.variants().stream().filter(v -> LanguageTags.matches(v.language(), trg)).findFirst()
                .map(v -> v.content().toString()).orElse("");
        return s + "\u0000" + t;
    }
}
