package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: a child JVM ({@link CrashChild}) edits and autosaves, is killed with SIGKILL
 * ({@link Process#destroyForcibly()}), and a new session must recover the edit with the original untouched.
 */
class KillRecoveryTest {

    static final String TITLE = "EU and NATO sign joint call for cooperation amid Ukraine war";
    /** Only guards against a child that hangs; nothing here measures speed. */
    private static final long HANG_GUARD_SECONDS = 300;

    @TempDir
    Path dir;
    Path seed;
    byte[] original;
    Process child;
    BufferedReader output;

    @BeforeEach
    void copySeed() throws IOException {
        seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
        original = Files.readAllBytes(seed);
    }

    @AfterEach
    void noChildLeft() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    @Test
    void anAutosavedEditSurvivesSigkill() throws Exception {
        start("once", "Vor dem Absturz gesichert");
        waitFor("AUTOSAVED 1");

        kill();

        EditorViewModel next = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                Scheduler.NONE);
        next.open(seed);
        assertTrue(next.session().orElseThrow().recovered(), next.message());
        assertEquals("Vor dem Absturz gesichert", next.rows().get(SessionRecoveryTest.indexOf(next, TITLE)).targetText());
        assertArrayEquals(original, Files.readAllBytes(seed), "the original document is unchanged");
        assertFalse(Files.exists(dir.resolve(seed.getFileName() + ".xlf")), "the crash saved nothing");
    }

    @Test
    void aKillWhileAutosavesAreBeingWrittenLeavesACompleteRecoveryFile() throws Exception {
        start("loop", "Stand");
        waitFor("AUTOSAVED 25");

        kill();

        EditorViewModel next = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                Scheduler.NONE);
        next.open(seed); // a torn recovery file would not parse
        assertTrue(next.session().orElseThrow().recovered());
        String target = next.rows().get(SessionRecoveryTest.indexOf(next, TITLE)).targetText();
        assertTrue(target.matches("Stand \\d+") && Integer.parseInt(target.substring(6)) >= 25, target);
        assertArrayEquals(original, Files.readAllBytes(seed));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.stream().allMatch(n -> n.equals(seed.getFileName().toString())
                    || n.equals("." + seed.getFileName() + ".xlf" + DocumentSession.RECOVERY_SUFFIX)
                    || n.endsWith(".tmp")), "only the document, its autosave and perhaps a torn temporary file: " + names);
        }
    }

    @Test
    void continuousTypingKilledAfterTwelveSecondsLosesAtMostTheLastFiveSeconds() throws Exception {
        Path keyLog = dir.resolve("keys.log");
        start("type", "k", keyLog.toString());
        readUntil(line -> line.startsWith("TYPED ") && Long.parseLong(line.split(" ")[2]) >= 12_000);

        kill();
        List<long[]> keys = new ArrayList<>(); // {n, millis} per key typed, up to the kill
        for (String line : Files.readAllLines(keyLog)) {
            String[] parts = line.split(" ");
            if (parts.length == 3) keys.add(new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])});
        }

        for (int i = 1; i < keys.size(); i++) {
            assertTrue(keys.get(i)[1] - keys.get(i - 1)[1] < EditorViewModel.AUTOSAVE_IDLE.toMillis(),
                    "the typing never paused long enough for the idle autosave (key " + keys.get(i)[0] + ")");
        }
        EditorViewModel next = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                Scheduler.NONE);
        next.open(seed);
        assertTrue(next.session().orElseThrow().recovered(), "autosaved while typing: " + next.message());
        int recovered = next.rows().get(SessionRecoveryTest.indexOf(next, TITLE)).targetText().length();
        long[] last = keys.get(keys.size() - 1);
        long firstLostAt = keys.stream().filter(k -> k[0] == recovered + 1).mapToLong(k -> k[1]).findFirst()
                .orElse(last[1]);
        assertTrue(recovered > 0 && recovered <= last[0], recovered + " of " + last[0] + " keys");
        assertTrue(last[1] - firstLostAt <= 5_000, "lost the keys typed from " + firstLostAt + " ms to " + last[1]
                + " ms: " + (last[0] - recovered) + " of " + last[0] + " keys");
        assertArrayEquals(original, Files.readAllBytes(seed));
    }

    private void start(String mode, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), seed.toString(), mode));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.redirectErrorStream(true);
        child = builder.start();
    }

    /** Reads the child's output until {@code line}; fails with the output when the child ends first. */
    private void waitFor(String line) throws InterruptedException, ExecutionException {
        readUntil(line::equals);
    }

    /** Reads the child's output until a line {@code wanted} accepts; fails with the output when the child ends first. */
    private void readUntil(Predicate<String> wanted) throws InterruptedException, ExecutionException {
        List<String> seen = new ArrayList<>();
        CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> {
            try {
                for (String l = output().readLine(); l != null; l = output().readLine()) {
                    synchronized (seen) {
                        seen.add(l);
                    }
                    if (wanted.test(l)) return true;
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the child's output", e);
            }
        });
        try {
            if (!found.get(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) fail("the child ended early: " + seen);
        } catch (TimeoutException e) {
            synchronized (seen) {
                fail("the child hung: " + seen);
            }
        }
    }

    private BufferedReader output() {
        if (output == null) {
            output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        }
        return output;
    }

    private void kill() throws InterruptedException {
        assertTrue(child.isAlive(), "the child is still running when it is killed");
        child.destroyForcibly();
        child.waitFor();
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");
    }
}
