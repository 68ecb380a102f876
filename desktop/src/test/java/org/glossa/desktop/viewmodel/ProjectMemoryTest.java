package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.tm.MatchKind;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TranslationUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Confirmed segments go to PROJECT/memories/project.tmx, in the background, and are found at once. */
class ProjectMemoryTest {

    static final String DATE = "January 10, 2023";

    @TempDir
    Path dir;

    @Test
    void anEntryIsFoundAtOnceAndWrittenByTheWriter() throws IOException {
        ManualAsync writer = new ManualAsync();
        ProjectMemory memory = new ProjectMemory(dir.resolve("memories/project.tmx"), "en", "de", writer);

        memory.add(confirmed("u1", "Storm closes the harbour", "Sturm schließt den Hafen", Optional.empty()),
                message -> { throw new AssertionError(message); });

        List<TmMatch> found = memory.lookup(Content.of("Storm closes the harbour"), Optional.empty());
        assertEquals(1, found.size());
        assertEquals(100, found.get(0).score());
        assertEquals("Sturm schließt den Hafen", found.get(0).target().plainText());
        assertEquals("project.tmx", found.get(0).origin());
        assertFalse(Files.exists(memory.file()), "written in the background, not on the calling thread");

        writer.runAll();

        List<TranslationUnit> units = units(memory.file());
        assertEquals(1, units.size());
        assertEquals("article.html:u1/s1", units.get(0).tuid());
        assertEquals("Sturm schließt den Hafen", units.get(0).variant("de").orElseThrow().content().plainText());
    }

    @Test
    void confirmingAgainReplacesTheEntryAndOtherUnitsAreKept() throws IOException {
        ManualAsync writer = new ManualAsync();
        ProjectMemory memory = new ProjectMemory(dir.resolve("project.tmx"), "en", "de", writer);
        memory.add(confirmed("u1", "One.", "Eins.", Optional.empty()), m -> { });
        memory.add(confirmed("u2", "Two.", "Zwei.", Optional.of(Content.of("One."))), m -> { });
        writer.runAll();

        ProjectMemory later = new ProjectMemory(dir.resolve("project.tmx"), "en", "de", writer);
        later.add(confirmed("u1", "One.", "Eins!", Optional.empty()), m -> { });
        writer.runAll();

        List<TranslationUnit> units = units(dir.resolve("project.tmx"));
        assertEquals(List.of("article.html:u2/s1", "article.html:u1/s1"), units.stream().map(TranslationUnit::tuid).toList());
        assertEquals("Eins!", units.get(1).variant("de").orElseThrow().content().plainText());
        assertTrue(units.get(0).properties().stream()
                .anyMatch(p -> p.type().equals(TmImport.CONTEXT_PROP) && p.value().equals("One.")),
                "the previous source is kept for context matches");
    }

    @Test
    void manyConfirmationsBeforeTheWriterRunsAreOneWrite() throws IOException {
        ManualAsync writer = new ManualAsync();
        ProjectMemory memory = new ProjectMemory(dir.resolve("project.tmx"), "en", "de", writer);
        for (int i = 1; i <= 5; i++) memory.add(confirmed("u" + i, "Sentence " + i + ".", "Satz " + i + ".",
                Optional.empty()), m -> { });

        assertEquals(5, memory.writePending());
        assertEquals(0, memory.writePending(), "the queued tasks find nothing left");
        assertEquals(5, units(dir.resolve("project.tmx")).size());
    }

