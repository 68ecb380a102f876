package org.glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time: a lock another process holds is waited for, with a message, and taken when it ends. */
class LockFileTest {
    @TempDir
    Path dir;

    @Test
    void aLockHeldByAnotherProcessIsWaitedForWithAMessage() throws Exception {
        Path memory = Files.writeString(dir.resolve("memory.tmx"), "x");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), memory.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            List<String> messages = new CopyOnWriteArrayList<>();
            CompletableFuture<Void> taken = CompletableFuture.runAsync(() -> {
                try (LockFile lock = LockFile.acquire(LockFile.lockFileOf(memory), memory.toString(), messages::add)) {
                    assertEquals(dir.resolve(".memory.tmx.lock"), lock.path());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (messages.isEmpty() && System.nanoTime() < deadline) Thread.sleep(10);
            assertEquals(List.of("waiting for " + memory + " (locked by another Glossa process)"), messages);
            assertFalse(taken.isDone(), "still waiting while the other process holds the lock");
            holder.getOutputStream().close(); // the holder lets go and ends
            taken.get(60, TimeUnit.SECONDS);
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        }
    }

    @Test
    void aLockOfAKilledProcessIsFree() throws Exception {
        Path memory = Files.writeString(dir.resolve("memory.tmx"), "x");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), memory.toString()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("locked", out.readLine());
        holder.destroyForcibly(); // kill -9
        assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
        List<String> messages = new CopyOnWriteArrayList<>();
        try (LockFile lock = LockFile.acquire(LockFile.lockFileOf(memory), memory.toString(), messages::add)) {
            assertEquals(List.of(), messages);
        }
    }

    @Test
    void aSymlinkedFileIsLockedBesideItsTarget() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("m.tmx"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("m.tmx"), real.resolve("m.tmx"));
        assertEquals(real.resolve(".m.tmx.lock"), LockFile.lockFileOf(link));
    }
}
