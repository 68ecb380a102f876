package org.glossa.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.core.xliff.Interop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code glossa spark qa} in local[2] finds what {@code glossa qa} finds, consistency across files included: the
 * same JSON report, in the same order.
 */
class QaJobTest extends LocalSparkTest {
    @TempDir
    Path tmp;

    @Test
    void aTranslatedArchiveGivesTheSameReportWithItsInconsistencies() throws Exception {
        Path articles = Archives.generate(tmp.resolve("articles"), 150);
        Path translated = Translated.write(Archives.files(articles).stream().map(articles::resolve).toList(), tmp.resolve("xlf"));
        Files.copy(Archives.SEEDS.resolve("dw-2023-01-10-eu-nato-joint-declaration.en.txt"), tmp.resolve("seed.txt"));
        Translated.write(java.util.List.of(tmp.resolve("seed.txt")), translated.resolve("seed"));
        Files.writeString(translated.resolve("broken.xlf"), "<xliff version=\"2.1\"><file"); // reported, the others checked
        String[] args = {translated.toString(), "-g", Archives.GLOSSARY.toString(), "--format", "json", "--fail-on", "warning"};
        LocalSpark.Run cli = LocalSpark.cli(ExtractJobTest.concat(new String[] {"qa"}, args));
        LocalSpark.Run sp = LocalSpark.spark(ExtractJobTest.concat(new String[] {"qa"}, args, "--master", "local[2]"));
        assertEquals(2, cli.exit(), cli.err());
        assertEquals(2, sp.exit(), sp.err());
        assertTrue(cli.out().contains("\"inconsistent-target\"") && cli.out().contains("\"inconsistent-source\""), cli.out());
        assertTrue(cli.out().contains("\"term-missing\"") || cli.out().contains("\"term-forbidden\""), cli.out());
        assertEquals(cli.out(), sp.out());
        assertTrue(sp.err().contains("broken.xlf"), sp.err());
    }

    @Test
    void otherToolsXliffAndTmxGiveTheSameReport() {
        String[] args = {Interop.require("okapi/okapi/filters/xliff/src/test/resources").toString(),
                Interop.require("omegat/src/test/resources/data/filters/xliff").toString(),
                Interop.require("oasis-xliff-tc/xliff-21/test-suite/core/valid").toString(),
                Interop.require("okapi/okapi/filters/tmx/src/test/resources/compkit").toString(),
                "-t", "de", "--format", "json", "--fail-on", "never"};
        LocalSpark.Run cli = LocalSpark.cli(ExtractJobTest.concat(new String[] {"qa"}, args));
        LocalSpark.Run sp = LocalSpark.spark(ExtractJobTest.concat(new String[] {"qa"}, args));
        assertEquals(cli.exit(), sp.exit(), cli.err() + "\n---\n" + sp.err());
        assertTrue(cli.out().contains("\"issues\""), cli.out());
        assertEquals(cli.out(), sp.out());
        assertEquals(cli.err().lines().filter(l -> l.startsWith("glossa: ")).toList(),
                sp.err().lines().filter(l -> l.startsWith("glossa: ")).toList());
    }

    @Test
    void anUnknownCheckIsAnInputError() {
        LocalSpark.Run sp = LocalSpark.spark("qa", Archives.SEEDS.toString(), "--disable", "no-such-check");
        assertEquals(2, sp.exit());
        assertTrue(sp.err().contains("unknown check 'no-such-check'"), sp.err());
    }
}
