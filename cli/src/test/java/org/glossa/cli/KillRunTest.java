package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: a real extract run, in its own JVM, killed (SIGKILL) in the middle leaves every output either the old
 * or the new complete file, never a partial one under an output name.
 */
class KillRunTest {
    @TempDir
    Path tmp;

    @Test
    void killingABatchLeavesOnlyCompleteOutputs() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = Files.readString(CliTest.SEED);
        for (int i = 0; i < 200; i++) {
            String article = (seed + "\n\n").repeat(1 + i % 4) + "Update " + i + ": talks continue on " + (i % 28 + 1) + " January.\n";
            Files.writeString(in.resolve(String.format("article-%03d.txt", i)), article);
        }
        Path out = tmp.resolve("out");
        // old outputs for the first ten articles, which the killed run rewrites (--force)
        CliTest.Run old = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", out.toString(),
                "--include", "article-00?.txt", "-q");
        assertEquals(0, old.exit(), old.err());
        assertEquals(10, xliffFiles(out).size());

        Path log = tmp.resolve("run.log");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", in.toString(), "-s", "en", "-t", "de", "-o", out.toString(), "--force", "--threads", "2")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!started(log)) {
                if (!run.isAlive()) fail("the run ended before 40 outputs: " + Files.readString(log));
                if (System.nanoTime() > deadline) fail("no output after 120 s: " + Files.readString(log));
                Thread.sleep(20);
            }
        } finally {
            run.destroyForcibly();
            assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the killed run ends");
        }

        List<Path> written = xliffFiles(out);
        // for the test log: how far the run got (not asserted; the point is that whatever is there is complete)
        System.out.printf("KillRunTest: killed with %d of 200 outputs present%n", written.size());
        assertTrue(written.size() >= 10, written.toString());
        for (Path xlf : written) {
            List<Document> docs = XliffReader.read(xlf);
            assertEquals(1, docs.size(), xlf.toString());
            assertFalse(docs.get(0).units().isEmpty(), xlf.toString());
        }
        try (Stream<Path> all = Files.list(out)) {
            for (Path p : all.toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.startsWith(".") || name.endsWith(".txt.xlf"), "only outputs and hidden temp files: " + name);
            }
        }
    }

    @Test
    void aRunKilledWhileMachineTranslationIsSlowKeepsTheOutputItFinished() throws Exception {
        // extract --mt on one thread: the first article's translation comes at once, the second's never (the fake
        // service holds it). The first output must be in place, new and complete, while the run waits, and stay so
        // when the run is killed before finish(): it may not wait, as a hidden temporary file, for fifteen more
        // outputs to fill its group (decision 0064). No timing asserted: the deadline only ends a broken run.
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The joint declaration was signed.\n\nThe declaration was signed.\n");
        Files.writeString(in.resolve("b.txt"), "The declaration was signed in Quarantown.\n");
        Path out = tmp.resolve("out");
        CliTest.Run old = CliTest.run("extract", in.toString(), "-s", "en", "-t", "de", "-o", out.toString(), "-q");
        assertEquals(0, old.exit(), old.err());
        Path first = out.resolve("a.txt.xlf");
        Path second = out.resolve("b.txt.xlf");
        String oldFirst = Files.readString(first);
        String oldSecond = Files.readString(second);
        assertTrue(XliffReader.read(first).get(0).segments().get(0).target().isEmpty(), "the old output: no translation");

        java.util.concurrent.CountDownLatch answer = new java.util.concurrent.CountDownLatch(1);
        try (org.glossa.client.mt.FakeMtServer server = new org.glossa.client.mt.FakeMtServer()) {
            server.hold("Quarantown", answer);
            Path settings = Files.writeString(tmp.resolve("mt.properties"), "provider = libretranslate\nurl = " + server.url() + "\n");
            Path log = tmp.resolve("mt-run.log");
            Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dglossa.mt.settings=" + settings, "-Dglossa.mt.cache=" + tmp.resolve("mt-cache"),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "extract", in.toString(), "-s", "en", "-t", "de", "-o", out.toString(), "--force", "--mt",
                    "--threads", "1")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                // counted from before the run starts, and shorter than the minute after which the run's MT client
                // gives up on the held request (MtHttp's timeout) and goes on to finish(), which would put the first
                // output in place even if it had waited for its group
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
                while (server.requests.stream().noneMatch(r -> r.body().toString().contains("Quarantown"))
                        || Files.readString(first).equals(oldFirst)) {
                    if (!run.isAlive()) fail("the run ended while the service held its request: " + Files.readString(log));
                    if (System.nanoTime() > deadline) {
                        fail("the first output is not in place while the run waits for the second's translation: "
                                + Files.readString(log));
                    }
                    Thread.sleep(20);
                }
                assertTrue(run.isAlive(), "killed before finish(): the run still waits for the second translation");
            } finally {
                run.destroyForcibly();
                assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the killed run ends");
                answer.countDown();
            }
        }
        List<Document> docs = XliffReader.read(first);
        assertEquals(1, docs.size());
        assertEquals(List.of("Die gemeinsame Erklärung wurde unterzeichnet.", "Die Erklärung wurde unterzeichnet."),
                docs.get(0).segments().stream().map(s -> s.target().orElseThrow().plainText()).toList(),
                "the first output is the new one, complete");
        assertEquals(oldSecond, Files.readString(second), "the second output, never finished, is the old one");
        try (Stream<Path> all = Files.list(out)) {
            for (Path p : all.toList()) {
                String name = p.getFileName().toString();
                assertTrue(name.equals("a.txt.xlf") || name.equals("b.txt.xlf") || name.startsWith(".b.txt.xlf."),
                        "only the outputs and, at most, the second's hidden temporary file: " + name);
            }
        }
    }

    /**
     * The killed run is well into its batch: 40 per-file lines are out, so at least two groups of sixteen outputs have
     * been handed to the threads that force and rename them (decision 0060) and the kill can land among renames.
     */
    private static boolean started(Path log) throws Exception {
        if (!Files.exists(log)) return false;
        String text = Files.readString(log);
        int lines = 0;
        for (int at = text.indexOf(".xlf: "); at >= 0 && lines < 40; at = text.indexOf(".xlf: ", at + 1)) lines++;
        return lines >= 40;
    }

    private static List<Path> xliffFiles(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".xlf")).sorted().toList());
        }
    }
}
