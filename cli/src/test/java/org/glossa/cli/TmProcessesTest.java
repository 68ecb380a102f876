package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost, with real processes (each `glossa` in its own JVM): concurrent imports into one memory, concurrent
 * first lookups, and a killed import whose leftovers the next run removes. Bounded in time.
 */
class TmProcessesTest {
    private static final long LIMIT_SECONDS = 300;

    @TempDir
    Path tmp;

    private static Process glossa(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int await(Process p, Path log) throws Exception {
        if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("no end after " + LIMIT_SECONDS + " s: " + Files.readString(log));
        }
        return p.exitValue();
    }

    static Path tmx(Path file, String prefix, int n) throws IOException {
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en", "plaintext"))) {
            for (int i = 0; i < n; i++) {
                w.write(TranslationUnit.of(prefix + i, List.of(Variant.of("en", Content.of(prefix + " sentence number " + i + ".")),
                        Variant.of("de", Content.of(prefix + " Satz Nummer " + i + ".")))));
            }
        }
        return file;
    }

    private static Set<String> tuids(Path tmx) throws IOException {
        Set<String> out = new HashSet<>();
        TmxReader.read(tmx, tu -> out.add(tu.tuid()));
        return out;
    }

    private static List<String> hidden(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".part")).toList();
        }
    }

    /** #14 "Done when": two concurrent `glossa tm import` runs into one TMX keep every unit of both. */
    @Test
    void twoConcurrentImportsIntoOneMemoryKeepEveryUnitOfBoth() throws Exception {
        Path memory = tmx(tmp.resolve("memory.tmx"), "old-", 100);
        Path a = tmx(tmp.resolve("a.tmx"), "a-", 5000);
        Path b = tmx(tmp.resolve("b.tmx"), "b-", 5000);
        Path logA = tmp.resolve("a.log");
        Path logB = tmp.resolve("b.log");
        Process pa = glossa(logA, "tm", "import", a.toString(), "-o", memory.toString(), "-q");
        Process pb = glossa(logB, "tm", "import", b.toString(), "-o", memory.toString(), "-q");
        assertEquals(0, await(pa, logA), Files.readString(logA));
        assertEquals(0, await(pb, logB), Files.readString(logB));
        assertTrue(Files.readString(logA).contains("5000 added"), Files.readString(logA));
        assertTrue(Files.readString(logB).contains("5000 added"), Files.readString(logB));
        Set<String> all = tuids(memory);
        assertEquals(10_100, all.size());
        assertTrue(all.containsAll(Set.of("old-0", "a-0", "a-4999", "b-0", "b-4999")));
        assertEquals(List.of(), hidden(tmp));
    }

    @Test
    void anImportWaitsForTheMemorysLockWithAMessage() throws Exception {
        Path memory = tmx(tmp.resolve("memory.tmx"), "old-", 10);
        Path in = tmx(tmp.resolve("in.tmx"), "new-", 10);
        Path log = tmp.resolve("waiting.log");
        Process run;
        try (org.glossa.core.io.LockFile held = org.glossa.core.io.LockFile.forWriting(memory)) {
            run = glossa(log, "tm", "import", in.toString(), "-o", memory.toString(), "-q");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
            while (!Files.readString(log).contains("waiting for " + memory + " (locked by another Glossa process)")) {
                if (!run.isAlive()) fail("the import did not wait: " + Files.readString(log));
                if (System.nanoTime() > deadline) fail("no waiting message: " + Files.readString(log));
                Thread.sleep(10);
            }
            assertEquals(10, tuids(memory).size(), "nothing written while the lock is held");
        }
        assertEquals(0, await(run, log), Files.readString(log));
        assertEquals(20, tuids(memory).size());
    }

    /** Reported: three first lookups on one memory raced on the index build and failed. */
    @Test
    void concurrentFirstLookupsInSeparateProcessesAllSucceed() throws Exception {
        Path memory = tmx(tmp.resolve("memory.tmx"), "m-", 3000);
        for (int round = 0; round < 2; round++) {
            // a new memory each round: the first lookups of round 2 find a stale index and rebuild it
            Files.move(tmx(tmp.resolve("next.tmx"), "m" + round, 3000), memory, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<Process> runs = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                Path log = tmp.resolve("lookup-" + round + "-" + k + ".log");
                logs.add(log);
                runs.add(glossa(log, "tm", "lookup", "m" + round + " sentence number 1234.", "--tm", memory.toString(), "--max", "1"));
            }
            for (int k = 0; k < runs.size(); k++) {
                assertEquals(0, await(runs.get(k), logs.get(k)), Files.readString(logs.get(k)));
                assertTrue(Files.readString(logs.get(k)).contains("m" + round + " Satz Nummer 1234."), Files.readString(logs.get(k)));
            }
        }
    }

    /** Reported: kill -9 during `tm import` left hidden temporary files that no later run removed. */
    @Test
    void aKilledImportLeavesTheMemoryAsItWasAndTheNextRunRemovesItsLeftovers() throws Exception {
        Path memory = tmx(tmp.resolve("memory.tmx"), "old-", 100);
        String before = Files.readString(memory);
        Path big = tmx(tmp.resolve("big.tmx"), "big-", 150_000);
        Path log = tmp.resolve("killed.log");
        Process run = glossa(log, "tm", "import", big.toString(), "-o", memory.toString(), "-q");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LIMIT_SECONDS);
            while (hidden(tmp).isEmpty()) {
                if (!run.isAlive()) fail("the import ended before it was killed: " + Files.readString(log));
                if (System.nanoTime() > deadline) fail("no temporary file after " + LIMIT_SECONDS + " s");
                Thread.sleep(5);
            }
        } finally {
            run.destroyForcibly(); // SIGKILL
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the killed run ends");
        }
        assertEquals(before, Files.readString(memory), "the memory is the old one, complete");
        assertFalse(hidden(tmp).isEmpty(), "the killed run left its temporary file");

        Path small = tmx(tmp.resolve("small.tmx"), "small-", 10);
        Path next = tmp.resolve("next.log");
        assertEquals(0, await(glossa(next, "tm", "import", small.toString(), "-o", memory.toString(), "-q"), next),
                Files.readString(next));
        assertEquals(List.of(), hidden(tmp), "the next run removed the leftovers");
        assertEquals(110, tuids(memory).size());
    }
}
