package org.glossa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.text.WordCount;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * Start-up of {@code glossa extract} overlapped with the work (decision 0045): while the main thread parses the
 * command line with picocli and lists the inputs (~0.3 s of one core on two, the other idle), a background thread
 * extracts a built-in article in memory, the way a worker does: reading, structure, segmentation, XLIFF 2.1 into a
 * null stream, word counting. The article, {@code warm-up.en.txt}, is {@code bench/generate-articles.py --count 1
 * --seed 17} (page furniture, dateline, caption, credit, byline), not one of the bench's articles (seed 20230110).
 * The classes are initialised (patterns, ICU's break rules, the segmenter's language pack) and the client compiler
 * has compiled the hot methods before the workers take the first file. Nothing is written and nothing is shared with
 * the run but what the JVM shares (initialised classes, compiled code), so the outputs are the same bytes.
 * <p>
 * It stops when the workers start ({@link #stop()}) or after {@value #MAX_ROUNDS} rounds (a run that first builds a
 * memory's index should not be kept company for minutes). Anything it throws is dropped: it only ever saves time.
 */
final class ExtractWarmUp {
    static final int MAX_ROUNDS = 40;
    private static final String TEXT = "warm-up.en.txt";
    /** Options of extract whose value names a file or folder that is no input. */
    private static final Set<String> VALUED = Set.of("-o", "--output", "-g", "--glossary", "--tm", "--srx");
    private static volatile boolean stopped;
    /**
     * The thread's task and its stop test, made when the class is initialised: {@link CdsTraining} initialises it
     * (it runs {@link #rounds}), so the archive holds both lambdas and a start spins neither (decision 0058).
     */
    private static final Runnable TASK = ExtractWarmUp::run;
    private static final BooleanSupplier STOPPED = () -> stopped;

    private ExtractWarmUp() {
    }

    /**
     * Starts the warm-up when {@code args} run {@code extract} on a batch ({@link #batch}), unless {@code
     * -Dglossa.warmup=false} (in GLOSSA_JAVA_OPTS, to measure without it); nothing otherwise.
     */
    static Optional<Thread> startFor(String[] args) {
        if ("false".equals(System.getProperty("glossa.warmup"))) return Optional.empty();
        if (!GlossaCommand.subcommandsFor(args).equals(List.of("extract")) || !batch(args)) return Optional.empty();
        Thread t = new Thread(TASK, "glossa-warm-up");
        t.setDaemon(true);
        t.start();
        return Optional.of(t);
    }

    /**
     * Whether {@code args} name a folder or two files or more (the values of -o, -g, --tm and --srx aside): a
     * single file is extracted before a warm-up could pay for itself (it cost ~0.1 s of CPU there). A guess made
     * before picocli has parsed anything; it only decides whether the warm-up runs. Stops at the second file.
     */
    static boolean batch(String[] args) {
        int files = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (VALUED.contains(a)) {
                i++;
                continue;
            }
            if (a.startsWith("-")) continue;
            Path p;
            try {
                p = Path.of(a);
            } catch (InvalidPathException e) {
                continue;
            }
            if (Files.isDirectory(p)) return true;
            if (Files.isRegularFile(p) && ++files == 2) return true;
        }
        return false;
    }

    /** Ends the warm-up after the round it is in (the workers are about to start). */
    static void stop() {
        stopped = true;
    }

    /** Extracts the built-in article up to {@code maxRounds} times on the calling thread; the rounds done. */
    static int rounds(int maxRounds, BooleanSupplier stop) throws IOException {
        byte[] article;
        try (InputStream in = ExtractWarmUp.class.getResourceAsStream(TEXT)) {
            if (in == null) throw new IOException("missing resource " + TEXT);
            article = in.readAllBytes();
        }
        Extractor extractor = new Extractor(new ExtractOptions("en", "de", Optional.empty()));
        WordCount words = new WordCount("en");
        int rounds = 0;
        while (rounds < maxRounds && !stop.getAsBoolean()) {
            Document doc = extractor.extract(article, TEXT);
            XliffWriter.write(doc, XliffVersion.V2_1, false, OutputStream.nullOutputStream());
            long wc = 0;
            for (Unit u : doc.units()) {
                if (!u.translate()) continue;
                for (Segment s : u.segments()) wc += words.count(s.source().plainText());
            }
            // the summary line each extracted file prints, formatted and dropped: its code path is compiled too
            String.format("%s -> %s: %d units, %d segments, %d words", TEXT, TEXT, doc.units().size(),
                    doc.segments().size(), wc);
            rounds++;
        }
        return rounds;
    }

    private static void run() {
        try {
            rounds(MAX_ROUNDS, STOPPED);
        } catch (IOException | RuntimeException e) {
            // only a head start: the run itself reports whatever is wrong with extraction
        }
    }
}
