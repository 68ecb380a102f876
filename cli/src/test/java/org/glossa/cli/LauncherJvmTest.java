package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's jvm block (decisions 0025, 0053 and 0057), run by bash as the launcher runs it: every command gets
 * the client compiler only (C1) and the serial collector, and builds a large memory's index in a child JVM with C2;
 * {@code analyze}, which looks up every segment of a project, keeps C2 itself; the subcommand is found as
 * {@link GlossaCommand#subcommandsFor} finds it, and the own-module block hands {@code spark}, {@code server} and
 * {@code desktop} the arguments without their name. A real JVM with the {@code tm} options has the index of a
 * generated memory built by its child and answers as one that built it itself does.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LauncherJvmTest {
    private static final String C1 = "-XX:TieredStopAtLevel=1 -Dglossa.index.build-jvm=-XX:+UseSerialGC -XX:+UseSerialGC";
    private static final String IN_PROCESS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
    private static final String C2 = "-XX:+UseSerialGC";

    @TempDir
    Path tmp;

    @Test
    void analyzeKeepsC2AndEveryOtherCommandGetsC1WithIndexBuildsInC2() throws Exception {
        assertEquals(C1, jit("", "tm", "stats", "x.tmx"));
        assertEquals(C1, jit("", "tm", "lookup", "a sentence", "--tm", "x.tmx"));
        assertEquals(C1, jit("", "--verbose", "tm", "import", "x.xlf", "-o", "m.tmx"));
        assertEquals(C2, jit("", "analyze", "in", "--tm", "x.tmx"));
        assertEquals(C1, jit("", "extract", "in", "-s", "en", "-t", "de"));
        assertEquals(C1, jit("", "qa", "x.xlf"));
        assertEquals(C1, jit("", "segment", "tm"), "tm here is segment's file, not the subcommand");
        assertEquals(C1, jit("", "--", "tm"));
        assertEquals(C1, jit("", "@args.txt", "tm"));
        assertEquals(C1, jit(""));
        assertEquals("", jit("-XX:+UseG1GC", "analyze", "in"), "a collector named in GLOSSA_JAVA_OPTS replaces the serial one");
        assertEquals("-XX:TieredStopAtLevel=1 -Dglossa.index.build-jvm=-XX:+UseSerialGC", jit("-XX:+UseParallelGC", "extract", "in"));
        // one rule: C2 exactly when GlossaCommand.subcommandsFor names analyze alone
        String[][] cases = {{"tm", "stats"}, {"--verbose", "analyze"}, {"--help", "tm"}, {"analyze"}, {"segment", "tm"},
                {"--verbose", "qa", "tm"}, {"--", "tm"}, {"@a", "analyze"}, {"--verbose"}, {}, {"tmx"}, {"analyse", "in"}};
        for (String[] args : cases) {
            boolean analyze = List.of("analyze").equals(List.copyOf(GlossaCommand.subcommandsFor(args)));
            assertEquals(analyze ? C2 : C1, jit("", args), String.join(" ", args));
        }
    }

    @Test
    void ownModulesGetTheArgumentsWithoutTheirNameWhereverItStands() throws Exception {
        assertEquals("server|--port|9090", ownModule("server", "--port", "9090"));
        assertEquals("server|--verbose|--port|9090", ownModule("--verbose", "server", "--port", "9090"));
        assertEquals("desktop|--verbose|a.xlf|desktop", ownModule("--verbose", "desktop", "a.xlf", "desktop"),
                "only the name goes; a file of the same name stays");
        assertEquals("spark|--verbose|qa|in", ownModule("--verbose", "spark", "qa", "in"));
        assertEquals("spark", ownModule("spark"));
        assertEquals("segment|segment|server", ownModule("segment", "server"), "the command line's commands keep every argument");
        assertEquals("|--|server", ownModule("--", "server"));
    }

    @Test
    void aJvmWithTheTmOptionsHasItsChildBuildTheIndexAndAnswersAsOneBuildingItItself() throws Exception {
        // the launcher's options, with the child's GC logged (to see that it ran) and no size threshold
        Path childLog = tmp.resolve("child-gc.log");
        String opts = jit("", "tm", "stats", "m.tmx");
        assertTrue(opts.contains("-Dglossa.index.build-jvm=-XX:+UseSerialGC"), opts);
        List<String> tmOpts = new java.util.ArrayList<>(List.of(opts.split(" ")));
        tmOpts.addAll(List.of("-Dglossa.index.build-jvm=-XX:+UseSerialGC -Xlog:gc:file=" + childLog,
                "-Dglossa.index.build-jvm.min-bytes=0"));
        String[] words = {"council", "member", "states", "agreed", "sanctions", "against", "energy", "prices", "talks", "summit",
                "defence", "spending", "border", "alliance", "declaration", "partners", "security", "support", "ukraine", "leaders"};
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\""
                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < 3000; i++) {
            StringBuilder en = new StringBuilder("The");
            for (int w = 0; w < 8; w++) en.append(' ').append(words[(i * 7 + w * (i % 5 + 1)) % words.length]);
            tmx.append("<tu tuid=\"").append(i).append("\"><tuv xml:lang=\"en\"><seg>").append(en).append(" ").append(i)
                    .append(".</seg></tuv><tuv xml:lang=\"de\"><seg>Satz ").append(i).append(".</seg></tuv></tu>\n");
        }
        tmx.append("</body></tmx>\n");
        for (String side : List.of("c1", "tm")) {
            Files.createDirectories(tmp.resolve(side));
            Files.writeString(tmp.resolve(side).resolve("m.tmx"), tmx, StandardCharsets.UTF_8);
        }
        String query = "The council member states agreed sanctions against energy prices talks 12.";
        String statsInProcess = glossa(List.of(IN_PROCESS.split(" ")), "c1", "tm", "stats", "m.tmx");
        String statsTm = glossa(tmOpts, "tm", "tm", "stats", "m.tmx");
        assertTrue(statsInProcess.contains("3000 units") && statsInProcess.contains("(index built now)"), statsInProcess);
        assertEquals(statsInProcess, statsTm);
        assertTrue(Files.exists(childLog), "the child JVM ran");
        assertTrue(Files.isDirectory(tmp.resolve("tm").resolve("m.tmx.glossa-index")), "the child built the index");
        String lookup = glossa(List.of(IN_PROCESS.split(" ")), "c1", "tm", "lookup", query, "--tm", "m.tmx", "--min", "50", "--max", "20", "--json");
        assertTrue(lookup.contains("\"score\""), lookup);
        assertEquals(lookup, glossa(tmOpts, "tm", "tm", "lookup", query, "--tm", "m.tmx", "--min", "50", "--max", "20", "--json"));
    }

    /** {@code $cli_jvm} after the jvm block runs with {@code args} as the launcher's arguments. */
    private String jit(String glossaJavaOpts, String... args) throws Exception {
        return LocaleLauncherTest.runBlocks(tmp, glossaJavaOpts, List.of("jvm"), "printf '%s' \"$cli_jvm\"", args);
    }

    /** The subcommand and the arguments (joined with '|') after the jvm and own-module blocks. */
    private String ownModule(String... args) throws Exception {
        return LocaleLauncherTest.runBlocks(tmp, "", List.of("jvm", "own-module"),
                "printf '%s' \"$subcommand\"; for a in \"$@\"; do printf '|%s' \"$a\"; done", args);
    }

    /** Runs the command line in {@code tmp/dir} in a child JVM with {@code opts}; its standard output. */
    private String glossa(List<String> opts, String dir, String... arguments) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new java.util.ArrayList<>(List.of(java));
        for (String o : opts) if (!o.isEmpty()) cmd.add(o);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(arguments));
        Process p = new ProcessBuilder(cmd).directory(tmp.resolve(dir).toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(100, TimeUnit.SECONDS), "the run ends");
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
