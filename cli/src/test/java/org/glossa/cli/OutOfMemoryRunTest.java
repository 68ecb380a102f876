package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.glossa.core.format.Docx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file too big for the heap is a bad file like any other: a real extract run in its own JVM with a small heap
 * (-Xmx64m) meets a DOCX of 40 MB of text between two small articles; the DOCX is reported ("too large for the
 * memory available (-Xmx…)"), the articles after it are extracted, the total line is printed and the exit code is 2.
 */
class OutOfMemoryRunTest {
    @TempDir
    Path tmp;

    @Test
    void aFileThatExhaustsTheHeapIsReportedAndTheOthersAreProcessed() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(CliTest.SEED, in.resolve("a-article.txt"));
        Files.write(in.resolve("b-huge.docx"), hugeDocx());
        Files.copy(CliTest.SEED, in.resolve("c-article.txt"));
        Path out = tmp.resolve("out");
        Path log = tmp.resolve("out.log");
        Path errLog = tmp.resolve("err.log");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "extract", in.toString(), "-s", "en", "-t", "de", "-o", out.toString(), "--threads", "1", "-q")
                .redirectOutput(log.toFile()).redirectError(errLog.toFile()).start();
        boolean ended = run.waitFor(240, TimeUnit.SECONDS);
        if (!ended) run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(ended, "the run ends: " + Files.readString(log) + Files.readString(errLog));
        String stdout = Files.readString(log);
        String stderr = Files.readString(errLog);
        assertEquals(2, run.exitValue(), stdout + stderr);
        assertTrue(stderr.contains("b-huge.docx: too large for the memory available (-Xmx64m; give Java more, e.g."), stderr);
        assertFalse(stderr.contains("\tat ") || stderr.contains("OutOfMemoryError"), "no stack trace: " + stderr);
        assertTrue(stdout.contains("total: 2 files extracted, 1 failed"), stdout);
        assertTrue(Files.isRegularFile(out.resolve("a-article.txt.xlf")));
        assertTrue(Files.isRegularFile(out.resolve("c-article.txt.xlf")), "the file after the huge one is extracted");
        assertFalse(Files.exists(out.resolve("b-huge.docx.xlf")));
    }

    /** 40 MB of ordinary, varied prose in one DOCX (about 10 MB compressed: no zip bomb). */
    private static byte[] hugeDocx() {
        String[] words = ("the council agreed on a new plan for ports northern coast ministers met in Brussels on Monday"
                + " to discuss budget coming year cooperation between institutions is more important than ever").split(" ");
        Random random = new Random(12);
        Docx docx = new Docx();
        StringBuilder p = new StringBuilder();
        while (docx.length() < 40L * 1024 * 1024) {
            p.setLength(0);
            for (int s = 0; s < 4; s++) {
                for (int w = 0; w < 18; w++) p.append(words[random.nextInt(words.length)]).append(' ');
                p.setCharAt(p.length() - 1, '.');
                p.append(' ');
            }
            docx.text(null, p.toString().trim());
        }
        return docx.bytes();
    }
}
