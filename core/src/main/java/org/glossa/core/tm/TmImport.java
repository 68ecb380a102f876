package org.glossa.core.tm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.InputException;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.io.LockFile;
import org.glossa.core.lang.LanguagePairs;
import org.glossa.core.lang.LanguageTags;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxPairs;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.glossa.core.xliff.XliffReader;

/**
 * Adds translations to a TMX memory: the confirmed segments (translated, reviewed, final) of XLIFF files and the
 * units of TMX files. The memory's existing units are kept first; an entry whose source and target are already
 * there is not added again. Each new unit records the previous segment's source ({@code x-context-prev}) so
 * context matches work, and its origin file ({@code x-origin}); its tuid is "file:unit/segment".
 *
 * <p>This is the one way Glossa adds to a TMX memory (the command line's {@code tm import} and the editor's project
 * memory, through {@link #replace}). One writer at a time per memory: the writer takes the memory's
 * {@link LockFile} (waiting while another process holds it; the command line says so on standard error), reads the memory
 * under the lock, and writes the new memory through {@link org.glossa.core.io.AtomicFiles} before it lets go, so
 * concurrent writers never lose each other's units.
 */
public final class TmImport {
    public static final String CONTEXT_PROP = "x-context-prev";
    public static final String ORIGIN_PROP = "x-origin";

    /**
     * What an import did.
     *
     * @param failed  how many input files could not be read (none of their units were added)
     * @param skipped units or segments not added, by reason ("not confirmed: state new", "empty target",
     *                "target is the source copied", "other language pair"), in the order first met
     */
    public record Result(int kept, int added, int duplicates, int failed, Map<String, Integer> skipped) {
        public Result {
            skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        }

        public Result(int kept, int added, int duplicates, int failed) {
            this(kept, added, duplicates, failed, Map.of());
        }

        /** "skipped 3 (not confirmed: state new), 2 (empty target)", or "" when nothing was skipped. */
        public String describeSkipped() {
            if (skipped.isEmpty()) return "";
            StringBuilder sb = new StringBuilder("skipped ");
            skipped.forEach((reason, n) -> sb.append(sb.length() > 8 ? ", " : "").append(n).append(" (").append(reason).append(')'));
            return sb.toString();
        }
    }

    /** Which targets of an XLIFF file an import takes. */
    public enum States {
        /** Translated, reviewed and final segments: what a translator confirmed. */
        CONFIRMED,
        /**
         * Every non-empty target whatever its state, for tools that set no states (OmegaT leaves {@code state="new"});
         * a target that is still the unchanged copy of its source is not a translation and is left out.
         */
        ANY
    }

