package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.model.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor on a server (in RAM here; {@code ServerEditorTest} uses the real one): confirmations go to the write
 * queue, a colleague's unit event refreshes the memory panel, a termbase event re-marks the terms and re-runs QA.
 */
class ServerLinkTest {

    @TempDir
    Path dir;

    final FakeServerMemory memory = new FakeServerMemory("news");
    final FakeTermbase termbase = new FakeTermbase("dw");
    final FakeEvents events = new FakeEvents();
    final ManualAsync sender = new ManualAsync();
    final ManualAsync listener = new ManualAsync();
    final ClockScheduler clock = new ClockScheduler();

    EditorViewModel editor() {
        EditorViewModel editor = new EditorViewModel(path -> {
            throw new UnsupportedOperationException();
        }, Resources.NONE, Async.DIRECT, Async.DIRECT, clock);
        editor.load(EditorViewModelTest.fourSegments());
        editor.connect(new ServerResources(List.of(memory), List.of(termbase), Optional.of(events)), dir, sender,
                listener);
        return editor;
    }

    @Test
    void aConfirmedSegmentGoesToTheServerAndTheStatusBarSaysSo() {
        EditorViewModel editor = editor();
        assertEquals("server: connecting… · writing to news · 0 pending", editor.serverStatusProperty().get());
        events.connects();
        listener.finish(0);
        assertEquals("server: connected · writing to news · 0 pending", editor.serverStatusProperty().get());

        editor.editor().textProperty().set("Zwei.");
        editor.confirm();
        assertEquals("server: connected · writing to news · 1 pending", editor.serverStatusProperty().get());
        sender.runAll();

        assertEquals(List.of("Zwei."), memory.targets());
        assertEquals("four.txt:u2/s1", memory.units.keySet().iterator().next());
        assertEquals("server: connected · writing to news · 0 pending", editor.serverStatusProperty().get());
    }

    @Test
    void confirmationsGoToTheWorkingMemoryAloneAndReferenceMemoriesAreLookedUpOnly() {
        FakeServerMemory archive = new FakeServerMemory("archive");
        archive.units.put("old.txt:u1/s1", new ConfirmedSegment("old.txt", "u1", "s1", Content.of("Two."),
                Content.of("Zwei (Archiv)."), Optional.empty(), "en", "de"));
        EditorViewModel editor = new EditorViewModel(path -> {
            throw new UnsupportedOperationException();
        }, Resources.NONE, Async.DIRECT, Async.DIRECT, clock);
        editor.load(EditorViewModelTest.fourSegments());
        ServerLink link = editor.connect(new ServerResources(List.of(memory, archive), List.of(), Optional.of(events)),
                dir, sender, listener);
        events.connects();
        listener.finish(0);
        assertEquals("server: connected · writing to news · 0 pending", editor.serverStatusProperty().get(),
                "the status bar names the working memory");
        assertEquals(memory.location(), link.queue().orElseThrow().server().location());
        clock.advance(ServerLink.REFRESH_DELAY);
        assertEquals(List.of("archive"), editor.memory().matches().stream().map(TmPanelViewModel.MatchRow::origin)
                .toList(), "the reference memory is looked up");

        editor.editor().textProperty().set("Zwei.");
        editor.confirm();
        sender.runAll();
        assertEquals(List.of("Zwei."), memory.targets(), "written to the working memory");
        assertEquals(List.of("Zwei (Archiv)."), archive.targets(), "the reference memory is not written to");
        assertTrue(archive.requests.isEmpty());
    }

