package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Note;
import org.glossa.core.xliff.XliffReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, comfort: the current unit's notes and size limit in the editor, without a window. The file is a software
 * string export in XLIFF 1.2 with a developer's note and a 12-character {@code maxwidth}.
 */
class NotesAndLimitsTest {
    static final Path MENU = Path.of("..", "core", "src", "test", "resources", "notes-limits", "menu-12.xlf");

    @TempDir
    Path dir;

    private EditorViewModel open(Path file, ManualScheduler pause) {
        EditorViewModel vm = new EditorViewModel(path -> Documents.open(path, new ExtractOptions("en", "de")),
                Resources.NONE, Async.DIRECT, pause);
        vm.open(file);
        vm.select(0);
        return vm;
    }

    @Test
    void theCountsShowUsedAndLimitAndQaFlagsATargetOverIt() throws IOException {
        ManualScheduler pause = new ManualScheduler();
        EditorViewModel vm = open(Files.copy(MENU, dir.resolve("menu.xlf")), pause);
        assertEquals("Source 2 words, 12 characters · Target 0 words, 0 characters · Limit 0 / 12 characters",
                vm.counts().text());
        assertFalse(vm.counts().overLimit());

        vm.editor().textProperty().set("Speichern");
        pause.runPending();
        assertTrue(vm.counts().text().endsWith("· Limit 9 / 12 characters"), vm.counts().text());
        assertFalse(vm.counts().overLimit());
        assertTrue(vm.qa().segmentFindings().stream().noneMatch(f -> f.check().equals("size-limit")));

        vm.editor().textProperty().set("Änderungen speichern");
        pause.runPending();
        assertTrue(vm.counts().text().endsWith("· Limit 20 / 12 characters (8 over)"), vm.counts().text());
        assertTrue(vm.counts().overLimit());
        List<QaPanelViewModel.FindingRow> limit = vm.qa().segmentFindings().stream()
                .filter(f -> f.check().equals("size-limit")).toList();
        assertEquals(1, limit.size(), vm.qa().segmentFindings()::toString);
        assertEquals("error", limit.get(0).severity());
        assertEquals("The target has 20 characters, 8 over the limit of 12 characters", limit.get(0).message());

        vm.select(1); // "Quit": 80 pixels, not counted in characters
        assertEquals("Source 1 word, 4 characters · Target 1 word, 7 characters", vm.counts().text());
        assertFalse(vm.counts().overLimit());
    }

    @Test
    void othersNotesAreShownAndTheOwnNoteIsSavedIntoTheFile() throws IOException {
        Path file = Files.copy(MENU, dir.resolve("menu.xlf"));
        ManualScheduler pause = new ManualScheduler();
        EditorViewModel vm = open(file, pause);
        NotesViewModel notes = vm.notes();
        assertEquals(List.of(new NotesViewModel.NoteRow("developer · on the source · priority 2",
                "Menu item: the menu is 12 characters wide.")), notes.others());
        assertEquals("", notes.ownNote());
        assertEquals("Notes (1)", notes.titleProperty().get());
        assertTrue(notes.editableProperty().get());

        vm.editor().textProperty().set("Speichern");
        notes.setOwnNote("Kurzform, passt ins Menü");
        assertTrue(vm.unsavedProperty().get());
        assertEquals("Notes (2)", notes.titleProperty().get());
        assertEquals(List.of(new NotesViewModel.NoteRow("developer · on the source · priority 2",
                "Menu item: the menu is 12 characters wide.")), notes.others(), "the own note is not among the others");

        vm.undo(); // the target edit goes back, the note stays
        assertEquals(List.of(Note.own("Kurzform, passt ins Menü")),
                vm.session().orElseThrow().unit(0).notes().stream().filter(Note::isOwn).toList());

        vm.select(2);
        assertEquals(List.of(new NotesViewModel.NoteRow("Note", "Keep \"app\" informal.")), notes.others());
        assertEquals("", notes.ownNote());
        vm.select(0);
        assertEquals("Kurzform, passt ins Menü", notes.ownNote());

        assertTrue(vm.save());
        String saved = Files.readString(file);
        assertTrue(saved.contains("<note from=\"developer\" priority=\"2\" annotates=\"source\">Menu item: the menu is 12"
                + " characters wide.</note>\n        <note from=\"glossa-translator\">Kurzform, passt ins Menü</note>\n"
                + "        <x-app:context>File menu</x-app:context>"), saved);
        assertTrue(saved.contains("maxwidth=\"12\" size-unit=\"char\""));
        assertEquals("Kurzform, passt ins Menü", XliffReader.read(file).get(0).units().get(0).ownNote().orElseThrow().text());

        notes.setOwnNote("");
        assertTrue(vm.save());
        assertEquals(Files.readString(MENU), Files.readString(file), "the note removed again: the file as it was");
    }
}
