package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle autosave writes on a worker; a slow write never leaves older work in the recovery file. */
class BackgroundAutosaveTest {

    @TempDir
    Path dir;
    Path seed;
    Path recovery;
    final ManualAsync async = new ManualAsync();
    final ManualScheduler scheduler = new ManualScheduler();
    EditorViewModel editor;

    @BeforeEach
    void open() throws IOException {
        seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
        recovery = DocumentSession.recoveryFileOf(dir.resolve(seed.getFileName() + ".xlf"));
        editor = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, async, scheduler);
        editor.open(seed);
        async.finishInOrder(); // the opening's QA
    }

    @Test
    void theIdleTimerAutosavesOnAWorker() throws IOException {
        editor.editor().textProperty().set("Erste Fassung");
        scheduler.runPending();
        assertFalse(Files.exists(recovery), "not written on the UI thread");

        async.finishInOrder();

        assertTrue(Files.readString(recovery).contains("Erste Fassung"));
        assertTrue(editor.message().startsWith("Autosaved at"), editor.message());
    }

    @Test
    void editsDuringAWriteAreAutosavedAfterIt() throws IOException {
        editor.editor().textProperty().set("Erste Fassung");
        scheduler.runPending(); // write 1 starts
        editor.editor().textProperty().set("Zweite Fassung");
        scheduler.runPending(); // waits for write 1

        async.finishInOrder();
        async.finishInOrder();

        String written = Files.readString(recovery);
        assertTrue(written.contains("Zweite Fassung") && !written.contains("Erste Fassung"), written);
    }

    @Test
    void aSlowAutosaveEndingAfterASaveLeavesNoRecoveryFile() throws IOException {
        editor.editor().textProperty().set("Erste Fassung");
        scheduler.runPending(); // the write is queued
        assertTrue(editor.save());

        async.finishInOrder(); // the queued autosave runs after the save

        assertFalse(Files.exists(recovery), "the save already has this work");
        assertEquals(List.of(), List.of(dir.toFile().list((d, name) -> name.endsWith(".tmp"))));
    }
}
