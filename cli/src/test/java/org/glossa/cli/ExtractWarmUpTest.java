package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up of {@code extract} (decision 0045): it starts for {@code extract} only, extracts its built-in article,
 * and an extraction running beside it writes the bytes it writes alone.
 */
class ExtractWarmUpTest {
    @TempDir
    Path tmp;

    @Test
    void startsForABatchExtractOnly() throws Exception {
        Path in = BatchCliTest.articles(tmp.resolve("in"), 3);
        Path one = in.resolve("article-001.txt");
        Path two = in.resolve("article-002.txt");
        Path glossary = Path.of("../glossaries/dw-en-de.tbx");
        Optional<Thread> folder = ExtractWarmUp.startFor(new String[] {"--verbose", "extract", in.toString(), "-s", "en", "-t", "de"});
        assertTrue(folder.isPresent());
        assertEquals("glossa-warm-up", folder.get().getName());
        assertTrue(folder.get().isDaemon(), "never keeps the JVM alive");
        folder.get().join(120_000);
        assertFalse(folder.get().isAlive());
        assertTrue(ExtractWarmUp.batch(new String[] {"extract", one.toString(), two.toString(), "-o", "out"}));
        assertTrue(ExtractWarmUp.batch(new String[] {"extract", "-o", tmp.toString(), in.toString()}));
        // one file: its glossary, memory, rules and output folder are no inputs
        assertFalse(ExtractWarmUp.batch(new String[] {"extract", one.toString(), "-s", "en", "-t", "de"}));
        assertFalse(ExtractWarmUp.batch(new String[] {"extract", one.toString(), "-g", glossary.toString(), "--tm",
                glossary.toString(), "-o", tmp.toString(), "--output", tmp.toString(), "--srx", two.toString()}));
        assertFalse(ExtractWarmUp.batch(new String[] {"extract", "missing.txt", "missing2.txt"}));
        for (String[] args : List.of(new String[] {"segment", in.toString()}, new String[] {"qa", in.toString()},
                new String[] {"run", in.toString()}, new String[] {"--help"}, new String[] {}, new String[] {"@args.txt"},
                new String[] {"extract", one.toString()})) {
            assertTrue(ExtractWarmUp.startFor(args).isEmpty(), String.join(" ", args));
        }
    }

    @Test
    void extractsItsArticleUntilToldToStop() throws Exception {
        assertEquals(3, ExtractWarmUp.rounds(3, () -> false));
        AtomicInteger asked = new AtomicInteger();
        assertEquals(2, ExtractWarmUp.rounds(10, () -> asked.incrementAndGet() > 2));
        assertEquals(0, ExtractWarmUp.rounds(10, () -> true));
    }

    @Test
    void anExtractBesideTheWarmUpWritesTheSameBytesAsAlone() throws Exception {
        Path in = BatchCliTest.articles(tmp.resolve("in"), 12);
        CliTest.Run alone = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("alone").toString(),
                "-g", "../glossaries/dw-en-de.tbx", "--quiet");
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger rounds = new AtomicInteger();
        Thread warm = new Thread(() -> {
            try {
                rounds.set(ExtractWarmUp.rounds(Integer.MAX_VALUE, done::get));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        warm.start();
        CliTest.Run beside;
        try {
            beside = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", tmp.resolve("beside").toString(),
                    "-g", "../glossaries/dw-en-de.tbx", "--quiet");
        } finally {
            done.set(true);
            warm.join();
        }
        assertEquals(0, alone.exit(), alone.err());
        assertEquals(0, beside.exit(), beside.err());
        assertTrue(rounds.get() >= 1, "the warm-up ran");
        List<Path> written = BatchCliTest.files(tmp.resolve("alone"));
        assertEquals(12, written.size());
        assertEquals(written, BatchCliTest.files(tmp.resolve("beside")));
        for (Path p : written) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("alone").resolve(p)), Files.readAllBytes(tmp.resolve("beside").resolve(p)), p.toString());
        }
    }
}
