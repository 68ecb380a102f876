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
    void startsForExtractOnly() throws Exception {
        Optional<Thread> extract = ExtractWarmUp.startFor(new String[] {"--verbose", "extract", "in", "-s", "en", "-t", "de"});
        assertTrue(extract.isPresent());
        assertEquals("glossa-warm-up", extract.get().getName());
        assertTrue(extract.get().isDaemon(), "never keeps the JVM alive");
        extract.get().join(120_000);
        assertFalse(extract.get().isAlive());
        for (String[] args : List.of(new String[] {"segment", "a.txt"}, new String[] {"qa", "x.xlf"}, new String[] {"run", "p"},
                new String[] {"--help"}, new String[] {}, new String[] {"@args.txt"})) {
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
