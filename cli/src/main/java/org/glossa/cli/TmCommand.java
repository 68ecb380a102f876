package org.glossa.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.glossa.client.RemoteMemory;
import org.glossa.client.ServerAddress;
import org.glossa.client.UnitUpload;
import org.glossa.client.WriteSummary;
import org.glossa.core.files.FileKind;
import org.glossa.core.output.ContentJson;
import org.glossa.core.output.Json;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.index.TmFileStats;
import org.glossa.core.tm.index.TmStats;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.tmx.TmxExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "tm", mixinStandardHelpOptions = true, description = "Translation memories (TMX): lookup, concordance, import, export, stats.",
        subcommands = {TmCommand.Lookup.class, TmCommand.Concordance.class, TmCommand.Import.class, TmCommand.Export.class, TmCommand.Stats.class})
final class TmCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Matches for a sentence, best first.")
    static final class Lookup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The sentence to look up.")
        String text;

        @Option(names = "--tm", required = true, paramLabel = "TMX",
                description = "TMX memory, or a server's memory http(s)://HOST:PORT/memories/NAME (repeatable).")
        List<String> tmx;

        @picocli.CommandLine.Mixin
        LanguagePair pair = new LanguagePair();

        @Option(names = "--min", defaultValue = "70", paramLabel = "SCORE", description = "Lowest score shown (default: ${DEFAULT-VALUE}).")
        int min;

        @Option(names = "--max", defaultValue = "5", paramLabel = "N", description = "At most N matches (default: ${DEFAULT-VALUE}).")
        int max;

        @Option(names = "--prev", paramLabel = "TEXT",
                description = "The source of the segment before, for context (101) matches.")
        String previous;

        @Option(names = "--json", description = "{\"matches\": [{score, source, target, tuid, origin, sourceContent?,"
                + " targetContent?}]} (the …Content parts, with the inline codes, when a text has any)")
        boolean json;

        @Override
        public Integer call() throws IOException {
            pair.check();
            List<TmMatch> matches;
            try (Resources.Memories tm = Resources.memories(tmx, pair.source, pair.target)) {
                tm.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                matches = tm.lookup(Content.of(text), Optional.ofNullable(previous).map(Content::of), min, max);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                try (JsonGenerator g = Json.generator(out)) {
                    g.writeStartObject();
                    g.writeArrayFieldStart("matches");
                    for (TmMatch m : matches) {
                        g.writeStartObject();
                        g.writeNumberField("score", m.score());
                        g.writeStringField("source", m.source().plainText());
                        g.writeStringField("target", m.target().plainText());
                        g.writeStringField("tuid", m.tuid());
                        g.writeStringField("origin", m.origin());
                        if (ContentJson.hasCodes(m.source())) {
                            g.writeFieldName("sourceContent");
                            ContentJson.write(g, m.source());
                        }
                        if (ContentJson.hasCodes(m.target())) {
                            g.writeFieldName("targetContent");
                            ContentJson.write(g, m.target());
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
            } else {
                for (TmMatch m : matches) {
                    out.printf("%3d  %s%n     %s%n     (%s%s)%n", m.score(), m.source().plainText(), m.target().plainText(),
                            m.origin(), m.tuid().isEmpty() ? "" : " " + m.tuid());
                }
                if (matches.isEmpty()) out.println("no match at or above " + min);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "concordance", mixinStandardHelpOptions = true,
            description = "Units whose source or target holds every word of TEXT, the words marked ⟦so⟧.")
    static final class Concordance implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The words to search for (case ignored).")
        String text;

        @Option(names = "--tm", required = true, paramLabel = "TMX", description = "TMX memory (repeatable).")
        List<Path> tmx;

        @picocli.CommandLine.Mixin
        LanguagePair pair = new LanguagePair();

        @Option(names = "--max", defaultValue = "50", paramLabel = "N", description = "At most N units (default: ${DEFAULT-VALUE}).")
        int max;

        @Option(names = "--json", description = "{\"hits\": [{source, target, tuid, origin}]}")
        boolean json;

        @Override
        public Integer call() throws IOException {
            pair.check();
            List<ConcordanceHit> hits;
            try (TranslationMemory tm = TranslationMemory.open(tmx, pair.source, pair.target)) {
                hits = tm.concordance(text, max);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                try (JsonGenerator g = Json.generator(out)) {
                    g.writeStartObject();
                    g.writeArrayFieldStart("hits");
                    for (ConcordanceHit h : hits) {
                        g.writeStartObject();
                        g.writeStringField("source", h.source().plainText());
                        g.writeStringField("target", h.target().plainText());
                        g.writeStringField("tuid", h.tuid());
                        g.writeStringField("origin", h.origin());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                out.println();
            } else {
                for (ConcordanceHit h : hits) {
                    out.printf("%s%n%s%n  (%s%s)%n", marked(h.source().plainText(), h.sourceHits()),
                            marked(h.target().plainText(), h.targetHits()), h.origin(), h.tuid().isEmpty() ? "" : " " + h.tuid());
                }
                if (hits.isEmpty()) out.println("no unit holds " + text);
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String marked(String text, List<ConcordanceHit.Highlight> hits) {
            StringBuilder sb = new StringBuilder();
            int at = 0;
            for (ConcordanceHit.Highlight h : hits) {
                sb.append(text, at, h.start()).append('⟦').append(text, h.start(), h.end()).append('⟧');
                at = h.end();
            }
            return sb.append(text.substring(at)).toString();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the confirmed segments of translated XLIFF files (and the units of TMX files) to a memory.",
            footer = {"", "Exit codes: 0 every file imported, 2 usage errors or a file that could not be read (reported;"
                    + " it adds nothing, the other files are still imported)."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Translated XLIFF or TMX files, or directories of them.")
        List<Path> inputs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "TM.tmx",
                description = "The memory to add to (created if missing): a TMX file, or a server's memory"
                        + " http(s)://HOST:PORT/memories/NAME (confirmed XLIFF segments are added as new units;"
                        + " a TMX file is imported whole, which needs the reviewer role).")
        String memory;

        @picocli.CommandLine.Mixin
        BatchOptions batch = new BatchOptions();

        @picocli.CommandLine.Mixin
        LanguagePair pair = new LanguagePair();

        @Option(names = "--any-state", description = "Import every XLIFF target whatever its state (for tools that set"
                + " none: OmegaT leaves state=\"new\"); empty targets and unchanged copies of the source are still left out.")
        boolean anyState;

        @Override
        public Integer call() throws IOException {
            pair.check();
            List<InputFiles.Input> files = InputFiles.expand(inputs, FileKind.extensionsOf(FileKind.XLIFF, FileKind.TMX), batch.selection);
            PrintWriter err = spec.commandLine().getErr();
            boolean verbose = spec.root().userObject() instanceof GlossaCommand g && g.verbose;
            if (ServerAddress.isUrl(memory)) {
                RemoteMemory server = RemoteMemory.open(memory, pair.source, pair.target);
                Uploaded u = upload(server, files, pair.source, pair.target, java.time.Instant.now(),
                        batch.runner("tm import", err).inFlightPerThread(2), err, verbose);
                spec.commandLine().getOut().printf("%s: %d added, %d updated, %d duplicates skipped%s%n", server,
                        u.summary().added(), u.summary().updated(), u.summary().unchanged(),
                        u.failed() > 0 ? ", " + u.failed() + " files failed" : "");
                return u.failed() > 0 ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
            }
            TmImport.Result r = importFiles(Path.of(memory), files, pair.source, pair.target,
                    anyState ? TmImport.States.ANY : TmImport.States.CONFIRMED, java.time.Instant.now(),
                    batch.runner("tm import", err).inFlightPerThread(2), err, verbose);
            spec.commandLine().getOut().printf("%s: %d units kept, %d added, %d duplicates skipped%s%s%n", memory, r.kept(),
                    r.added(), r.duplicates(), r.skipped().isEmpty() ? "" : "; " + r.describeSkipped(),
                    r.failed() > 0 ? ", " + r.failed() + " files failed" : "");
            return r.failed() > 0 ? ExitCodes.USAGE_OR_INPUT : ExitCodes.OK;
        }

        /** What an upload to a server memory did, and how many files failed (each reported). */
        record Uploaded(WriteSummary summary, int failed) {
        }

        /**
         * Reads the files like {@link #importFiles} and sends them to a server memory in input order: an XLIFF
         * file's confirmed segments as new units (with the file and segment as provenance), a TMX file as it is.
         * A file that cannot be read, or that the server refuses, is reported and the others are still sent.
         */
        static Uploaded upload(RemoteMemory memory, List<InputFiles.Input> files, String src, String trg,
                               java.time.Instant now, BatchRunner runner, PrintWriter err, boolean verbose) {
            long[] sums = new long[4];
            int[] failed = {0};
            runner.<TmImport.Read>run(files, () -> in -> new BatchRunner.Done<>(in, TmImport.read(in.file(), src, trg, now)),
                    read -> read instanceof TmImport.XliffUnits x ? x.units().size() : 0, o -> {
                        if (o instanceof BatchRunner.Done<TmImport.Read> d) {
                            try {
                                WriteSummary s = d.result() instanceof TmImport.XliffUnits x
                                        ? memory.add(uploads(x, src, trg)) : memory.importTmx(d.input().file());
                                sums[0] += s.added();
                                sums[1] += s.updated();
                                sums[2] += s.unchanged();
                                sums[3] = Math.max(sums[3], s.change());
                            } catch (RuntimeException e) {
                                failed[0]++;
                                BatchRunner.report(new BatchRunner.Failed<>(d.input(), e), err, verbose);
                            }
                        } else if (o instanceof BatchRunner.Failed<TmImport.Read> f) {
                            failed[0]++;
                            BatchRunner.report(f, err, verbose);
                        }
                    });
            return new Uploaded(new WriteSummary(sums[0], sums[1], sums[2], sums[3]), failed[0]);
        }

        /** The confirmed segments of an XLIFF file as units to add; tuid "file:unit/segment" gives the provenance. */
        private static List<UnitUpload> uploads(TmImport.XliffUnits x, String src, String trg) {
            String document = x.file().getFileName().toString();
            List<UnitUpload> out = new java.util.ArrayList<>();
            for (var tu : x.units()) {
                var source = tu.variant(src);
                var target = tu.variant(trg);
                if (source.isEmpty() || target.isEmpty()) continue;
                String segment = tu.tuid().startsWith(document + ":") ? tu.tuid().substring(document.length() + 1) : "";
                Optional<Content> previous = tu.properties().stream().filter(p -> p.type().equals(TmImport.CONTEXT_PROP))
                        .map(p -> Content.of(p.value())).findFirst();
                out.add(new UnitUpload(source.get().content(), target.get().content(), tu.tuid(), "", document, segment,
                        previous));
            }
            return out;
        }

        /**
         * Reads the files on the runner's threads (a TMX file is only checked there and streamed when its turn
         * comes) and adds them to the memory in input order on this thread, so the memory is the same whatever the
         * number of threads; a file that cannot be read is reported and adds nothing. At most the runner's window
         * of files (2 per thread for the command) is held read ahead.
         */
        static TmImport.Result importFiles(Path memory, List<InputFiles.Input> files, String src, String trg,
                                           TmImport.States states, java.time.Instant now, BatchRunner runner,
                                           PrintWriter err, boolean verbose) throws IOException {
            try (TmImport.Importer importer = TmImport.Importer.open(memory, src, trg)) {
                runner.<TmImport.Read>run(files, () -> in -> new BatchRunner.Done<>(in, TmImport.read(in.file(), src, trg, states, now)),
                        read -> read instanceof TmImport.XliffUnits x ? x.units().size() : 0, o -> {
                            if (o instanceof BatchRunner.Done<TmImport.Read> d) {
                                d.result().warning().ifPresent(w -> err.println("warning: " + w));
                                try {
                                    importer.add(d.result());
                                } catch (IOException | RuntimeException e) {
                                    importer.failed();
                                    BatchRunner.report(new BatchRunner.Failed<>(d.input(), e), err, verbose);
                                }
                            } else if (o instanceof BatchRunner.Failed<TmImport.Read> f) {
                                importer.failed();
                                BatchRunner.report(f, err, verbose);
                            }
                        });
                return importer.commit();
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the units of memories for one language pair to a new TMX 1.4b (or CSV with .csv).")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "TMX", description = "TMX memories.")
        List<Path> inputs;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "TMX or CSV to write.")
        Path output;

        @picocli.CommandLine.Mixin
        LanguagePair pair = new LanguagePair();

        @Override
        public Integer call() throws IOException {
            pair.check();
            long n = TmxExport.run(inputs, output, pair.source, pair.target);
            spec.commandLine().getOut().printf("%s: %d units%n", output, n);
            return ExitCodes.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Units per memory and index size (builds indexes if needed).")
    static final class Stats implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "TMX", description = "TMX memories.")
        List<Path> inputs;

        @picocli.CommandLine.Mixin
        LanguagePair pair = new LanguagePair();

        @Override
        public Integer call() throws IOException {
            pair.check();
            PrintWriter out = spec.commandLine().getOut();
            try (TranslationMemory tm = TranslationMemory.open(inputs, pair.source, pair.target)) {
                tm.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
                TmStats s = tm.stats();
                for (TmFileStats f : s.files()) {
                    out.printf("%s: %d units, %d %s→%s entries, index %.1f MB%s%n", f.tmx(), f.units(), f.entries(),
                            s.sourceLanguage(), s.targetLanguage(), f.indexBytes() / 1e6, f.rebuilt() ? " (index built now)" : "");
                }
                out.printf("total: %d entries%n", s.entries());
            }
            return ExitCodes.OK;
        }
    }
}
