package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repetitions across the documents of a project: counted in the grid, filled into the files that are not open. */
class ProjectRepetitionsTest {

    @TempDir
    Path dir;

    static final Function<Path, Document> LOADER = path -> Documents.open(path, new ExtractOptions("en", "de"));

    /** "Read more." ×2 and "Other." in the open document. */
    private Path open() throws IOException {
        return xliff("open.xlf", List.of(
                EditorViewModelTest.unit("u1", new Segment("s1", Content.of("Read more."))),
                EditorViewModelTest.unit("u2", new Segment("s1", Content.of("Other."))),
                EditorViewModelTest.unit("u3", new Segment("s1", Content.of("Read more.")))));
    }

    /** "Read more." ×2 (untranslated) and "Only here." */
    private Path second() throws IOException {
        return xliff("second.xlf", List.of(
                EditorViewModelTest.unit("a1", new Segment("s1", Content.of("Read more."))),
                EditorViewModelTest.unit("a2", new Segment("s1", Content.of("Only here."))),
                EditorViewModelTest.unit("a3", new Segment("s1", Content.of("Read more.")))));
    }

    /** "Read more." typed by the translator, "Read more." untranslated, "Other." */
    private Path third() throws IOException {
        return xliff("third.xlf", List.of(
                EditorViewModelTest.unit("b1", new Segment("s1", Content.of("Read more."),
                        Optional.of(Content.of("Weiterlesen!")), SegmentState.TRANSLATED)),
                EditorViewModelTest.unit("b2", new Segment("s1", Content.of("Read more."))),
                EditorViewModelTest.unit("b3", new Segment("s1", Content.of("Other.")))));
    }

    private Path xliff(String name, List<org.glossa.core.model.Unit> units) throws IOException {
        Document doc = new Document(name.replace(".xlf", ".txt"), org.glossa.core.model.Format.TEXT, "en",
                Optional.of("de"), units, Optional.empty());
        Path file = dir.resolve(name);
        XliffWriter.write(doc, XliffVersion.V2_1, file);
        return file;
    }

    /** Reads with {@link #LOADER}; right after the editor's second read of {@code file}, another writer saves it. */
    private static final class ChangedAfterSecondRead implements Function<Path, Document> {
        private final Path file;
        private final Runnable otherWriter;
        private final AtomicInteger reads = new AtomicInteger();

        ChangedAfterSecondRead(Path file, Runnable otherWriter) {
            this.file = file;
            this.otherWriter = otherWriter;
        }

        @Override
        public Document apply(Path path) {
            Document doc = LOADER.apply(path);
            if (path.equals(file) && reads.incrementAndGet() == 2) otherWriter.run();
            return doc;
        }

        /** How often {@code file} was read. */
        int reads() {
            return reads.get();
        }
    }

    private EditorViewModel editor(Function<Path, Document> loader) {
        return new EditorViewModel(loader, Resources.NONE, Async.DIRECT, Scheduler.NONE);
    }

    /** Opens the document with {@code others} as the project's other documents and confirms "Read more." as "Mehr lesen." */
    private EditorViewModel confirmReadMore(Function<Path, Document> loader, Path... others) throws IOException {
        EditorViewModel vm = editor(loader);
        vm.useProjectRepetitions(List.of(others));
        vm.open(open());
        vm.select(0);
        vm.editor().textProperty().set("Mehr lesen.");
        vm.confirm();
        return vm;
    }

    private static List<String> targets(Path file) throws IOException {
        return XliffReader.read(file).get(0).segments().stream()
                .map(s -> s.target().map(Content::plainText).orElse("")).toList();
    }

    @Test
    void theRepetitionColumnCountsTheOtherDocumentsOfTheProject() throws IOException {
        EditorViewModel vm = editor(LOADER);
        vm.useProjectRepetitions(List.of(second(), third()));
        vm.open(open());
        assertEquals(List.of("×2 +4", "+1", "×2 +4"), vm.rows().stream().map(SegmentRow::repetition).toList());

        EditorViewModel alone = editor(LOADER);
        alone.open(open());
        assertEquals(List.of("×2", "", "×2"), alone.rows().stream().map(SegmentRow::repetition).toList(),
                "outside a project: this document only");
    }