    @Test
    void whenTheStreamDropsTheServerIsAwayAndConfirmationsAreQueuedUntilItIsBack() {
        EditorViewModel editor = editor();
        memory.away = true;
        events.fails();
        listener.finish(0);
        assertEquals("server away, 0 confirmations queued for news", editor.serverStatusProperty().get());

        editor.editor().textProperty().set("Zwei.");
        editor.confirm();
        sender.runAll();
        editor.editor().textProperty().set("Vier.");
        editor.confirm();
        assertEquals("server away, 2 confirmations queued for news", editor.serverStatusProperty().get());

        memory.away = false;
        events.connects();
        clock.advance(Duration.ofSeconds(1)); // the stream is tried again
        listener.finish(0);
        sender.runAll();
        assertEquals(List.of("Zwei.", "Vier."), memory.targets());
        assertEquals("server: connected · writing to news · 0 pending", editor.serverStatusProperty().get());
    }

    @Test
    void aColleaguesUnitShowsInTheMemoryPanelWhenItsEventArrives() {
        EditorViewModel editor = editor();
        assertEquals(1, editor.currentIndex());
        assertEquals(List.of(), editor.memory().matches());

        // a colleague confirms "Two." on another machine
        memory.units.put("other.txt:u9/s1", new ConfirmedSegment("other.txt", "u9", "s1", Content.of("Two."),
                Content.of("Zwei (Kollegin)."), Optional.empty(), "en", "de"));
        events.unitsOf("news");
        listener.finish(0);
        assertEquals(List.of(), editor.memory().matches(), "looked up again once the burst of events is over");
        clock.advance(ServerLink.REFRESH_DELAY);

        assertEquals(1, editor.memory().matches().size());
        assertEquals("Zwei (Kollegin).", editor.memory().matches().get(0).target());
        assertEquals("news", editor.memory().matches().get(0).origin());
    }

    @Test
    void theServerTermbaseIsMarkedAndCheckedAndItsChangesAreFollowed() {
        termbase.glossary = glossary("Two", "Zwei");
        EditorViewModel editor = editor();
        assertEquals(List.of("Zwei"), editor.glossary().terms().stream().map(GlossaryPanelViewModel.TermRow::targets)
                .toList());

        editor.editor().textProperty().set("Zwei.");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(editor.qa().segmentFindings().stream().noneMatch(f -> f.check().startsWith("term-")),
                editor.qa().segmentFindings().toString());

        termbase.glossary = glossary("Two", "Zwo"); // the terminologist changes the termbase
        events.termbaseChanged("dw");
        listener.finish(0);

        assertEquals(List.of("Zwo"), editor.glossary().terms().stream().map(GlossaryPanelViewModel.TermRow::targets)
                .toList());
        assertTrue(editor.qa().segmentFindings().stream().anyMatch(f -> f.check().equals("term-missing")),
                editor.qa().segmentFindings().toString());
    }

    static Glossary glossary(String source, String target) {
        return new Glossary("dw", List.of(new Concept("c1", Optional.empty(), Optional.empty(), false,
                List.of(new Term(source, "en"), new Term(target, "de")))));
    }

    /** A termbase in RAM. */
    static final class FakeTermbase implements ServerTermbase {
        private final String name;
        Glossary glossary = new Glossary("empty", List.of());

        FakeTermbase(String name) {
            this.name = name;
        }

        @Override
        public URI location() {
            return URI.create("http://127.0.0.1:8080/termbases/" + name);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Glossary read() {
            return glossary;
        }
    }

    /** Events the test hands out one {@link #next()} at a time (through the listener {@link ManualAsync}). */
    static final class FakeEvents implements ServerEvents {
        private final Deque<Object> coming = new ArrayDeque<>();

        void connects() {
            coming.add(List.of(new Change(Kind.CONNECTED, "")));
        }

        void unitsOf(String memory) {
            coming.add(List.of(new Change(Kind.UNITS, memory)));
        }

        void termbaseChanged(String termbase) {
            coming.add(List.of(new Change(Kind.TERMBASE, termbase)));
        }

        void fails() {
            coming.add(new ConnectException("Connection refused"));
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Change> next() throws IOException {
            Object next = coming.remove();
            if (next instanceof IOException e) throw e;
            return (List<Change>) next;
        }

        @Override
        public void close() {
            coming.clear();
        }
    }
}
