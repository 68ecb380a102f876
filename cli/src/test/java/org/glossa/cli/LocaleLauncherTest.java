package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * A file named with non-ASCII letters under LC_ALL=C, in a real child JVM: through the launcher's locale block it is
 * extracted; without it, Java cannot name the file and Glossa says so clearly (exit 2, no stack trace).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LocaleLauncherTest {
    /** 'Ärger ü.txt' in bash's ANSI-C quoting: the test's own JVM needs no UTF-8 locale to pass it on. */
    private static final String NAME = "$'\\xc3\\x84rger \\xc3\\xbc.txt'";
    private static final Path LAUNCHER = Path.of("../glossa");

    @TempDir
    Path tmp;

    @Test
    void theLauncherExtractsANonAsciiFileNameUnderTheCLocale() throws Exception {
        Path block = tmp.resolve("locale.sh");
        Files.writeString(block, localeBlock(), StandardCharsets.UTF_8);
        Result r = run(". ./locale.sh; " + java() + " extract " + NAME + " -s en -t de -o out");
        assertEquals(0, r.exit, r.output);
        try (var out = Files.list(tmp.resolve("out"))) {
            List<String> names = out.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).endsWith("rger \u00fc.txt.xlf") || names.get(0).endsWith(".txt.xlf"), names.toString());
        }
    }

    @Test
    void withoutItTheNameCannotBeEncodedAndTheMessageSaysSo() throws Exception {
        Result r = run(java() + " extract " + NAME + " -s en -t de -o out");
        assertEquals(2, r.exit, r.output);
        assertTrue(r.output.contains("cannot be represented in the file-name encoding"), r.output);
        assertTrue(r.output.contains("LC_ALL=C.UTF-8"), r.output);
        assertFalse(r.output.contains("\tat "), "no stack trace: " + r.output);
    }

    private record Result(int exit, String output) {
    }

    /** Runs {@code script} with bash under LC_ALL=C in the temporary folder, which holds the non-ASCII file. */
    private Result run(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "printf 'The EU and NATO signed a declaration.\\n' > " + NAME
                + "; " + script).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(100, TimeUnit.SECONDS), "the run ends");
        return new Result(p.exitValue(), output);
    }

    private static String java() {
        return "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '" + System.getProperty("java.class.path")
                + "' " + Main.class.getName();
    }

    /** The launcher's locale block, between its markers. */
    private static String localeBlock() throws Exception {
        return launcherBlock("locale");
    }

    /** The launcher's block {@code name}, between its markers {@code # >>> name} and {@code # <<< name}. */
    static String launcherBlock(String name) throws Exception {
        String launcher = Files.readString(LAUNCHER, StandardCharsets.UTF_8);
        int from = launcher.indexOf("# >>> " + name);
        int to = launcher.indexOf("# <<< " + name);
        assertTrue(from >= 0 && to > from, "the launcher marks its " + name + " block");
        return launcher.substring(from, to);
    }

    /**
     * Runs the launcher's {@code blocks} in bash in {@code dir} with {@code args} as the launcher's arguments and
     * {@code glossaJavaOpts} as GLOSSA_JAVA_OPTS, then the shell code {@code print}; its standard output.
     */
    static String runBlocks(Path dir, String glossaJavaOpts, List<String> blocks, String print, String... args) throws Exception {
        StringBuilder script = new StringBuilder("set -euo pipefail; set --");
        for (String a : args) script.append(" '").append(a).append("'");
        for (String name : blocks) {
            Files.writeString(dir.resolve(name + ".sh"), launcherBlock(name), StandardCharsets.UTF_8);
            script.append("; . ./").append(name).append(".sh");
        }
        script.append("; ").append(print);
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script.toString()).directory(dir.toFile());
        pb.environment().put("GLOSSA_JAVA_OPTS", glossaJavaOpts);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the blocks end");
        assertEquals(0, p.exitValue(), err);
        return out;
    }
}
