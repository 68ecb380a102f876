package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Ctrl+S saves the changed targets into a file Glossa did not write (another tool's XLIFF, a multi-file XLIFF,
 * .sdlxliff, .mqxliff) and keeps every other byte of it; when the file cannot take the work (a split segment), the
 * work goes beside it and the original is untouched. Glossa's own XLIFF is saved in place in its own version.
 */
class SaveFormatTest {

    static final String MULTI_FILE = "omegat/src/test/resources/data/filters/xliff/filters4-xliff1/"
            + "file-XLIFFFilter1-multiple-file-tag.xlf";
    static final String MEMOQ = "okapi/okapi/filters/xliff/src/test/resources/MQ-12-Test01.xlf";
    static final String SDL_NAMED = "okapi/okapi/steps/xliffsplitter/src/test/resources/net/sf/okapi/steps/"
            + "xliffsplitter/tasks_Test_SDL_XLIFF_18961_es_ES_xliff_singleFile.xlf";

    /*
     * The work beside another tool's XLIFF 1.2 (and its autosave) is written as XLIFF 1.2: in 2.1 a 1.2 trans-unit's
     * segment "1" and its first inline code "1" would share one id space, which XLIFF 2 forbids, and the file would not
     * read back. The memoQ and SDL files have inline codes, so reopening them here proves it.
     */

    @TempDir
    Path dir;

    @Test
    void aMultiFileXliffIsSavedIntoOnlyItsEditedTargetChanges() throws IOException {
        editSaveAndReopen(copy(MULTI_FILE, "multi.xlf"));
    }

    @Test
    void anSdlxliffIsSavedIntoOnlyItsEditedTargetChanges() throws IOException {
        editSaveAndReopen(copy(SDL_NAMED, "tasks.sdlxliff"));
    }

    @Test
    void anMqxliffIsSavedIntoOnlyItsEditedTargetChanges() throws IOException {
        editSaveAndReopen(copy(MEMOQ, "job.mqxliff"));
    }

    @Test
    void anotherToolsSingleFileXliffIsSavedInto() throws IOException {
        Path xliff = copy(MEMOQ, "memoq.xlf");
        editSaveAndReopen(xliff);
        assertFalse(Files.exists(dir.resolve("memoq.glossa.xlf")), "nothing written beside");
    }

    @Test
    void aSplitSegmentCannotGoIntoAnotherToolsFileItIsSavedBesideAndReopened() throws IOException {
        for (String[] file : new String[][] {{MEMOQ, "job.mqxliff"}, {MULTI_FILE, "multi.xlf"},
                {SDL_NAMED, "tasks.sdlxliff"}}) {
            Path xliff = copy(file[0], file[1]);
            byte[] original = Files.readAllBytes(xliff);
            EditorViewModel editor = editor();
            editor.open(xliff);
            int row = firstTranslatable(editor);
            editor.select(row);
            String source = editor.rows().get(row).sourceText();
            assertTrue(editor.split(Math.max(1, source.indexOf(' ') + 1)), editor.message());
            editor.select(row);
            editor.editor().textProperty().set("Glossa-Test");

            assertTrue(editor.save());

            assertArrayEquals(original, Files.readAllBytes(xliff), "the original is untouched: " + file[1]);
            DocumentSession session = editor.session().orElseThrow();
            Path beside = session.workFile();
            String name = file[1].substring(0, file[1].lastIndexOf('.'));
            assertEquals(dir.resolve(name + DocumentSession.BESIDE_SUFFIX), beside);
            assertTrue(session.besideReason().isPresent());
            assertTrue(editor.message().contains(beside.getFileName().toString())
                    && editor.message().contains(file[1]) && editor.message().contains("could not be saved into it"),
                    "the status line says where and why: " + editor.message());

            EditorViewModel again = editor();
            again.open(xliff);
            assertEquals(beside, again.session().orElseThrow().workFile(), "reopening opens the newer work beside");
            assertTrue(again.rows().stream().anyMatch(r -> r.targetText().equals("Glossa-Test")));
        }
    }

