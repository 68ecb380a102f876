package org.glossa.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.files.FileKind;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.match.TermHits;
import org.glossa.core.model.Document;
import org.glossa.core.model.TermMark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glossa spark terms}: {@code glossa terms} over an archive. Tasks open their documents (or XLIFF files) and
 * find the glossary terms with core's {@link TermHits} (one annotator per executor and language pair); the driver
 * reports unreadable files and writes the hits in input order with core's text or JSON writer.
 */
@Command(name = "terms", mixinStandardHelpOptions = true,
        description = "List the glossary terms in each segment of documents or XLIFF files, as 'glossa terms' does.")
final class TermsJob implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or XLIFF files, or directories of them (any Hadoop file system).")
    List<String> inputs;

    @Option(names = {"-g", "--glossary"}, required = true, paramLabel = "GLOSSARY", description = "TBX, CSV or TSV glossary (repeatable).")
    List<String> glossaries;

    @Mixin
    Languages languages = new Languages();

    @Option(names = "--json", description = "{\"hits\": [{file, unit, segment, term, start, end, targets, status}]}")
    boolean json;

    @Mixin
    Batch batch = new Batch();

    record Job(String source, String target, ArrayList<String> glossaries, boolean verbose, String id, HadoopConf hadoop) implements Serializable {
    }

    record Target(String text, String status) implements Serializable {
    }

    record Hit(String file, String unit, String segment, String term, int start, int end, String text,
               ArrayList<Target> targets, String status) implements Serializable {
        static Hit of(TermHits.Hit h) {
            ArrayList<Target> t = new ArrayList<>();
            for (TermMark.Target x : h.targets()) t.add(new Target(x.text(), x.status()));
            return new Hit(h.file(), h.unit(), h.segment(), h.term(), h.start(), h.end(), h.text(), t, h.status());
        }

        TermHits.Hit hit() {
            return new TermHits.Hit(file, unit, segment, term, start, end, text,
                    targets.stream().map(x -> new TermMark.Target(x.text(), x.status())).toList(), status);
        }
    }

    record Found(int index, ArrayList<Hit> hits, String error, String trace) implements Serializable {
    }

    @Override
    public Integer call() throws IOException {
        languages.check();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SparkRun run = SparkRun.start("terms", main.master(), err, batch.quiet)) {
            Set<String> extensions = new java.util.HashSet<>(Documents.EXTENSIONS);
            extensions.addAll(FileKind.XLIFF.extensions());
            List<Archive.Entry> files = Archive.list(inputs, extensions, batch.selection(), run.context().hadoopConfiguration());
            Shipped shipped = new Shipped(run.context());
            try {
                Shipped.Names names = shipped.ship(glossaries, List.of(), Optional.empty(), "en", "de");
                Job job = new Job(languages.source == null ? "" : languages.source, languages.target == null ? "" : languages.target,
                        new ArrayList<>(names.glossaries()), main.verbose, java.util.UUID.randomUUID().toString(),
                        HadoopConf.of(run.context().hadoopConfiguration()));
                LongAccumulator done = run.context().sc().longAccumulator("files done");
                JavaRDD<Found> found = run.context().parallelize(files, run.partitions(files.size()))
                        .mapPartitions(part -> find(part, job, done)).persist(StorageLevel.MEMORY_AND_DISK_SER());
                int failed = run.withProgress("terms", files.size(), done, () -> {
                    List<Found> errors = new ArrayList<>(found.filter(f -> f.error() != null).collect());
                    errors.sort(Comparator.comparingInt(Found::index));
                    for (Found f : errors) {
                        err.println("glossa: " + f.error());
                        if (main.verbose && f.trace() != null) err.print(f.trace());
                    }
                    err.flush();
                    return errors.size();
                });
                JavaRDD<Hit> hits = found.filter(f -> f.error() == null).flatMap(f -> f.hits().iterator());
                Iterable<TermHits.Hit> all = () -> {
                    Iterator<Hit> it = run.inOrder(hits);
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public TermHits.Hit next() {
                            return it.next().hit();
                        }
                    };
                };
                if (json) TermHits.writeJson(all, out);
                else TermHits.writeText(all, out);
                out.flush();
                found.unpersist(false);
                return failed > 0 ? 2 : 0;
            } finally {
                shipped.close();
            }
        }
    }

    private static Iterator<Found> find(Iterator<Archive.Entry> files, Job job, LongAccumulator done) {
        Extractor extractor = SparkRun.PerExecutor.perThread(List.of("terms-extractor", job),
                () -> new Extractor(new ExtractOptions(or(job.source(), "en"), or(job.target(), "de"))));
        List<Found> out = new ArrayList<>();
        while (files.hasNext()) {
            Archive.Entry e = files.next();
            Path scratch = null;
            try {
                if (!Archive.isLocal(e.name())) scratch = TaskFiles.scratch();
                Document doc = Documents.open(TaskFiles.source(e, scratch, job.hadoop()), extractor);
                String src = job.source().isEmpty() ? doc.sourceLanguage() : job.source();
                String trg = job.target().isEmpty() ? doc.targetLanguage().orElse("de") : job.target();
                TermAnnotator annotator = SparkRun.PerExecutor.get(List.of("terms", job, src, trg),
                        () -> new TermAnnotator(GlossaryReader.readAll(Shipped.local(job.glossaries()), src, trg), src, trg));
                ArrayList<Hit> hits = new ArrayList<>();
                for (TermHits.Hit h : TermHits.find(e.name(), doc, annotator)) hits.add(Hit.of(h));
                out.add(new Found(e.index(), hits, null, null));
            } catch (Exception | OutOfMemoryError ex) {
                out.add(new Found(e.index(), null, SparkRun.describe(ex), job.verbose() ? SparkRun.trace(ex) : null));
            } finally {
                try {
                    TaskFiles.delete(scratch);
                } catch (IOException ex) {
                    System.err.println("glossa: " + scratch + ": " + ex.getMessage());
                }
            }
            done.add(1);
        }
        return out.iterator();
    }

    private static String or(String v, String dflt) {
        return v.isEmpty() ? dflt : v;
    }
}
