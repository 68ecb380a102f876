package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.io.GlossaryReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Glossary → Add Term…: the term goes into the glossary file and is recognised at once. */
class AddTermTest {

    static final String CORNERSTONE = "The principle of collective defense";

    @TempDir
    Path dir;
    Path seed;

    @BeforeEach
    void copySeed() throws IOException {
        seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
    }

    private EditorViewModel editor(List<Path> glossaries) {
        return new EditorViewModel(SessionRecoveryTest.LOADER, Resources.read(glossaries, List.of(), "en", "de"), Async.DIRECT,
                new ManualScheduler());
    }

    @Test
    void anAddedTermIsWrittenToTheTbxHighlightedListedAndChecked() throws IOException {
        Path tbx = Files.copy(SessionRecoveryTest.GLOSSARY, dir.resolve("dw-en-de.tbx"));
        int before = GlossaryReader.read(tbx).concepts().size();
        EditorViewModel editor = editor(List.of(tbx));
        editor.open(seed);
        int row = cornerstoneRow(editor);
        editor.select(row);
        editor.editor().textProperty().set("Das Prinzip der kollektiven Verteidigung ist die Grundlage des Bündnisses.");
        assertTrue(editor.glossary().terms().stream().noneMatch(t -> t.term().equals("cornerstone")));

        AddTermViewModel dialog = editor.newTerm(" the cornerstone.", "Eckpfeiler");
        assertEquals("the cornerstone", dialog.sourceProperty().get());
        dialog.sourceProperty().set("cornerstone");
        dialog.noteProperty().set("figurative");
        assertEquals("Adds to dw-en-de.tbx", dialog.destination());
        assertTrue(editor.addTerm(dialog.term().orElseThrow()));

        Glossary written = GlossaryReader.read(tbx);
        assertEquals(before + 1, written.concepts().size());
        Concept added = written.concepts().get(before);
        assertEquals(List.of("cornerstone/en", "Eckpfeiler/de"),
                added.terms().stream().map(t -> t.text() + "/" + t.language()).toList());
        assertEquals(Optional.of("figurative"), added.terms().get(1).note());
        assertTrue(Files.readString(tbx).contains("<tbx "), "still TBX 2019");

        assertTrue(editor.editor().sourcePieces().stream()
                .anyMatch(p -> p.kind() == SourcePiece.Kind.TERM && p.text().equals("cornerstone")));
        assertTrue(editor.glossary().terms().stream()
                .anyMatch(t -> t.term().equals("cornerstone") && t.insert().equals("Eckpfeiler")));
        assertTrue(editor.qa().segmentFindings().stream().anyMatch(f -> f.check().equals("term-missing")
                && f.message().contains("Eckpfeiler")), editor.qa().segmentFindings()::toString);
        assertTrue(editor.message().startsWith("Added “cornerstone” → “Eckpfeiler” to dw-en-de.tbx"),
                editor.message());
    }

    @Test
    void aCsvGlossaryStaysCsv() throws IOException {
        Path csv = Files.copy(Path.of("..", "glossaries", "dw-en-de.csv"), dir.resolve("dw-en-de.csv"));
        EditorViewModel editor = editor(List.of(csv));
        editor.open(seed);

        assertTrue(editor.addTerm(new NewTerm("cornerstone", "Eckpfeiler", Optional.empty())));

        String text = Files.readString(csv);
        assertTrue(text.startsWith("\uFEFFid,en,de,"), text.substring(0, 40));
        assertTrue(text.contains("\r\nglossa-"), "one new row");
        Glossary read = GlossaryReader.read(csv);
        assertEquals("Eckpfeiler", read.concepts().get(read.concepts().size() - 1).termsIn("de").get(0).text());
        assertTrue(read.concepts().stream().anyMatch(c -> c.id().equals("dw001")), "the old entries stay");
    }

    @Test
    void withoutAGlossaryANewOneIsCreatedBesideTheDocument() throws IOException {
        EditorViewModel editor = editor(List.of());
        editor.open(seed);
        editor.select(cornerstoneRow(editor));
        assertEquals("Creates glossary.tbx", editor.newTerm("cornerstone", "").destination());
        assertFalse(editor.newTerm("cornerstone", " ").validProperty().get(), "a target is needed");

        assertTrue(editor.addTerm(new NewTerm("cornerstone", "Eckpfeiler", Optional.empty())));
        assertTrue(editor.addTerm(new NewTerm("military alliance", "Militärbündnis", Optional.empty())));

        Glossary created = GlossaryReader.read(dir.resolve("glossary.tbx"));
        assertEquals(List.of("cornerstone", "military alliance"),
                created.concepts().stream().map(c -> c.termsIn("en").get(0)).map(Term::text).toList());
        assertEquals(List.of("cornerstone", "military alliance"),
                editor.glossary().terms().stream().map(GlossaryPanelViewModel.TermRow::term).toList());
        assertEquals("Adds to glossary.tbx", editor.newTerm("x", "y").destination());
    }

    @Test
    void aDocumentWithoutFileAndNoGlossaryCannotTakeTerms() {
        EditorViewModel editor = new EditorViewModel();
        editor.load(EditorViewModelTest.fourSegments());

        assertFalse(editor.addTerm(new NewTerm("Two", "Zwei", Optional.empty())));
        assertTrue(editor.message().startsWith("Could not add the term: no glossary file"), editor.message());
    }

    static int cornerstoneRow(EditorViewModel editor) {
        for (int i = 0; i < editor.rows().size(); i++) {
            if (editor.rows().get(i).sourceText().startsWith(CORNERSTONE)) return i;
        }
        throw new AssertionError("no segment " + CORNERSTONE);
    }

    @Test
    void selectionsAreCleanedIntoTerms() {
        assertEquals("joint declaration", AddTermViewModel.clean("  “joint\n declaration,” "));
        assertEquals("U.S.", AddTermViewModel.clean("U.S."));
        assertEquals("NATO", AddTermViewModel.clean("⟨1⟩NATO⟨/1⟩."));
    }
}
