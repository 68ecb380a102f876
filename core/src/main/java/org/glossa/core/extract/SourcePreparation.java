package org.glossa.core.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.model.Document;
import org.glossa.core.project.Project;
import org.glossa.core.tm.CombinedLookup;
import org.glossa.core.tm.MemoryLookup;
import org.glossa.core.mt.MachineTranslator;
import org.glossa.core.mt.MtPreTranslator;
import org.glossa.core.tm.PreTranslator;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * Prepares a source for translation, the one pipeline behind {@code glossa extract}, {@code glossa run} and the
 * editor's project panel: extract (or read an XLIFF source), carry the translations of the previous output over
 * ({@link TranslationCarryOver}), mark the glossaries' terms, pre-translate from the memories and write the XLIFF
 * (atomically) in the chosen version. Open it once for a batch (it reads the glossaries and opens the memories),
 * take one {@link #preparer()} per thread, close it at the end.
 * <p>
 * An output is up to date, and left alone unless forced, when it is newer than the source, the glossaries, the
 * memories and the SRX rules; the project memory ({@link Project#memoryFile()}) is left out of that comparison: it
 * grows from confirming segments of these very outputs, and counting it would prepare every source again after
 * every editing session.
 */
public final class SourcePreparation implements AutoCloseable {

    /**
     * What to prepare with.
     *
     * @param options       languages and SRX rules
     * @param glossaries    glossary files whose terms are marked
     * @param memories      memory files that pre-translate
     * @param projectMemory a memory that also pre-translates when it exists, but whose changes do not make an
     *                      output out of date (a project's {@code memories/project.tmx})
     * @param threshold     lowest match score that fills a target
     * @param version       the XLIFF version written
     * @param copySource    copy the source into the targets left empty ({@link Document#withSourceCopied()}), for
     *                      tools that translate over the target (OmegaT)
     * @param itsTermInfo   XLIFF 1.2: glossary terms also carry ITS 2.0 term info (valid against the transitional
     *                      schema only; without it the strict schema)
     */
    public record Settings(ExtractOptions options, List<Path> glossaries, List<Path> memories,
            Optional<Path> projectMemory, int threshold, XliffVersion version, boolean copySource,
            boolean itsTermInfo) {
        public Settings {
            Objects.requireNonNull(options, "options");
            Objects.requireNonNull(version, "version");
            glossaries = List.copyOf(glossaries);
            memories = List.copyOf(memories);
            projectMemory = projectMemory == null ? Optional.empty() : projectMemory;
        }

        /** Settings that leave empty targets empty. */
        public Settings(ExtractOptions options, List<Path> glossaries, List<Path> memories,
                Optional<Path> projectMemory, int threshold, XliffVersion version) {
            this(options, glossaries, memories, projectMemory, threshold, version, false, false);
        }

        /** A project's settings: its languages, glossaries, memories and memories/project.tmx, threshold, XLIFF. */
        public static Settings of(Project project) {
            return new Settings(new ExtractOptions(project.sourceLanguage(), project.targetLanguage()),
                    project.glossaries(), project.memories(), Optional.of(project.memoryFile()), project.tmThreshold(),
                    project.xliff());
        }

        /** The memories that pre-translate: the memory files, then the project memory when it exists. */
        public List<Path> memorySet() {
            Set<Path> all = new LinkedHashSet<>(memories);
            projectMemory.filter(Files::isRegularFile).ifPresent(all::add);
            return List.copyOf(all);
        }

        /** The glossaries, read with the languages of the work (they name a headerless glossary's columns). */
        public List<Glossary> readGlossaries() {
            return GlossaryReader.readAll(glossaries, options.sourceLanguage(), options.targetLanguage());
        }

        /**
         * True when {@code output} exists and is newer than {@code source}, the glossaries, the memories (the project
         * memory left out) and the SRX rules: preparing would write it again for nothing.
         */
        public boolean upToDate(Path source, Path output) throws IOException {
            List<Path> inputs = new ArrayList<>(glossaries);
            for (Path m : memories) if (projectMemory.isEmpty() || !m.equals(projectMemory.get())) inputs.add(m);
            options.srx().ifPresent(inputs::add);
            inputs.add(source);
            return SourcePreparation.upToDate(output, inputs);
        }
    }

    /**
     * True when {@code output} is a file whose modification time is later than that of every one of {@code inputs}:
     * writing it again from them would write the same thing (the rule behind skipping without {@code --force}, for
     * {@code glossa extract}/{@code run}'s {@link Settings#upToDate outputs} and {@code glossa merge}'s documents). A
     * time equal to an input's is not later: a file written within the clock's resolution of its input is written
     * again.
     *
     * @throws IOException when an input cannot be read (a missing input is an error, not "out of date")
     */
    public static boolean upToDate(Path output, Collection<Path> inputs) throws IOException {
        if (!Files.isRegularFile(output)) return false;
        FileTime written = Files.getLastModifiedTime(output);
        for (Path in : inputs) {
            if (Files.getLastModifiedTime(in).compareTo(written) >= 0) return false;
        }
        return true;
    }

    /**
     * Memories and glossaries that are not files (a Glossa server's, opened by the caller: core knows no web code).
     * They pre-translate and mark terms like the files of the {@link Settings}; as they change at any time, an
     * output is never {@link Settings#upToDate up to date} when there are any.
     *
     * @param memories  memories looked up with the memory files (best matches of all first)
     * @param glossaries glossaries whose terms are marked with those of the glossary files
     */
    public record Shared(List<MemoryLookup> memories, List<Glossary> glossaries) {
        /** None. */
        public static final Shared NONE = new Shared(List.of(), List.of());

        public Shared {
            memories = List.copyOf(memories);
            glossaries = List.copyOf(glossaries);
        }

        public boolean isEmpty() {
            return memories.isEmpty() && glossaries.isEmpty();
        }
    }

    /** What preparing one source did. */
    public sealed interface Outcome permits UpToDate, Written {
        /** The XLIFF file of the source. */
        Path output();
    }

    /** The output was newer than the source and the settings' files, and was left as it was. */
    public record UpToDate(Path output) implements Outcome {
    }

    /**
     * The output was written.
     *
     * @param document   what was written
     * @param filled     what pre-translation did (empty without memories)
     * @param bestScores the best match score of each segment of the translatable units, in order (0: none); empty
     *                   without memories
     * @param termHits   glossary terms marked
     * @param carried    translations of the previous output carried over, and left behind
     * @param kept       where the previous output was kept, when translations were left behind
     */
    public record Written(Path output, Document document, Optional<PreTranslator.Stats> filled, int[] bestScores,
            long termHits, TranslationCarryOver.Report carried, Optional<Path> kept) implements Outcome {
    }

    private final Settings settings;
    private final boolean shared;
    private final List<Glossary> glossaries;
    private final Optional<TermAnnotator> terms;
    private final Optional<TranslationMemory> files;
    private final Optional<MemoryLookup> memory;

    /**
     * The batch the {@link #batchPreparer()}s write through (decision 0019). Its threads wait on the disk, not the CPU;
     * forces at the same time let the file system commit them together (ext4: 1,000 files forced one at a time took
     * 5–10 s, four to eight at a time 0.8 s; decision 0025). Sixteen, handed over as a group of sixteen files: on
     * this project's ext4 disk 1,000 outputs then take ~30% fewer write requests and a third of the cache flushes
     * of eight threads fed one file at a time, and the run less CPU (decision 0060).
     */
    private final AtomicFiles.Batch batch = AtomicFiles.batch(16);

    private volatile Optional<MtPreTranslator> machine = Optional.empty();
    private final java.util.concurrent.atomic.AtomicInteger machineTranslated = new java.util.concurrent.atomic.AtomicInteger();

    private SourcePreparation(Settings settings, Shared shared, List<Glossary> glossaries, Optional<TranslationMemory> files) {
        this.settings = settings;
        this.shared = !shared.isEmpty();
        this.glossaries = glossaries;
        this.files = files;
        String source = settings.options().sourceLanguage();
        String target = settings.options().targetLanguage();
        this.terms = glossaries.isEmpty() ? Optional.empty() : Optional.of(new TermAnnotator(glossaries, source, target));
        List<MemoryLookup> all = new ArrayList<>();
        files.ifPresent(all::add);
        all.addAll(shared.memories());
        this.memory = all.isEmpty() ? Optional.empty() : Optional.of(CombinedLookup.of(all));
    }

    /** Reads the glossaries and opens the memories (building their indexes the first time). */
    public static SourcePreparation open(Settings settings) throws IOException {
        return open(settings, Shared.NONE);
    }

    /** Like {@link #open(Settings)}, with memories and glossaries that are not files besides. */
    public static SourcePreparation open(Settings settings, Shared shared) throws IOException {
        List<Glossary> glossaries = new ArrayList<>(settings.readGlossaries());
        glossaries.addAll(shared.glossaries());
        List<Path> memories = settings.memorySet();
        String source = settings.options().sourceLanguage();
        String target = settings.options().targetLanguage();
        Optional<TranslationMemory> tm = memories.isEmpty() ? Optional.empty()
                : Optional.of(TranslationMemory.open(memories, source, target));
        return new SourcePreparation(settings, shared, List.copyOf(glossaries), tm);
    }

    /** Where OUTDIR receives a source at {@code relative}: OUTDIR/&lt;relative&gt;.xlf. */
    public static Path outputFor(Path outDir, Path relative) {
        return outDir.resolve(relative + ".xlf");
    }

    public Settings settings() {
        return settings;
    }

    public List<Glossary> glossaries() {
        return glossaries;
    }

    /** The memories that pre-translate, as one (for an analysis that looks up what pre-translation did not). */
    public Optional<MemoryLookup> memory() {
        return memory;
    }

    /** What the user should be told about the memory files (other language pairs in them, with counts). */
    public List<String> warnings() {
        return files.map(TranslationMemory::warnings).orElse(List.of());
    }

    /**
     * Machine-translates what the memories left empty (unconfirmed, never final) with {@code mt}; call before
     * preparing.
     */
    public SourcePreparation machineTranslating(MachineTranslator mt) {
        machine = Optional.of(new MtPreTranslator(mt, glossaries, settings.options().sourceLanguage(),
                settings.options().targetLanguage()));
        return this;
    }

    /** How many segments machine translation filled so far. */
    public int machineTranslated() {
        return machineTranslated.get();
    }

    /** A preparer for the calling thread (it holds a segmenter). */
    public Preparer preparer() {
        return new Preparer(new Extractor(settings.options()), Optional.empty());
    }

    /**
     * A preparer for the calling thread whose outputs are written as part of {@code batch}: each is in place once
     * forced, in the background, and all are on disk when {@link AtomicFiles.Batch#finish()} returns.
     */
    public Preparer batchPreparer() {
        return new Preparer(new Extractor(settings.options()), Optional.of(batch));
    }

    /** Waits until every output of the {@link #batchPreparer()}s is forced and in place, and their folders forced. */
    public void finishWrites() throws IOException {
        batch.finish();
    }

    @Override
    public void close() {
        try {
            batch.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            files.ifPresent(TranslationMemory::close);
        }
    }

    /** Prepares sources one at a time, on one thread. */
    public final class Preparer {
        private final Extractor extractor;
        private final Optional<AtomicFiles.Batch> batch;

        private Preparer(Extractor extractor, Optional<AtomicFiles.Batch> batch) {
            this.extractor = extractor;
            this.batch = batch;
        }

        /**
         * Prepares {@code source} into {@code output}, unless the output is {@link Settings#upToDate up to date} and
         * {@code force} is false. The translations of an existing output are carried over; when some cannot be
         * (their source changed), the previous output is kept as {@code output}.bak.
         *
         * @throws InputException when the source cannot be read, or the existing output cannot be read to carry its
         *                        translations over (nothing is written then)
         */
        public Outcome prepare(Path source, Path output, boolean force) throws IOException {
            if (!force && !shared && settings.upToDate(source, output)) return new UpToDate(output);
            Document doc = Documents.open(source, extractor);
            TranslationCarryOver.Report carried = TranslationCarryOver.Report.NOTHING;
            Optional<Path> kept = Optional.empty();
            if (Files.isRegularFile(output)) {
                TranslationCarryOver.Result result = TranslationCarryOver.carry(previous(output), doc);
                doc = result.document();
                carried = result.report();
                if (carried.notCarried() > 0) kept = Optional.of(keep(output));
            }
            if (terms.isPresent()) doc = terms.get().annotate(doc);
            Optional<PreTranslator.Stats> filled = Optional.empty();
            int[] best = new int[0];
            if (memory.isPresent()) {
                PreTranslator.Stats[] stats = new PreTranslator.Stats[1];
                IntStream.Builder scores = IntStream.builder();
                doc = new PreTranslator(memory.get(), settings.threshold(), 3).apply(doc, s -> stats[0] = s, scores);
                filled = Optional.of(stats[0]);
                best = scores.build().toArray();
            }
            if (machine.isPresent()) {
                String src = settings.options().sourceLanguage();
                doc = machine.get().apply(doc, src, settings.options().targetLanguage(), machineTranslated::addAndGet);
            }
            if (settings.copySource()) doc = doc.withSourceCopied();
            if (batch.isPresent()) XliffWriter.write(doc, settings.version(), settings.itsTermInfo(), output, batch.get());
            else XliffWriter.write(doc, settings.version(), settings.itsTermInfo(), output);
            long hits = 0;
            for (var u : doc.units()) hits += u.terms().size();
            return new Written(output, doc, filled, best, hits, carried, kept);
        }

        private Document previous(Path output) {
            try {
                List<Document> docs = XliffReader.read(output);
                if (docs.isEmpty()) throw new InputException(output.toString(), "XLIFF file without any <file>");
                return docs.get(0);
            } catch (InputException e) {
                int[] at = e.location().orElse(new int[] {-1, -1});
                throw new InputException(output.toString(), at[0], at[1], e.getMessage()
                        + " (the translations of this earlier output cannot be carried over; move it away to extract"
                        + " afresh)", e);
            }
        }

        private Path keep(Path output) throws IOException {
            Path bak = output.resolveSibling(output.getFileName() + ".bak");
            AtomicFiles.write(bak, out -> Files.copy(output, out));
            return bak;
        }
    }
}
