package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The persisted write queue against a server memory in RAM: on disk before it is sent, retried with backoff while
 * the server is away, sent by the next session after a restart, exactly once when an acknowledgement was lost, a
 * refused confirmation set aside with its reason.
 */
class WriteQueueTest {

    @TempDir
    Path dir;

    final FakeServerMemory server = new FakeServerMemory("news");
    final ManualAsync sender = new ManualAsync();
    final ClockScheduler clock = new ClockScheduler();
    final ServerStatus status = new ServerStatus();
    final List<String> told = new ArrayList<>();

    ConfirmationJournal journal() {
        return ConfirmationJournal.of(dir, server.location());
    }

    WriteQueue queue() {
        return new WriteQueue(journal(), server, sender, clock, status, told::add);
    }

    static ConfirmedSegment confirmed(String unit, String source, String target) {
        return new ConfirmedSegment("storm.html", unit, "1", Content.of(source), Content.of(target),
                Optional.empty(), "en", "de");
    }

    @Test
    void aConfirmationIsOnDiskBeforeItIsSentAndLeavesTheJournalWhenAcknowledged() throws IOException {
        WriteQueue queue = queue();
        queue.add(confirmed("u1", "Storm closes the harbour.", "Sturm schließt den Hafen."));

        List<ConfirmationJournal.Entry> onDisk = journal().read();
        assertEquals(1, onDisk.size(), "written to the journal before it is sent");
        assertEquals("storm.html:u1/1", onDisk.get(0).segment().tuid());
        assertEquals("server: connecting… · 1 pending", status.text());
        assertTrue(server.units.isEmpty());

        sender.runAll();

        assertEquals(List.of("Sturm schließt den Hafen."), server.targets());
        assertEquals(0, Files.size(journal().file()), "an acknowledged journal is emptied");
        assertEquals("server: connected · 0 pending", status.text());
    }