    @Test
    void theSessionsEntriesComeBeforeTheFilesAndAStaleEntryOfTheSameSegmentIsHidden() {
        ProjectMemory memory = new ProjectMemory(dir.resolve("project.tmx"), "en", "de", new ManualAsync());
        memory.add(confirmed("u1", "One.", "Eins!", Optional.of(Content.of("Zero."))), m -> { });
        MatchLookup files = (source, previous) -> List.of(
                new TmMatch(100, MatchKind.EXACT, Content.of("One."), Content.of("Eins."), "article.html:u1/s1", "project.tmx"),
                new TmMatch(100, MatchKind.EXACT, Content.of("One."), Content.of("Ein."), "x", "dw.tmx"),
                new TmMatch(80, MatchKind.FUZZY, Content.of("One!"), Content.of("Eins?"), "y", "dw.tmx"));

        List<TmMatch> found = memory.before(files).lookup(Content.of("One."), Optional.of(Content.of("Zero.")));

        assertEquals(List.of("101 Eins!", "100 Ein.", "80 Eins?"),
                found.stream().map(m -> m.score() + " " + m.target().plainText()).toList());
    }

    @Test
    void anEntryScoresTheSameNowAndAfterReopening() throws IOException {
        ManualAsync writer = new ManualAsync();
        ProjectMemory memory = new ProjectMemory(dir.resolve("project.tmx"), "en", "de", writer);
        memory.add(confirmed("u1", "Storm closes the harbour.", "Sturm schließt den Hafen.",
                Optional.of(Content.of("Heavy  rain."))), m -> { });
        memory.add(confirmed("u2", "Storm closes the harbour again.", "Sturm schließt den Hafen wieder.",
                Optional.empty()), m -> { });
        writer.runAll();
        Optional<Content> previous = Optional.of(Content.of("heavy rain."));
        for (String text : List.of("Storm closes the harbour.", "Storm closes the harbours.")) {
            List<String> now = described(memory.lookup(Content.of(text), previous));
            try (TranslationMemory reopened = TranslationMemory.open(List.of(memory.file()), "en", "de")) {
                List<String> later = described(reopened.lookup(Content.of(text), previous, MatchLookup.MIN_SCORE,
                        MatchLookup.MAX_MATCHES));
                assertEquals(later, now, text);
            }
        }
        assertEquals(101, memory.lookup(Content.of("Storm closes the harbour."), previous).get(0).score());
    }

    private static List<String> described(List<TmMatch> matches) {
        return matches.stream().map(m -> m.score() + " " + m.kind() + " " + m.target().plainText() + " " + m.tuid()
                + " " + m.origin()).toList();
    }

    @Test
    void theEditorSendsConfirmedSegmentsToTheProjectMemory() throws IOException {
        ProjectViewModel project = ProjectViewModelTest.projectWithSeed(dir.resolve("p"));
        Path xliff = project.prepare(project.sources().get(0).file());
        ManualAsync writer = new ManualAsync();
        EditorViewModel editor = new EditorViewModel(SessionRecoveryTest.LOADER, project.resources(), Async.DIRECT,
                writer, new ManualScheduler());
        editor.useProjectMemory(Optional.of(project.memory(writer)));
        editor.open(xliff);
        int date = SessionRecoveryTest.indexOf(editor, DATE);
        editor.select(date);
        editor.editor().textProperty().set("10. Januar 2023");

        editor.confirm();
        editor.select(date);

        assertTrue(editor.memory().matches().stream()
                        .anyMatch(m -> m.score() >= 100 && m.target().equals("10. Januar 2023")),
                "the memory panel finds the new entry at once: " + editor.memory().matches());
        writer.runAll();
        List<TranslationUnit> units = units(project.memoryFile());
        assertEquals(1, units.size());
        assertEquals(DATE, units.get(0).variant("en").orElseThrow().content().plainText());
        assertEquals("10. Januar 2023", units.get(0).variant("de").orElseThrow().content().plainText());

        ProjectViewModel reopened = new ProjectViewModel();
        reopened.open(dir.resolve("p"));
        assertTrue(reopened.resources().memories().contains(project.memoryFile()), "read back in the next session");
    }

    private static ConfirmedSegment confirmed(String unit, String source, String target, Optional<Content> previous) {
        return new ConfirmedSegment("article.html", unit, "s1", Content.of(source), Content.of(target), previous,
                "en", "de");
    }

    private static List<TranslationUnit> units(Path tmx) throws IOException {
        try (TmxReader reader = TmxReader.open(tmx)) {
            return reader.units().toList();
        }
    }
}