    static final String NOT_CONFIRMED = "not confirmed: state ";
    static final String EMPTY_TARGET = "empty target";
    static final String COPIED_SOURCE = "target is the source copied";
    static final String OTHER_PAIR = "other language pair";

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
        return run(memory, inputs, sourceLanguage, targetLanguage, States.CONFIRMED, onFailure);
    }

    /** Like {@link #run(Path, List, String, String, OnFailure)}, taking the XLIFF targets {@code states} says. */
    public static Result run(Path memory, List<Path> inputs, String sourceLanguage, String targetLanguage,
                             States states, OnFailure onFailure) throws IOException {
        Instant now = Instant.now();
        try (Importer importer = Importer.open(memory, sourceLanguage, targetLanguage)) {
            for (Path in : inputs) {
                Read read;
                try {
                    read = read(in, sourceLanguage, targetLanguage, states, now);
                } catch (IOException | RuntimeException e) {
                    importer.failed();
                    onFailure.failed(in, e);
                    continue;
                }
                try {
                    importer.add(read);
                } catch (IOException | RuntimeException e) {
                    importer.failed();
                    onFailure.failed(in, e);
                }
            }
            return importer.commit();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Writes {@code units} into {@code memory} (created if missing), replacing the units with the same tuids (a
     * segment confirmed again); every other unit of the memory is kept.
     *
     * @return how many units were written
     */
    public static int replace(Path memory, String sourceLanguage, String targetLanguage,
                              java.util.Collection<TranslationUnit> units) throws IOException {
        Set<String> tuids = new HashSet<>();
        for (TranslationUnit tu : units) tuids.add(tu.tuid());
        try (Importer importer = Importer.open(memory, sourceLanguage, targetLanguage, tuids)) {
            for (TranslationUnit tu : units) importer.put(tu);
            importer.commit();
        }
        return units.size();
    }

    /**
     * One input file read for {@link Importer#add}: the units of an XLIFF file, or, for a TMX file (which may be
     * huge), only the file, checked to be readable and streamed when added.
     */
    public sealed interface Read permits XliffUnits, TmxFile {
        Path file();

        /** What the reader should be told about the file (a memory that also holds other language pairs). */
        Optional<String> warning();
    }

    /** The confirmed segments of an XLIFF file as units, and the segments left out by reason. */
    public record XliffUnits(Path file, List<TranslationUnit> units, Map<String, Integer> skipped) implements Read {
        public XliffUnits {
            units = List.copyOf(units);
            skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        }

        public XliffUnits(Path file, List<TranslationUnit> units) {
            this(file, units, Map.of());
        }

        @Override
        public Optional<String> warning() {
            return Optional.empty();
        }
    }

    /** A TMX file that was read through without an error; its units are streamed when it is added. */
    public record TmxFile(Path file, Optional<String> warning) implements Read {
        public TmxFile(Path file) {
            this(file, Optional.empty());
        }
    }

    /**
     * Reads an input file for {@link Importer#add}; safe to call on many threads at once. An XLIFF file is read
     * whole (its units are dated {@code now}, to the second); a TMX file is read through once, so that a malformed
     * one fails here, before any of its units is added, and is streamed again when added. A file with a unit that
     * cannot be written to the memory (a character XML 1.0 cannot carry, from an XML 1.1 TMX or an XLIFF 2
     * {@code <cp>}) fails here too, as an {@link InputException} naming the unit (line:column in a TMX).
     */
    public static Read read(Path in, String sourceLanguage, String targetLanguage, Instant now) throws IOException {
        return read(in, sourceLanguage, targetLanguage, States.CONFIRMED, now);
    }

    /**
     * Like {@link #read(Path, String, String, Instant)}, taking the XLIFF targets {@code states} says. A file
     * without the pair is an {@link InputException} naming the pairs it holds (an XLIFF file for another pair, a TMX
     * without a single unit of the pair); a TMX that also holds other pairs is read with a warning giving the counts.
     */
    public static Read read(Path in, String sourceLanguage, String targetLanguage, States states, Instant now)
            throws IOException {
        String name = in.getFileName().toString();
        if (FileKindDetector.isTmx(in)) {
            LanguagePairs pairs = new LanguagePairs();
            try (TmxReader r = TmxReader.open(in)) {
                for (var it = r.iterator(); it.hasNext(); ) {
                    TranslationUnit tu = it.next();
                    TmxPairs.count(pairs, tu, r.header().sourceLanguage(), sourceLanguage);
                    if (!forPair(tu, sourceLanguage, targetLanguage)) continue;
                    try {
                        TmxWriter.check(tu);
                    } catch (IllegalArgumentException e) {
                        int[] at = r.unitLocation();
                        throw new InputException(in.toString(), at[0], at[1], "unit " + tu.position()
                                + (tu.tuid().isEmpty() ? "" : " (tuid " + tu.tuid() + ")") + ": " + e.getMessage(), e);
                    }
                }
            }
            return new TmxFile(in, pairs.check(in.toString(), "units", sourceLanguage, targetLanguage));
        }
        List<TranslationUnit> out = new java.util.ArrayList<>();
        Map<String, Integer> skipped = new LinkedHashMap<>();
        List<Document> docs = XliffReader.read(in);
        String initial = FileKindDetector.xmlRoot(in).map(root -> root.isXliff2()).orElse(false) ? "initial" : "new";
        for (Document d : docs) {
            LanguagePairs.requireSame(in.toString(), d.sourceLanguage(), d.targetLanguage(), sourceLanguage, targetLanguage);
            out.addAll(confirmed(d, name, sourceLanguage, targetLanguage, now, states, initial, skipped));
        }
        for (TranslationUnit tu : out) {
            try {
                TmxWriter.check(tu);
            } catch (IllegalArgumentException e) {
                String id = tu.tuid().substring(name.length() + 1);
                throw new InputException(in.toString(), "unit/segment " + id + ": " + e.getMessage(), e);
            }
        }
        return new XliffUnits(in, out, skipped);
    }

    /** Whether a unit has a variant in the source and one in the target language (only those are added). */
    private static boolean forPair(TranslationUnit tu, String src, String trg) {
        return tu.variants().stream().anyMatch(v -> LanguageTags.matches(v.language(), src))
                && TmxPairs.hasTarget(tu, src, trg);
    }


    /**
     * Adds read input files to a memory, one thread at a time, in the order they are given. The existing memory's
     * units are kept first; the new memory replaces it atomically on {@link #commit()}; closing without a commit
     * leaves it as it was. The memory's lock is held from {@link #open} to {@link #close()}.
     */
    public static final class Importer implements AutoCloseable {
        private final LockFile lock;
        private final TmxWriter writer;
        private final String src;
        private final String trg;
        private final Set<String> seen = new HashSet<>();
        private final int[] counts = new int[4];
        private final Map<String, Integer> skipped = new LinkedHashMap<>();
        private boolean committed;

        private Importer(LockFile lock, TmxWriter writer, String src, String trg) {
            this.lock = lock;
            this.writer = writer;
            this.src = src;
            this.trg = trg;
        }

        /**
         * Locks {@code memory} (waiting while another process writes it), opens it (created if missing) and copies
         * its existing units.
         */
        public static Importer open(Path memory, String sourceLanguage, String targetLanguage) throws IOException {
            return open(memory, sourceLanguage, targetLanguage, Set.of());
        }

        /** Like {@link #open(Path, String, String)}, leaving out the existing units with one of {@code replaced}. */
        static Importer open(Path memory, String sourceLanguage, String targetLanguage, Set<String> replaced)
                throws IOException {
            LockFile lock = LockFile.forWriting(memory);
            Importer importer;
            try {
                // the writer works on a temporary file and replaces the memory only on commit, so the old memory
                // can be read while the new one is written
                TmxWriter w = TmxWriter.open(memory, TmxHeader.glossa(sourceLanguage, "plaintext"));
                importer = new Importer(lock, w, sourceLanguage, targetLanguage);
            } catch (IOException | RuntimeException e) {
                lock.close();
                throw e;
            }
            try {
                if (Files.exists(memory)) {
                    try (TmxReader r = TmxReader.open(memory)) {
                        for (var it = r.iterator(); it.hasNext(); ) {
                            TranslationUnit tu = it.next();
                            if (replaced.contains(tu.tuid())) continue;
                            importer.seen.add(key(tu, sourceLanguage, targetLanguage));
                            importer.writer.write(tu);
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

        /**
         * Adds the units of a read file, skipping those whose source and target are already in the memory. A TMX file
         * that changed since it was {@link #read} and can no longer be read fails here, keeping the units it gave
         * before the error; the memory stays writable and the import goes on.
         */
        public void add(Read read) throws IOException {
            if (read instanceof XliffUnits x) {
                x.skipped().forEach((k, v) -> skipped.merge(k, v, Integer::sum));
                for (TranslationUnit tu : x.units()) TmImport.add(writer, tu, seen, src, trg, counts, skipped);
            } else {
                try (TmxReader r = TmxReader.open(read.file())) {
                    for (var it = r.iterator(); it.hasNext(); ) TmImport.add(writer, it.next(), seen, src, trg, counts, skipped);
                }
            }
        }

        /** Writes {@code tu} whatever is in the memory (a unit that replaces one left out by {@link #open}). */
        void put(TranslationUnit tu) throws IOException {
            seen.add(key(tu, src, trg));
            writer.write(tu);
            counts[1]++;
        }

        /** Counts an input file that could not be read (it adds nothing). */
        public void failed() {
            counts[3]++;
        }

        /** Writes the memory and says what was done. */
        public Result commit() throws IOException {
            committed = true;
            writer.close();
            return new Result(counts[0], counts[1], counts[2], counts[3], skipped);
        }

        /** Leaves the memory as it was unless {@link #commit()} was called, and lets go of its lock. */
        @Override
        public void close() throws IOException {
            try {
                if (!committed) {
                    committed = true;
                    writer.abort();
                }
            } finally {
                lock.close();
            }
        }
    }

    private static void add(TmxWriter w, TranslationUnit tu, Set<String> seen, String src, String trg, int[] counts,
                            Map<String, Integer> skipped) throws IOException {
        if (!forPair(tu, src, trg)) {
            skipped.merge(OTHER_PAIR, 1, Integer::sum);
            return;
        }
        if (seen.add(key(tu, src, trg))) {
            w.write(tu);
            counts[1]++;
        } else {
            counts[2]++;
        }
    }

    /** Confirmed segments of a document as units, with the previous segment's source as context. */
    static List<TranslationUnit> confirmed(Document d, String origin, String src, String trg, Instant at) {
        return confirmed(d, origin, src, trg, at, States.CONFIRMED, "initial", new LinkedHashMap<>());
    }

    /**
     * The segments of a document {@code states} takes, as units with the previous segment's source as context; the
     * others are counted in {@code skipped} by reason.
     */
    static List<TranslationUnit> confirmed(Document d, String origin, String src, String trg, Instant at, States states,
                                           String initialState, Map<String, Integer> skipped) {
        java.util.List<TranslationUnit> out = new java.util.ArrayList<>();
        Optional<Content> previous = Optional.empty();
        Instant now = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (Unit u : d.units()) {
            if (!u.translate()) continue;
            for (Segment s : u.segments()) {
                String reason = s.target().isEmpty() || s.target().get().plainText().isBlank() ? EMPTY_TARGET
                        : s.isUnchangedCopy() ? COPIED_SOURCE
                        : states == States.CONFIRMED && s.state() == SegmentState.INITIAL ? NOT_CONFIRMED + initialState
                        : null;
                if (reason != null) skipped.merge(reason, 1, Integer::sum);
                if (reason == null) {
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