    @Test
    void confirmingFillsTheUntranslatedRepetitionsOfTheOtherFilesMarkedAsPropagated() throws IOException {
        Path second = second();
        Path third = third();
        EditorViewModel vm = confirmReadMore(LOADER, second, third);

        assertEquals("Mehr lesen.", vm.rows().get(2).targetText(), "this document's repetition, as before");
        assertEquals(List.of("Mehr lesen.", "", "Mehr lesen."), targets(second));
        assertEquals(List.of("Weiterlesen!", "Mehr lesen.", ""), targets(third), "a typed translation is never replaced");
        assertEquals("Filled 3 repetitions of segment 1 in 2 other files of the project", vm.message());
        Document saved = XliffReader.read(second).get(0);
        assertEquals(List.of(SegmentState.TRANSLATED, SegmentState.INITIAL, SegmentState.TRANSLATED),
                saved.segments().stream().map(Segment::state).toList());

        EditorViewModel reopened = editor(LOADER);
        reopened.open(second);
        assertEquals(List.of("×2 auto", "", "×2 auto"), reopened.rows().stream().map(SegmentRow::repetition).toList(),
                "marked as propagated in the file");

        vm.select(0);
        vm.editor().textProperty().set("Weiterlesen.");
        vm.confirm();
        assertEquals(List.of("Weiterlesen.", "", "Weiterlesen."), targets(second), "an untouched propagated one follows");
        assertEquals(List.of("Weiterlesen!", "Weiterlesen.", ""), targets(third));
    }

    @Test
    void aFileChangedOnDiskWhileBeingFilledIsReadAgainNotOverwritten() throws IOException {
        Path second = second();
        ChangedAfterSecondRead otherToolSavesOnce =
                new ChangedAfterSecondRead(second, () -> saveOnlyHere(second, "Nur hier."));
        confirmReadMore(otherToolSavesOnce, second);
        assertEquals(List.of("Mehr lesen.", "Nur hier.", "Mehr lesen."), targets(second),
                "the other tool's change is kept, the repetitions filled over it");
        assertEquals(3, otherToolSavesOnce.reads(), "counted, read, changed meanwhile, read again");
    }

    @Test
    void aFileThatKeepsChangingOrHasUnsavedWorkIsLeftAsItIsAndNamed() throws IOException {
        Path second = second();
        Path third = third();
        AtomicInteger version = new AtomicInteger();
        Function<Path, Document> busy = path -> {
            Document doc = LOADER.apply(path);
            if (path.equals(second)) saveOnlyHere(second, "Nur hier " + version.incrementAndGet() + ".");
            return doc;
        };
        Files.copy(third, DocumentSession.recoveryFileOf(third));
        Files.setLastModifiedTime(DocumentSession.recoveryFileOf(third), FileTime.from(Instant.now().plusSeconds(60)));
        byte[] thirdBefore = Files.readAllBytes(third);

        EditorViewModel vm = confirmReadMore(busy, second, third);

        assertEquals(List.of("", "Nur hier " + version.get() + ".", ""), targets(second), "the other writer's last version");
        assertArrayEquals(thirdBefore, Files.readAllBytes(third));
        assertEquals("not filled: second.xlf changed on disk while it was being filled; it is left as it is; third.xlf"
                + " has unsaved work in its autosave .third.xlf.glossa-autosave.xlf; it is left as it is (open it to go on)",
                vm.message());
    }

