package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's jvm block's batch heap (decision 0045), run by bash as the launcher runs it: {@code extract} and {@code qa}
 * get a 32 MB young generation (and huge pages for the heap where the kernel gives them on request), other commands
 * and a heap sized in GLOSSA_JAVA_OPTS do not; a real child JVM with those options extracts the seed to the same
 * bytes and checks it to the same report, with nothing on standard error.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BatchHeapLauncherTest {
    private static final Path THP = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    @TempDir
    Path tmp;

    @Test
    void extractAndQaGetASmallYoungGenerationOtherCommandsAndSizedHeapsDoNot() throws Exception {
        boolean madvise = Files.isReadable(THP) && Files.readString(THP).contains("[madvise]");
        String hugePages = madvise ? " -XX:+UseTransparentHugePages" : "";
        assertEquals("-Xmn32m" + hugePages, options("", "extract", "in", "-s", "en", "-t", "de"));
        assertEquals("", options("", "segment", "a.txt"));
        assertEquals("-Xmn32m" + hugePages, options("", "qa", "x.xlf"));
        assertEquals("", options("", "tm", "import", "x.tmx"));
        assertEquals("", options(""));
        assertEquals(hugePages.strip(), options("-Xmx2g", "extract", "in"));
        assertEquals(hugePages.strip(), options("-XX:MaxNewSize=64m -XX:NewSize=64m", "extract", "in"));
        assertEquals("-Xmn32m" + hugePages, options("-XX:+UseG1GC", "extract", "in"));
    }

    @Test
    void theSubcommandIsFoundPastTheGlobalOptionsAsTheCommandLineFindsIt() throws Exception {
        boolean madvise = Files.isReadable(THP) && Files.readString(THP).contains("[madvise]");
        String batch = "-Xmn32m" + (madvise ? " -XX:+UseTransparentHugePages" : "");
        assertEquals(batch, options("", "--verbose", "qa", "x.xlf"));
        assertEquals(batch, options("", "--verbose", "extract", "in", "-s", "en"));
        assertEquals("", options("", "--verbose", "segment", "a.txt"));
        assertEquals("", options("", "--verbose", "tm", "qa"), "qa here is tm's argument, not the subcommand");
        assertEquals("", options("", "segment", "qa"), "qa here is segment's file, not the subcommand");
        assertEquals("", options("", "--", "qa"));
        assertEquals("", options("", "@args.txt", "qa"));
        // one rule: the block gives the options exactly when GlossaCommand.subcommandsFor names extract or qa alone
        String[][] cases = {{"qa", "x.xlf"}, {"--verbose", "qa"}, {"--verbose", "--verbose", "extract", "in"}, {"--help", "qa"},
                {"tm", "qa"}, {"--verbose", "segment", "extract"}, {"--", "qa"}, {"@a", "extract"}, {"--verbose"}, {}, {"qa-x"},
                {"extrct", "in"}};
        for (String[] args : cases) {
            boolean batchCommand = Set.of(List.of("extract"), List.of("qa")).contains(List.copyOf(GlossaCommand.subcommandsFor(args)));
            assertEquals(batchCommand ? batch : "", options("", args), String.join(" ", args));
        }
    }

    @Test
    void aJvmWithTheseOptionsExtractsAndChecksTheSameBytesAndSaysNothingMore() throws Exception {
        String opts = options("", "extract", "in");
        String plain = run("", "plain");
        String tuned = run(opts, "tuned");
        assertEquals("", tuned, "standard error with " + opts);
        assertEquals(plain, tuned);
        Path name = Path.of("dw-2023-01-10-eu-nato-joint-declaration.en.txt.xlf");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("plain").resolve(name)), Files.readAllBytes(tmp.resolve("tuned").resolve(name)));

        String qaOpts = options("", "qa", "in");
        String qaTuned = runQa(qaOpts, "plain", "tuned.json"); // the same input: the report names its files
        assertEquals(runQa("", "plain", "plain.json").replace("plain.json", "tuned.json"), qaTuned,
                "qa's summary on standard error, and nothing more, with " + qaOpts);
        assertArrayEquals(Files.readAllBytes(tmp.resolve("plain.json")), Files.readAllBytes(tmp.resolve("tuned.json")));
        assertTrue(Files.size(tmp.resolve("plain.json")) > 0);
    }

    /** {@code $batch_heap_jvm} after the block runs with {@code args} as the launcher's arguments. */
    private String options(String glossaJavaOpts, String... args) throws Exception {
        return LocaleLauncherTest.runBlocks(tmp, glossaJavaOpts, List.of("jvm"), "printf '%s' \"$batch_heap_jvm\"", args);
    }

    /** Extracts the seed into {@code out} in a child JVM with {@code opts}; its standard error. */
    private String run(String opts, String out) throws Exception {
        return glossa(opts, "extract '" + CliTest.SEED.toAbsolutePath() + "' -s en -t de -q -o " + out);
    }

    /** Checks the XLIFF extracted into {@code in} with the DW glossary, JSON report to {@code report}; standard error. */
    private String runQa(String opts, String in, String report) throws Exception {
        Path glossary = CliTest.SEED.toAbsolutePath().getParent().resolveSibling("glossaries").resolve("dw-en-de.tbx");
        return glossa(opts, "qa " + in + " -g '" + glossary + "' --format json -o " + report + " --fail-on never");
    }

    /** Runs the command line with {@code arguments} in a child JVM with {@code opts}; its standard error. */
    private String glossa(String opts, String arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cmd = "'" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC " + opts + " -cp '" + System.getProperty("java.class.path")
                + "' " + Main.class.getName() + " " + arguments;
        Process p = new ProcessBuilder("bash", "-c", cmd).directory(tmp.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(100, TimeUnit.SECONDS), "the run ends");
        assertEquals(0, p.exitValue(), err);
        return err;
    }
}
