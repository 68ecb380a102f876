package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosave takes the document on the UI thread and writes it on the writer; the last snapshot wins. */
class BackgroundAutosaveTest {

    @TempDir
    Path dir;
    Path seed;
    ManualAsync writer;
    ManualScheduler scheduler;
    EditorViewModel editor;

    @BeforeEach
    void open() throws IOException {
        seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
        writer = new ManualAsync();
        scheduler = new ManualScheduler();
        editor = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT, writer, scheduler);
        editor.open(seed);
    }

    private Path recovery() {
        return editor.session().orElseThrow().recoveryFile();
    }

    @Test
    void theWriteHappensOnTheWriterNotOnTheCallingThread() throws IOException {
        editor.editor().textProperty().set("Erster Stand");

        assertTrue(editor.autosave());
        assertFalse(Files.exists(recovery()), "nothing written before the writer runs");
        assertEquals(1, writer.queued());

        editor.editor().textProperty().set("Zweiter Stand"); // typing goes on meanwhile
        writer.runAll();

        String written = Files.readString(recovery());
        assertTrue(written.contains("Erster Stand"), "the snapshot taken at autosave time is written");
        assertFalse(written.contains("Zweiter Stand"));
        assertTrue(editor.message().startsWith("Autosaved at"), editor.message());
    }

    @Test
    void twoQueuedAutosavesWriteOnceWithTheLastSnapshot() throws IOException {
        editor.editor().textProperty().set("alt");
        editor.autosave();
        editor.editor().textProperty().set("neu");
        editor.autosave();
        assertEquals(2, writer.queued());

        writer.runAll();

        String written = Files.readString(recovery());
        assertTrue(written.contains("neu"));
        assertFalse(written.contains(">alt<"), "the older snapshot was replaced before it was written");
        assertFalse(editor.autosave(), "nothing new since");
    }

    @Test
    void aSaveDropsAQueuedAutosaveSoNoStaleRecoveryAppears() throws IOException {
        editor.editor().textProperty().set("gespeichert");
        editor.autosave();
        editor.save();

        writer.runAll();

        assertFalse(Files.exists(recovery()), "the queued autosave must not recreate the recovery file");
        EditorViewModel next = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                Scheduler.NONE);
        next.open(seed);
        assertEquals(DocumentSession.Origin.WORK_FILE, next.session().orElseThrow().origin());
    }

    @Test
    void closingWritesAQueuedAutosaveAtOnce() throws IOException {
        byte[] original = Files.readAllBytes(seed);
        editor.editor().textProperty().set("vor dem Schließen");
        editor.autosave();

        editor.close(); // the writer has not run

        assertTrue(Files.readString(recovery()).contains("vor dem Schließen"));
        assertArrayEquals(original, Files.readAllBytes(seed));
        assertEquals(1, writer.runAll(), "the writer's task runs and finds nothing left to write");
        assertTrue(Files.readString(recovery()).contains("vor dem Schließen"));
    }

    @Test
    void aFailedWriteIsReportedAndTriedAgain() throws IOException {
        editor.editor().textProperty().set("x");
        Path blocker = Files.createDirectories(recovery()).resolve("keep"); // a folder where the file goes
        Files.writeString(blocker, "");
        editor.autosave();
        writer.runAll();
        assertTrue(editor.message().startsWith("Autosave failed"), editor.message());

        Files.delete(blocker);
        Files.delete(recovery());
        assertTrue(editor.autosave(), "the failed snapshot is taken again");
        writer.runAll();
        assertTrue(Files.readString(recovery()).contains(">x<"));
    }
}
