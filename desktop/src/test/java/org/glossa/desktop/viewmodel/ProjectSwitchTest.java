package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.glossa.desktop.SampleDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What opening another project does to the editor: the memory of the resources it used is closed and never looked up
 * again, and the document of the old project is saved and closed.
 */
class ProjectSwitchTest {

    static final String TITLE_DE = "EU und NATO unterzeichnen gemeinsamen Aufruf";

    @TempDir
    Path dir;
    Path seed;
    Path tmx;

    @BeforeEach
    void files() throws IOException {
        seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
        tmx = Files.writeString(dir.resolve("memory.tmx"), SampleDocument.memory(KillRecoveryTest.TITLE, TITLE_DE));
    }

    @Test
    void resourcesWithoutMemoryAfterOnesWithAMemoryNeverLookUpTheClosedMemory() {
        EditorViewModel editor = new EditorViewModel(SessionRecoveryTest.LOADER,
                new Resources(List.of(), List.of(tmx)), Async.DIRECT, Scheduler.NONE);
        editor.open(seed);
        int title = SessionRecoveryTest.indexOf(editor, KillRecoveryTest.TITLE);
        editor.select(title);
        assertEquals(TITLE_DE, editor.memory().matches().get(0).target(), "the memory is in use");

        editor.useResources(Resources.NONE); // another project, without memories

        editor.select(title);
        assertEquals(List.of(), editor.memory().matches());
        assertEquals("No translation memory (start with --tm FILE.tmx)", editor.memory().messageProperty().get());
    }

    @Test
    void closingTheDocumentSavesItAndLeavesTheEditorEmpty() throws IOException {
        ManualAsync writer = new ManualAsync();
        EditorViewModel editor = new EditorViewModel(SessionRecoveryTest.LOADER,
                new Resources(List.of(), List.of(tmx)), Async.DIRECT, writer, Scheduler.NONE);
        editor.open(seed);
        editor.select(SessionRecoveryTest.indexOf(editor, KillRecoveryTest.TITLE));
        editor.editor().textProperty().set("Noch nicht gespeichert");
        byte[] original = Files.readAllBytes(seed);

        assertTrue(editor.closeDocument());

        Path xlf = dir.resolve(seed.getFileName() + ".xlf");
        assertTrue(Files.readString(xlf).contains("Noch nicht gespeichert"), "the work is saved");
        assertArrayEquals(original, Files.readAllBytes(seed));
        assertEquals(Optional.empty(), editor.session());
        assertEquals(List.of(), editor.rows());
        assertEquals("Glossa", editor.title());
        assertEquals(-1, editor.currentIndex());
        assertFalse(editor.editor().editable());
        assertEquals(Optional.empty(), editor.projectMemory());
        assertFalse(editor.autosave(), "nothing left to autosave");
        writer.runAll();
        assertFalse(Files.exists(DocumentSession.recoveryFileOf(xlf)));
    }
}