    @Test
    void aFillGivesWayToATranslationSavedIntoTheFileWhileItWasFilledAndCountsOnlyWhatItKept() throws IOException {
        Path second = second();
        ChangedAfterSecondRead otherToolTranslatesIt =
                new ChangedAfterSecondRead(second, () -> saveTranslation(second, 0, "Weiterlesen!"));
        EditorViewModel vm = confirmReadMore(otherToolTranslatesIt, second);
        assertEquals(List.of("Weiterlesen!", "", "Mehr lesen."), targets(second),
                "the other tool's translation stays, the untouched repetition is filled");
        assertEquals("Filled 1 repetition of segment 1 in 1 other file of the project", vm.message());
        assertEquals(3, otherToolTranslatesIt.reads(), "counted, read to fill, read again by the save to merge");
    }

    @Test
    void aSaveOverAChangedFileItCannotReadKeepsThatVersionAsideAndSaysSo() throws IOException {
        Path second = second();
        EditorViewModel window = otherWindow(second, 1, "Nur hier.");
        byte[] broken = "<xliff version=\"2.1\"><file".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(dir.resolve("broken.tmp"), broken);
        Files.move(dir.resolve("broken.tmp"), second, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertTrue(window.save());
        assertEquals(List.of("", "Nur hier.", ""), targets(second), "the window's work is saved");
        assertArrayEquals(broken, Files.readAllBytes(dir.resolve("second.xlf.unreadable")), "the other version kept");
        assertTrue(window.message().startsWith("Saved second.xlf at "), window.message());
        assertTrue(window.message().contains("; the file had been changed on disk and could not be read ("),
                window.message());
        assertTrue(window.message().endsWith("): that version is kept as second.xlf.unreadable"), window.message());

        Files.write(dir.resolve("broken.tmp"), broken);
        Files.move(dir.resolve("broken.tmp"), second, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        type(window, 1, "Nur hier!");
        assertTrue(window.save());
        assertArrayEquals(broken, Files.readAllBytes(dir.resolve("second.xlf.unreadable-2")), "never over a kept copy");
        assertEquals(List.of("", "Nur hier!", ""), targets(second));
    }

    // ---- a file open in another window (decision 0038) ----

    /** Another window with {@code file} open, "Only here." translated as {@code translation} (not saved). */
    private EditorViewModel otherWindow(Path file, int row, String translation) {
        EditorViewModel other = editor(LOADER);
        other.open(file);
        type(other, row, translation);
        return other;
    }

    private static void type(EditorViewModel window, int row, String translation) {
        window.select(row);
        window.editor().textProperty().set(translation);
        window.confirm();
    }

    private static List<String> shown(EditorViewModel window) {
        return window.rows().stream().map(SegmentRow::targetText).toList();
    }

    @Test
    void aFillIntoAFileOpenInAnotherWindowIsKeptWhenThatWindowSavesAfterIt() throws IOException {
        Path second = second();
        EditorViewModel other = otherWindow(second, 1, "Nur hier.");
        assertEquals(List.of("", "", ""), targets(second), "the other window's work is not saved yet");

        confirmReadMore(LOADER, second);
        assertEquals(List.of("Mehr lesen.", "", "Mehr lesen."), targets(second), "filled on disk");

        assertTrue(other.save());
        assertEquals(List.of("Mehr lesen.", "Nur hier.", "Mehr lesen."), targets(second), "the fill and the window's work");
        assertEquals(List.of("Mehr lesen.", "Nur hier.", "Mehr lesen."), shown(other), "the window shows the fill");
        assertTrue(other.message().endsWith("; kept 2 changes saved into the file meanwhile (another window, or"
                + " repetitions filled from another document)"), other.message());
        EditorViewModel reopened = editor(LOADER);
        reopened.open(second);
        assertEquals(List.of("×2 auto", "", "×2 auto"), reopened.rows().stream().map(SegmentRow::repetition).toList(),
                "still marked as propagated");

        type(other, 1, "Nur hier!"); // a later save of the window keeps the fill too
        assertTrue(other.save());
        assertEquals(List.of("Mehr lesen.", "Nur hier!", "Mehr lesen."), targets(second));
        assertTrue(other.message().startsWith("Saved second.xlf at ") && !other.message().contains("kept"),
                other.message());
    }

    @Test
    void aFillIntoAFileOpenInAnotherWindowIsKeptWhenThatWindowSavedBeforeAndSavesAgain() throws IOException {
        Path second = second();
        EditorViewModel other = otherWindow(second, 1, "Nur hier.");
        assertTrue(other.save());
        assertEquals(List.of("", "Nur hier.", ""), targets(second));

        confirmReadMore(LOADER, second);
        assertEquals(List.of("Mehr lesen.", "Nur hier.", "Mehr lesen."), targets(second));

        type(other, 1, "Nur hier!");
        assertTrue(other.save());
        assertEquals(List.of("Mehr lesen.", "Nur hier!", "Mehr lesen."), targets(second));
        assertEquals(List.of("Mehr lesen.", "Nur hier!", "Mehr lesen."), shown(other));
    }

    @Test
    void aSegmentTheOtherWindowTranslatedKeepsItsTranslationInEitherOrderOfSaves() throws IOException {
        Path fillFirst = second();
        EditorViewModel other = otherWindow(fillFirst, 0, "Weiterlesen.");
        confirmReadMore(LOADER, fillFirst);
        assertEquals(List.of("Weiterlesen.", "", "Weiterlesen."), shown(other), "its own repetition propagated");
        assertTrue(other.save());
        // the typed one is the window's, the propagated one gives way to the later fill, as a confirmation's would
        assertEquals(List.of("Weiterlesen.", "", "Mehr lesen."), targets(fillFirst));
        assertTrue(other.message().endsWith("; kept 1 change saved into the file meanwhile (another window, or"
                + " repetitions filled from another document); 1 segment changed both here and in the file: yours"
                + " saved"), other.message());

        Files.delete(fillFirst);
        Path saveFirst = second();
        EditorViewModel again = otherWindow(saveFirst, 0, "Weiterlesen.");
        assertTrue(again.save());
        confirmReadMore(LOADER, saveFirst);
        assertEquals(List.of("Weiterlesen.", "", "Mehr lesen."), targets(saveFirst), "the same as the other order");
    }

    @Test
    void twoSessionsOnOneFileKeepEachOthersSavedWork() throws IOException {
        Path second = second();
        DocumentSession one = DocumentSession.open(second, LOADER);
        DocumentSession two = DocumentSession.open(second, LOADER);
        one.update(0, one.segment(0, "s1").withTarget(Content.of("Mehr lesen."), SegmentState.TRANSLATED));
        two.update(1, two.segment(1, "s1").withTarget(Content.of("Nur hier."), SegmentState.TRANSLATED));
        one.save();
        two.save();
        assertEquals(List.of("Mehr lesen.", "Nur hier.", ""), targets(second));
        assertEquals(java.util.Set.of(0), two.lastMerge().taken());
        assertEquals(List.of("Mehr lesen.", "Nur hier.", ""), two.document().segments().stream()
                .map(s -> s.target().map(Content::plainText).orElse("")).toList(), "the session has both");
        one.update(2, one.segment(2, "s1").withTarget(Content.of("Mehr lesen!"), SegmentState.TRANSLATED));
        one.save();
        assertEquals(List.of("Mehr lesen.", "Nur hier.", "Mehr lesen!"), targets(second));
        assertEquals(0, one.lastMerge().conflicts());
    }

    /** Another tool saves {@code file} with a translation of "Only here." */
    private static void saveOnlyHere(Path file, String translation) {
        saveTranslation(file, 1, translation);
    }

    /** Another tool saves {@code file} with {@code translation} in unit {@code index}. */
    private static void saveTranslation(Path file, int index, String translation) {
        try {
            Document doc = XliffReader.read(file).get(0);
            List<org.glossa.core.model.Unit> units = new java.util.ArrayList<>(doc.units());
            org.glossa.core.model.Unit u = units.get(index);
            units.set(index, u.withSegment(u.segments().get(0).withTarget(Content.of(translation),
                    SegmentState.TRANSLATED)));
            XliffWriter.write(doc.withUnits(units), XliffVersion.V2_1, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