    @Test
    void whileTheServerIsAwayConfirmationsWaitAndAreTriedAgainWithBackoff() {
        server.away = true;
        WriteQueue queue = queue();
        queue.add(confirmed("u1", "One.", "Eins."));
        sender.runAll();
        queue.add(confirmed("u2", "Two.", "Zwei."));
        queue.add(confirmed("u3", "Three.", "Drei."));
        assertEquals("server away, 3 confirmations queued", status.text());
        assertEquals(0, sender.pending(), "nothing is sent before the wait is over");

        List<Duration> tries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Duration before = clock.now();
            while (sender.pending() == 0) clock.advance(Duration.ofMillis(250));
            tries.add(clock.now().minus(before));
            sender.runAll();
        }
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8), Duration.ofSeconds(16)), tries, "1 s, 2 s, 4 s… between tries");

        server.away = false;
        while (sender.pending() == 0) clock.advance(Duration.ofSeconds(1));
        sender.runAll();
        assertEquals(List.of("Eins.", "Zwei.", "Drei."), server.targets(), "in the order confirmed");
        assertEquals(List.of(List.of("storm.html:u1/1", "storm.html:u2/1", "storm.html:u3/1")), server.requests,
                "one request for the three");
        assertEquals("server: connected · 0 pending", status.text());
    }

    @Test
    void theWaitGrowsToThirtySecondsAndRetryNowSendsAtOnce() {
        server.away = true;
        WriteQueue queue = queue();
        queue.add(confirmed("u1", "One.", "Eins."));
        sender.runAll();
        for (int i = 0; i < 8; i++) {
            while (sender.pending() == 0) clock.advance(Duration.ofSeconds(1));
            sender.runAll();
        }
        Duration before = clock.now();
        while (sender.pending() == 0) clock.advance(Duration.ofSeconds(1));
        assertEquals(WriteQueue.LONGEST_WAIT, clock.now().minus(before));
        sender.runAll();

        server.away = false;
        queue.retryNow(); // the event stream is connected again
        sender.runAll();
        assertEquals(List.of("Eins."), server.targets());
    }

    @Test
    void confirmationsOfAStoppedEditorAreSentByTheNextSessionExactlyOnce() throws IOException {
        server.away = true;
        WriteQueue first = queue();
        first.add(confirmed("u1", "One.", "Eins."));
        first.add(confirmed("u2", "Two.", "Zwei."));
        sender.runAll();
        first.close(); // the editor stops (or crashes: the journal is all there is)

        server.away = false;
        ManualAsync nextSender = new ManualAsync();
        WriteQueue next = new WriteQueue(journal(), server, nextSender, clock, status, told::add);
        assertEquals(2, next.pending());
        assertTrue(told.contains("2 confirmations of an earlier session still to send to "
                + server.location()), told.toString());
        nextSender.runAll();
        assertEquals(List.of("Eins.", "Zwei."), server.targets());
        assertEquals(1, server.requests.size());
        assertEquals(0, Files.size(journal().file()));
    }

    @Test
    void aConfirmationWhoseAcknowledgementWasLostIsSentAgainAndStillArrivesOnce() throws IOException {
        // the editor dies after the server stored the units and before the journal forgot them
        ServerMemory dying = new ServerMemory() {
            @Override
            public java.net.URI location() {
                return server.location();
            }

            @Override
            public String name() {
                return server.name();
            }

            @Override
            public void add(List<ConfirmedSegment> confirmed) throws IOException {
                server.add(confirmed);
                throw new IOException("connection reset before the answer");
            }

            @Override
            public List<org.glossa.core.tm.TmMatch> lookup(Content source, Optional<Content> previous, String from,
                    String to, int min, int max) {
                return List.of();
            }
        };
        WriteQueue first = new WriteQueue(journal(), dying, sender, clock, status, told::add);
        first.add(confirmed("u1", "One.", "Eins."));
        sender.runAll();
        first.close();
        assertEquals(1, journal().read().size(), "not acknowledged: still in the journal");

        WriteQueue next = queue();
        sender.runAll();
        assertEquals(2, server.requests.size(), "sent twice");
        assertEquals(List.of("Eins."), server.targets(), "stored once");
        assertEquals(0, next.pending());
    }

    @Test
    void confirmingASegmentAgainWhileItWaitsReplacesIt() throws IOException {
        server.away = true;
        WriteQueue queue = queue();
        queue.add(confirmed("u1", "One.", "Eins."));
        queue.add(confirmed("u1", "One.", "Eins!"));
        assertEquals(1, queue.pending());
        assertEquals("Eins!", journal().read().get(0).segment().target().plainText());
    }

    @Test
    void aRefusedConfirmationIsSetAsideWithItsReasonAndTheOthersAreSent() throws IOException {
        server.away = true;
        WriteQueue queue = queue();
        queue.add(confirmed("u1", "One.", "Eins."));
        queue.add(confirmed("u2", "Two.", "Zwei?"));
        queue.add(confirmed("u3", "Three.", "Drei."));
        sender.runAll();
        server.away = false;
        server.refuses = s -> s.unitId().equals("u2");
        queue.retryNow();
        sender.runAll();

        assertEquals(List.of("Eins.", "Drei."), server.targets());
        assertEquals("server: connected · 0 pending · 1 refused by the server", status.text());
        List<ConfirmationJournal.Entry> kept = journal().read();
        assertEquals(1, kept.size());
        assertEquals("storm.html:u2/1", kept.get(0).segment().tuid());
        assertEquals(Optional.of("changing an existing unit (tuid storm.html:u2/1) needs the reviewer role"),
                kept.get(0).refusal());
        assertTrue(told.stream().anyMatch(t -> t.startsWith("The server refused segment u2/1 of storm.html")), told.toString());

        WriteQueue next = queue(); // not sent again by the next session
        sender.runAll();
        assertEquals(0, next.pending());
        assertEquals("server: connected · 0 pending · 1 refused by the server", status.text());
    }

    @Test
    void theJournalKeepsInlineCodesContextAndLanguages() throws IOException {
        Content source = new Content(List.of(new Inline.Text("The "),
                new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("council"),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(" met.")));
        Content target = new Content(List.of(new Inline.Text("Der "),
                new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("Rat"),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(" tagte.")));
        ConfirmedSegment s = new ConfirmedSegment("eu-nato.html", "3", "2", source, target,
                Optional.of(Content.of("Before.")), "en-GB", "de-AT");
        journal().add(s);
        ConfirmationJournal.Entry read = journal().read().get(0);
        assertEquals(s, read.segment());
    }
}
