package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open the seed, edit, save, autosave, "crash" (drop the view model) and open again. */
class SessionRecoveryTest {

    static final Path SEED = Path.of("..", "seeds", "dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    static final Path GLOSSARY = Path.of("..", "glossaries", "dw-en-de.tbx");
    static final Function<Path, Document> LOADER = path -> Documents.open(path, new ExtractOptions("en", "de"));

    @TempDir
    Path dir;
    Path seed;
    byte[] original;
    ManualScheduler scheduler;

    @BeforeEach
    void copySeed() throws IOException {
        seed = Files.copy(SEED, dir.resolve(SEED.getFileName()));
        original = Files.readAllBytes(seed);
        scheduler = new ManualScheduler();
    }

    private EditorViewModel editor() {
        return new EditorViewModel(LOADER, Resources.read(List.of(GLOSSARY), List.of(), "en", "de"), Async.DIRECT, scheduler);
    }

    @Test
    void saveWritesFileXlfAndReopeningFindsTheEdit() throws IOException {
        EditorViewModel first = editor();
        first.open(seed);
        int row = first.currentIndex();
        first.editor().textProperty().set("EU und NATO unterzeichnen gemeinsamen Aufruf");
        first.confirm();

        assertTrue(first.save());

        Path xlf = dir.resolve(seed.getFileName() + ".xlf");
        assertTrue(Files.exists(xlf));
        assertArrayEquals(original, Files.readAllBytes(seed), "the original document is never modified");
        EditorViewModel second = editor();
        second.open(seed);
        assertEquals(DocumentSession.Origin.WORK_FILE, second.session().orElseThrow().origin());
        assertEquals("EU und NATO unterzeichnen gemeinsamen Aufruf", second.rows().get(row).targetText());
        assertEquals("translated", second.rows().get(row).statusId());
        assertTrue(second.message().startsWith("Opened your translation"), second.message());
        assertFalse(second.rows().get(row).locked());
    }

    @Test
    void autosaveIsRecoveredAfterACrash() throws IOException {
        EditorViewModel crashed = editor();
        crashed.open(seed);
        int row = crashed.currentIndex();
        crashed.editor().textProperty().set("Nicht gespeichert");

        scheduler.runPending(); // the idle timers: autosave and the typing-pause QA
        Path recovery = dir.resolve("." + seed.getFileName() + ".xlf" + DocumentSession.RECOVERY_SUFFIX);
        assertTrue(Files.exists(recovery));
        assertFalse(Files.exists(dir.resolve(seed.getFileName() + ".xlf")), "autosave does not save");

        // crash: the view model is dropped without saving
        EditorViewModel next = editor();
        next.open(seed);

        assertTrue(next.session().orElseThrow().recovered());
        assertEquals("Nicht gespeichert", next.rows().get(row).targetText());
        assertTrue(next.message().startsWith("Recovered unsaved work"), next.message());
        assertTrue(next.title().endsWith("•"), "recovered work is unsaved");
        assertTrue(next.save());
        assertFalse(Files.exists(recovery), "saving removes the autosave");
        assertArrayEquals(original, Files.readAllBytes(seed));
    }

    @Test
    void continuousTypingIsAutosavedAtLeastEveryFiveSeconds() {
        ClockScheduler clock = new ClockScheduler();
        EditorViewModel typing = new EditorViewModel(LOADER, Resources.NONE, Async.DIRECT, clock);
        typing.open(seed);
        int row = SessionRecoveryTest.indexOf(typing, KillRecoveryTest.TITLE);
        typing.select(row);
        Path recovery = dir.resolve("." + seed.getFileName() + ".xlf" + DocumentSession.RECOVERY_SUFFIX);
        StringBuilder text = new StringBuilder();

        for (int key = 1; key <= 60; key++) { // a key every 200 ms for 12 s: never idle for the 3 s idle autosave
            text.append('x');
            typing.editor().textProperty().set(text.toString());
            clock.advance(Duration.ofMillis(200));
            int missing = key - (Files.exists(recovery) ? recoveredKeys(row) : 0);
            assertTrue(missing * 200 <= 5_000, "at " + clock.now().toMillis() + " ms the autosave lacks the last "
                    + missing + " keys (" + missing * 200 + " ms of typing)");
        }
    }

    private int recoveredKeys(int row) {
        EditorViewModel next = new EditorViewModel(LOADER, Resources.NONE, Async.DIRECT, Scheduler.NONE);
        next.open(seed);
        return next.rows().get(row).targetText().length();
    }

    @Test
    void autosaveOnlyWritesNewWork() {
        EditorViewModel editor = editor();
        editor.open(seed);

        assertFalse(editor.autosave(), "nothing edited yet");
        editor.editor().textProperty().set("x");
        assertTrue(editor.autosave());
        assertFalse(editor.autosave(), "already autosaved");
        scheduler.runPending();
        assertFalse(editor.autosave(), "the idle timer found nothing new either");
    }

    @Test
    void anAutosaveOlderThanTheSavedFileIsIgnored() throws IOException {
        EditorViewModel editor = editor();
        editor.open(seed);
        editor.editor().textProperty().set("alt");
        editor.autosave();
        Path recovery = editor.session().orElseThrow().recoveryFile();
        editor.editor().textProperty().set("neu");
        editor.save();
        Files.writeString(recovery, "stale");
        Files.setLastModifiedTime(recovery, FileTime.from(Instant.now().minusSeconds(3600)));

        EditorViewModel next = editor();
        next.open(seed);

        assertEquals(DocumentSession.Origin.WORK_FILE, next.session().orElseThrow().origin());
    }

    @Test
    void openingAnXliffSavesToItself() throws IOException {
        EditorViewModel editor = editor();
        editor.open(seed);
        editor.save();
        Path xlf = dir.resolve(seed.getFileName() + ".xlf");

        EditorViewModel onXliff = editor();
        onXliff.open(xlf);
        onXliff.editor().textProperty().set("im XLIFF");
        onXliff.save();

        assertEquals(xlf, onXliff.session().orElseThrow().workFile());
        assertTrue(Files.readString(xlf).contains("im XLIFF"));
        assertFalse(Files.exists(dir.resolve(xlf.getFileName() + ".xlf")));
    }

    @Test
    void glossaryTermsOfTheSegmentAreShownAndInsertedAtTheCaret() {
        EditorViewModel editor = editor();
        editor.open(seed);
        int title = indexOf(editor, "EU and NATO sign joint call for cooperation amid Ukraine war");
        editor.select(title);

        List<GlossaryPanelViewModel.TermRow> terms = editor.glossary().terms();
        assertEquals(List.of("EU", "NATO", "Ukraine"), terms.stream().map(GlossaryPanelViewModel.TermRow::term).toList());
        assertTrue(editor.editor().sourcePieces().stream()
                .anyMatch(p -> p.kind() == SourcePiece.Kind.TERM && p.text().equals("NATO") && p.termNumber() == 2));
        editor.editor().textProperty().set("Die  unterzeichnen");
        int caret = editor.insertTerm(2, 4);
        assertEquals("Die NATO unterzeichnen", editor.editor().text());
        assertEquals(8, caret);
        assertEquals(8, editor.insertTerm(7, 8), "no 7th term: nothing happens");
    }

    @Test
    void qaFindingsOfTheCurrentSegmentFollowTyping() {
        EditorViewModel editor = editor();
        editor.open(seed);
        editor.select(indexOf(editor, "January 10, 2023"));
        scheduler.runPending();

        editor.editor().textProperty().set("10. Januar 2024");
        assertTrue(editor.qa().segmentFindings().isEmpty() || editor.qa().segmentFindings().stream()
                .noneMatch(f -> f.check().equals("number-mismatch")), "checked only after the typing pause");
        scheduler.runPending();

        assertTrue(editor.qa().segmentFindings().stream().anyMatch(f -> f.check().equals("number-mismatch")),
                editor.qa().segmentFindings().toString());
        assertTrue(editor.qa().fileFindings().stream().anyMatch(f -> f.check().equals("number-mismatch")
                && editor.rowOf(f.finding()).orElseThrow() == editor.currentIndex()));
    }

    @Test
    void theFileListShowsIssuesOfTranslatedSegmentsOnOpening() {
        EditorViewModel first = editor();
        first.open(seed);
        first.select(indexOf(first, "January 10, 2023"));
        first.editor().textProperty().set("10. Januar 2024");
        first.save();

        EditorViewModel editor = editor();
        editor.open(seed);

        assertTrue(editor.qa().fileFindings().stream().anyMatch(f -> f.check().equals("number-mismatch")),
                editor.qa().fileFindings() + " " + editor.qa().summaryProperty().get());
        assertTrue(editor.qa().fileFindings().stream().noneMatch(f -> f.check().equals("empty-target")),
                "untranslated segments are not issues while translating");
    }

    static int indexOf(EditorViewModel editor, String source) {
        for (int i = 0; i < editor.rows().size(); i++) if (editor.rows().get(i).sourceText().equals(source)) return i;
        throw new AssertionError("no segment " + source + " in " + editor.rows());
    }
}
