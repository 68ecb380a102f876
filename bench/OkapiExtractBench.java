import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.plaintext.paragraphs.ParaPlainTextFilter;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Okapi's own pipeline for what {@code glossa extract DIR -s en -t de --xliff 1.2 -o OUT} does with plain-text
 * articles, the baseline of issue 17: the paragraph plain-text filter ({@code okf_plaintext_paragraphs}), Okapi's
 * default SRX rules segmenting each text unit, and Okapi's XLIFF 1.2 writer, one output per input, on THREADS
 * threads (each with its own filter, segmenter and writer, as Okapi requires). Okapi's writer does not force its
 * outputs to disk; Glossa does (docs/decisions/0019).
 *
 *   javac -d H -cp "$CP" bench/OkapiExtractBench.java
 *   java -cp "H:$CP" OkapiExtractBench ARTICLES OUT [THREADS]
 *
 * where CP is the CLI's class path plus okapi-filter-plaintext and okapi-filter-regex 1.47.0 (bench/run.sh fetches them).
 */
public final class OkapiExtractBench {
    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Files.createDirectories(out);
        List<Path> files;
        try (var s = Files.list(in)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long t0 = System.nanoTime();
        AtomicLong units = new AtomicLong();
        AtomicLong segments = new AtomicLong();
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (Path f : files) {
            done.add(pool.submit(() -> {
                workers.get().extract(f, out.resolve(f.getFileName() + ".xlf"), units, segments);
                return null;
            }));
        }
        for (Future<?> f : done) f.get();
        pool.shutdown();
        System.out.printf("okapi: %d files, %d text units, %d segments, %.2f s in the JVM (%d threads)%n", files.size(),
                units.get(), segments.get(), (System.nanoTime() - t0) / 1e9, threads);
    }

    private static final class Worker {
        private final LocaleId en = LocaleId.fromString("en");
        private final LocaleId de = LocaleId.fromString("de");
        private final ParaPlainTextFilter filter = new ParaPlainTextFilter();
        private final ISegmenter segmenter;

        Worker() {
            SRXDocument srx = new SRXDocument();
            srx.loadRules(SRXDocument.class.getResourceAsStream("defaultSegmentation.srx"));
            segmenter = srx.compileLanguageRules(en, null);
        }

        void extract(Path file, Path xlf, AtomicLong units, AtomicLong segments) {
            XLIFFWriter writer = new XLIFFWriter();
            writer.setOptions(de, "UTF-8");
            writer.setOutput(xlf.toString());
            try (RawDocument raw = new RawDocument(new File(file.toString()).toURI(), "UTF-8", en, de)) {
                filter.open(raw);
                while (filter.hasNext()) {
                    Event e = filter.next();
                    if (e.isTextUnit()) {
                        ITextUnit tu = e.getTextUnit();
                        tu.createSourceSegmentation(segmenter);
                        units.incrementAndGet();
                        segments.addAndGet(tu.getSource().getSegments().count());
                    }
                    writer.handleEvent(e);
                }
                filter.close();
            } finally {
                writer.close();
            }
        }
    }
}
