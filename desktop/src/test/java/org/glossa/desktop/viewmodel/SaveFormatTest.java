package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.xliff.Interop;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XsdValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl+S never writes over a file Glossa did not write (another tool's XLIFF, a multi-file XLIFF, .sdlxliff,
 * .mqxliff): the work goes beside it; Glossa's own XLIFF is saved in place in its own version.
 */
class SaveFormatTest {

    static final String MULTI_FILE = "omegat/src/test/resources/data/filters/xliff/filters4-xliff1/"
            + "file-XLIFFFilter1-multiple-file-tag.xlf";
    static final String MEMOQ = "okapi/okapi/filters/xliff/src/test/resources/MQ-12-Test01.xlf";
    static final String SDL_NAMED = "okapi/okapi/steps/xliffsplitter/src/test/resources/net/sf/okapi/steps/"
            + "xliffsplitter/tasks_Test_SDL_XLIFF_18961_es_ES_xliff_singleFile.xlf";

    @TempDir
    Path dir;

    @Test
    void aMultiFileXliffIsNeverOverwrittenTheWorkGoesBesideIt() throws IOException {
        Path xliff = copy(MULTI_FILE, "multi.xlf");

        Path saved = editAndSave(xliff);

        assertEquals(dir.resolve("multi.glossa.xlf"), saved);
        EditorViewModel again = editor();
        again.open(xliff);
        assertEquals(saved, again.session().orElseThrow().workFile(), "reopening the original opens the saved work");
        assertEquals("Glossa-Test", again.rows().get(firstTranslatable(again)).targetText());
    }

    @Test
    void anSdlxliffIsNeverOverwritten() throws IOException {
        editAndSave(copy(SDL_NAMED, "tasks.sdlxliff"));
    }

    @Test
    void anMqxliffIsNeverOverwritten() throws IOException {
        editAndSave(copy(MEMOQ, "job.mqxliff"));
    }

    @Test
    void anotherToolsSingleFileXliffIsNeverOverwritten() throws IOException {
        Path saved = editAndSave(copy(MEMOQ, "memoq.xlf"));

        assertEquals(dir.resolve("memoq.glossa.xlf"), saved);
    }

    @Test
    void glossasOwnXliff12OfAProjectIsSavedInPlaceAsXliff12() throws Exception {
        Path folder = dir.resolve("project");
        Path projectFile = ProjectFile.init(folder, "en", "de");
        Files.writeString(projectFile, Files.readString(projectFile).replaceAll("(?m)^xliff\\s*=.*$",
                "xliff = " + XliffVersion.V1_2.label()));
        assertEquals(XliffVersion.V1_2, ProjectFile.read(folder).xliff());
        Path source = Files.copy(SessionRecoveryTest.SEED,
                folder.resolve("sources").resolve(SessionRecoveryTest.SEED.getFileName()));
        ProjectViewModel project = new ProjectViewModel();
        project.open(folder);
        Path xliff = project.prepare(source);
        assertTrue(Files.readString(xliff).contains("version=\"1.2\""), "the project writes 1.2");

        EditorViewModel editor = editor();
        editor.open(xliff);
        assertEquals(xliff, editor.session().orElseThrow().workFile(), "Glossa's own XLIFF is saved in place");
        editor.select(SessionRecoveryTest.indexOf(editor, KillRecoveryTest.TITLE));
        editor.editor().textProperty().set("EU und NATO unterzeichnen");
        assertTrue(editor.save());

        byte[] saved = Files.readAllBytes(xliff);
        assertTrue(new String(saved, java.nio.charset.StandardCharsets.UTF_8).contains("version=\"1.2\""),
                "still XLIFF 1.2 after the save");
        XsdValidation.validate(saved,
                Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-transitional.xsd"));
        assertTrue(XliffReader.read(xliff).get(0).segments().stream()
                .anyMatch(s -> s.target().map(t -> t.plainText().equals("EU und NATO unterzeichnen")).orElse(false)));
    }

    @Test
    void glossasOwnXliff21IsSavedInPlaceAsXliff21() throws Exception {
        Path seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
        EditorViewModel first = editor();
        first.open(seed);
        first.select(SessionRecoveryTest.indexOf(first, KillRecoveryTest.TITLE));
        first.editor().textProperty().set("Erste Fassung");
        assertTrue(first.save());
        Path xliff = first.session().orElseThrow().workFile();

        EditorViewModel editor = editor();
        editor.open(xliff);
        assertEquals(xliff, editor.session().orElseThrow().workFile());
        editor.select(SessionRecoveryTest.indexOf(editor, KillRecoveryTest.TITLE));
        editor.editor().textProperty().set("Zweite Fassung");
        assertTrue(editor.save());

        String saved = Files.readString(xliff);
        assertTrue(saved.contains("version=\"2.1\"") && saved.contains("Zweite Fassung"), saved);
        XsdValidation.validate(saved.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"));
    }

    /** Opens {@code xliff}, translates its first translatable segment, saves; returns the file written. */
    private Path editAndSave(Path xliff) throws IOException {
        byte[] original = Files.readAllBytes(xliff);
        EditorViewModel editor = editor();
        editor.open(xliff);
        DocumentSession session = editor.session().orElseThrow();
        assertFalse(session.workFile().equals(xliff), "another tool's file is not Glossa's to write: "
                + session.workFile());
        assertTrue(editor.message().contains(session.workFile().getFileName().toString()), editor.message());
        editor.select(firstTranslatable(editor));
        editor.editor().textProperty().set("Glossa-Test");

        assertTrue(editor.save());

        assertArrayEquals(original, Files.readAllBytes(xliff), "the original's bytes are unchanged");
        Path saved = session.workFile();
        assertEquals(xliff.getParent(), saved.getParent(), "saved beside the original");
        assertTrue(Files.readString(saved).contains("Glossa-Test"));
        assertTrue(editor.message().contains(saved.getFileName().toString())
                && editor.message().contains(xliff.getFileName().toString()), "the status line says where: "
                + editor.message());
        return saved;
    }

    private static int firstTranslatable(EditorViewModel editor) {
        List<SegmentRow> rows = editor.rows();
        for (int i = 0; i < rows.size(); i++) if (!rows.get(i).locked()) return i;
        throw new AssertionError("no translatable segment");
    }

    private Path copy(String relative, String name) throws IOException {
        return Files.copy(SharedInterop.require(relative), dir.resolve(name));
    }

    private static EditorViewModel editor() {
        return new EditorViewModel(path -> Documents.open(path, new ExtractOptions("en", "de")), Resources.NONE,
                Async.DIRECT, Scheduler.NONE);
    }
}