    @Test
    void onceSavedIntoAgainTheOriginalIsReopenedNotTheStaleWorkBesideIt() throws IOException {
        Path xliff = copy(MULTI_FILE, "multi.xlf");
        EditorViewModel editor = editor();
        editor.open(xliff);
        int row = firstTranslatable(editor);
        editor.select(row);
        assertTrue(editor.split(editor.rows().get(row).sourceText().indexOf(' ') + 1), editor.message());
        assertTrue(editor.save());
        Path beside = dir.resolve("multi" + DocumentSession.BESIDE_SUFFIX);
        assertEquals(beside, editor.session().orElseThrow().workFile());

        assertTrue(editor.undo(), "the split undone, the segments are the file's again");
        editor.select(row);
        editor.editor().textProperty().set("Zweite Fassung");
        assertTrue(editor.save());

        assertEquals(xliff, editor.session().orElseThrow().workFile(), "saved into the original again");
        assertFalse(Files.exists(beside), "the work this session wrote beside is in the original now: not left stale");
        EditorViewModel again = editor();
        again.open(xliff);
        assertEquals(xliff, again.session().orElseThrow().workFile(), "the original, not the older work beside it");
        assertEquals("Zweite Fassung", again.rows().get(row).targetText());
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

    /**
     * Opens another tool's {@code xliff}, translates its first translatable segment, saves: the file is saved into,
     * and its bytes change only inside the edited unit (its target, and its state); reopening shows the edit.
     */
    private void editSaveAndReopen(Path xliff) throws IOException {
        byte[] original = Files.readAllBytes(xliff);
        EditorViewModel editor = editor();
        editor.open(xliff);
        assertTrue(editor.message().contains("saves your targets into it"), editor.message());
        int row = firstTranslatable(editor);
        String unitId = editor.rows().get(row).unitId();
        editor.select(row);
        editor.editor().textProperty().set("Glossa-Test");
        DocumentSession session = editor.session().orElseThrow();
        assertTrue(editor.autosave());
        assertArrayEquals(original, Files.readAllBytes(xliff), "the autosave never touches the original");
        assertTrue(Files.exists(session.recoveryFile()), "the autosave went to " + session.recoveryFile());
        XliffReader.read(session.recoveryFile()); // it reads back: a 1.2 file's segment and code ids stay apart
        assertTrue(Files.readString(session.recoveryFile(), StandardCharsets.UTF_8).contains("Glossa-Test"));

        assertTrue(editor.save());

        assertFalse(Files.exists(session.recoveryFile()), "saving deletes the autosave");
        assertEquals(xliff, session.workFile(), "saved into the file opened");
        assertTrue(editor.message().contains("into " + xliff.getFileName()), editor.message());
        byte[] saved = Files.readAllBytes(xliff);
        int[] unit = unitSpan(original, unitId);
        int prefix = 0;
        while (prefix < Math.min(original.length, saved.length) && original[prefix] == saved[prefix]) prefix++;
        int suffix = 0;
        while (suffix < Math.min(original.length, saved.length) - prefix
                && original[original.length - 1 - suffix] == saved[saved.length - 1 - suffix]) suffix++;
        assertTrue(prefix < original.length, "the file changed");
        assertTrue(unit[0] <= prefix && original.length - suffix <= unit[1], "bytes " + prefix + ".."
                + (original.length - suffix) + " changed, outside unit " + unitId + " at " + unit[0] + ".." + unit[1]);
        String changed = new String(saved, unit[0], unit[1] - original.length + saved.length - unit[0],
                StandardCharsets.UTF_8);
        assertTrue(changed.matches("(?s).*<target[^>]*>Glossa-Test</target>.*"), changed);

        EditorViewModel again = editor();
        again.open(xliff);
        assertEquals(xliff, again.session().orElseThrow().workFile());
        assertEquals("Glossa-Test", again.rows().get(row).targetText(), "the edit reads back");
    }

    /** Where the {@code <trans-unit>} (1.2) or {@code <unit>} (2.x) with id {@code id} starts and ends in {@code xml}. */
    private static int[] unitSpan(byte[] xml, String id) {
        String text = new String(xml, StandardCharsets.ISO_8859_1); // one char per byte: indexes are byte offsets
        Matcher start = Pattern.compile("<(trans-unit|unit)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"").matcher(text);
        assertTrue(start.find(), "unit " + id);
        int end = text.indexOf("</" + start.group(1) + ">", start.start());
        return new int[] {start.start(), end + start.group(1).length() + 3};
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
