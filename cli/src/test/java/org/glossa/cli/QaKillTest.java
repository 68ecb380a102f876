package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing left behind: a real {@code glossa qa} run in its own JVM, killed (SIGKILL) while its spools grow, leaves
 * its run folder under {@code $XDG_CACHE_HOME/glossa/spool}; the next run removes it and, ending normally, leaves
 * nothing there itself.
 */
class QaKillTest {
    @TempDir
    Path tmp;

    @Test
    void theNextRunRemovesTheSpoolsOfAKilledRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < 150; i++) Files.writeString(in.resolve(String.format("f%04d.xlf", i)), xliff(i));
        Path cache = Files.createDirectories(tmp.resolve("cache"));
        Path spool = cache.resolve("glossa/spool");

        Process killed = qa(in, cache, tmp.resolve("killed.log"));
        Path leftover;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while ((leftover = growingSpool(spool)) == null) {
                if (!killed.isAlive()) fail("the run ended before spooling: " + Files.readString(tmp.resolve("killed.log")));
                if (System.nanoTime() > deadline) fail("no spool after 180 s: " + Files.readString(tmp.resolve("killed.log")));
                Thread.sleep(20);
            }
        } finally {
            killed.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no deleteOnExit
            assertTrue(killed.waitFor(60, TimeUnit.SECONDS), "the killed run ends");
        }
        assertTrue(Files.exists(leftover), "the killed run left its spool: " + leftover);
        System.out.printf("QaKillTest: killed with %,d bytes spooled in %s%n", Files.size(leftover), leftover);

        Process next = qa(in, cache, tmp.resolve("next.log"));
        boolean ended = next.waitFor(300, TimeUnit.SECONDS);
        if (!ended) next.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(ended, "the next run ends");
        String log = Files.readString(tmp.resolve("next.log"));
        assertEquals(0, next.exitValue(), log); // double spaces are warnings, below --fail-on error
        assertTrue(log.contains("double-space"), log);
        assertFalse(Files.exists(leftover.getParent()), "the killed run's folder is removed");
        assertEquals(List.of(), list(spool), "nothing is left in the spool folder");
    }

    private Process qa(Path in, Path cache, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "qa", in.toString(), "--threads", "1", "-q")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        return pb.start();
    }

    /** A spool file of a run with bytes in it (the pairs of the files read so far), or null. */
    private static Path growingSpool(Path spool) throws IOException {
        if (!Files.isDirectory(spool)) return null;
        try (Stream<Path> all = Files.walk(spool)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".spool")).filter(p -> {
                try {
                    return Files.size(p) > 64 * 1024;
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElse(null);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static String xliff(int file) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"f" + file + ".txt\""
                + " source-language=\"en\" target-language=\"de\" datatype=\"plaintext\"><body>\n");
        for (int u = 0; u < 100; u++) {
            sb.append("<trans-unit id=\"").append(u).append("\"><source>File ").append(file).append(" sentence ").append(u)
                    .append(": the council agreed on a new plan for the ports of the northern coast.</source>")
                    .append("<target state=\"translated\">Datei ").append(file).append(" Satz ").append(u)
                    .append(": Der Rat einigte sich auf einen neuen Plan für die Häfen der Nordküste.")
                    .append(u == 7 ? " Ein  Fehler." : "").append("</target></trans-unit>\n");
        }
        return sb.append("</body></file></xliff>\n").toString();
    }
}
