package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tmx.Property;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write queue's journal as a log: what a confirmation holds survives a round trip, a record cut short by a crash
 * (at every byte, or followed by the zeros a crash can leave) is ignored and cut off by the next append, acknowledged
 * records are compacted away, an earlier version's TMX journal is taken over, and a real process killed with SIGKILL
 * while it appends loses no confirmation whose {@code add} had returned.
 */
class ConfirmationJournalTest {

    static final URI MEMORY = URI.create("http://127.0.0.1:8080/memories/news");

    @TempDir
    Path dir;

    ConfirmationJournal journal() {
        return ConfirmationJournal.of(dir, MEMORY);
    }

    static ConfirmedSegment confirmed(String unit, String target) {
        Content source = new Content(List.of(new Inline.Text("Click "),
                new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>"), new Inline.Text("Save " + unit),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>"), new Inline.Text(".\nNew line \u2028 \"q\"")));
        return new ConfirmedSegment("storm.html", unit, "1", source, Content.of(target),
                Optional.of(Content.of("Before " + unit + ".")), "en", "de-CH");
    }

    static List<String> targets(List<ConfirmationJournal.Entry> entries) {
        return entries.stream().map(e -> e.segment().target().plainText()).toList();
    }

    @Test
    void aConfirmationComesBackAsItWasWithItsTagsContextAndRefusal() throws Exception {
        ConfirmationJournal j = journal();
        ConfirmationJournal.Entry a = j.add(confirmed("u1", "Eins."));
        ConfirmationJournal.Entry b = j.add(confirmed("u2", "Zwei."));
        j.refuse(b.id(), "403: no such right");
        ConfirmationJournal.Entry c = j.add(confirmed("u1", "Eins, besser.")); // replaces the waiting u1
        List<ConfirmationJournal.Entry> read = j.read();
        assertEquals(List.of(new ConfirmationJournal.Entry(b.id(), b.segment(), b.confirmedAt(),
                Optional.of("403: no such right")), c), read);
        assertEquals(confirmed("u2", "Zwei."), read.get(0).segment(), "tags, context, languages kept");
        assertFalse(a.id().equals(c.id()));
        assertTrue(j.file().getFileName().toString().endsWith(".journal"));
    }

    @Test
    void aRecordCutShortAtAnyByteIsIgnoredAndCutOffByTheNextAppend() throws Exception {
        ConfirmationJournal j = journal();
        j.add(confirmed("u1", "Eins."));
        j.add(confirmed("u2", "Zwei."));
        byte[] two = Files.readAllBytes(j.file());
        j.add(confirmed("u3", "Drei."));
        byte[] three = Files.readAllBytes(j.file());
        for (int cut = two.length; cut < three.length; cut++) {
            Files.write(j.file(), Arrays.copyOf(three, cut));
            assertEquals(List.of("Eins.", "Zwei."), targets(j.read()), "cut at " + cut);
            j.add(confirmed("u4", "Vier."));
            assertEquals(List.of("Eins.", "Zwei.", "Vier."), targets(j.read()), "appended after a cut at " + cut);
            byte[] now = Files.readAllBytes(j.file());
            assertEquals('\n', now[now.length - 1]);
            assertTrue(Arrays.equals(two, Arrays.copyOf(now, two.length)), "the intact records untouched");
        }
    }

    @Test
    void zerosAndDamagedBytesAfterTheLastRecordAreIgnored() throws Exception {
        ConfirmationJournal j = journal();
        j.add(confirmed("u1", "Eins."));
        Files.write(j.file(), new byte[4096], StandardOpenOption.APPEND); // a crash that grew the file, data not written
        assertEquals(List.of("Eins."), targets(j.read()));
        j.add(confirmed("u2", "Zwei."));
        assertEquals(List.of("Eins.", "Zwei."), targets(j.read()));

        // a complete line whose checksum does not match (a flipped bit) is ignored too
        byte[] bytes = Files.readAllBytes(j.file());
        int lastLine = bytes.length - 2;
        while (bytes[lastLine - 1] != '\n') lastLine--;
        bytes[lastLine + 30] ^= 0x01;
        Files.write(j.file(), bytes);
        assertEquals(List.of("Eins."), targets(j.read()));
    }

    @Test
    void acknowledgedRecordsAreCompactedAwayAndAnAcknowledgedJournalEmptied() throws Exception {
        ConfirmationJournal j = journal();
        List<ConfirmationJournal.Entry> added = new ArrayList<>();
        ConfirmationJournal.Entry refused = j.add(confirmed("r", "Abgelehnt."));
        j.refuse(refused.id(), "400: too long");
        for (int i = 0; i < 300; i++) added.add(j.add(confirmed("u" + i, "Nummer " + i + ".")));
        int most = 0;
        for (int i = 0; i < 299; i++) {
            j.remove(List.of(added.get(i).id()));
            most = Math.max(most, lines(j.file()));
        }
        assertEquals(List.of("Abgelehnt.", "Nummer 299."), targets(j.read()));
        assertEquals(Optional.of("400: too long"), j.read().get(0).refusal(), "the refusal survives compaction");
        assertTrue(lines(j.file()) < ConfirmationJournal.COMPACT_AT, "compacted: " + lines(j.file()) + " lines");
        assertTrue(most <= 2 * 302, "compacted once acknowledged records outnumber the live ones: " + most);
        j.remove(List.of("no-such-id"));
        assertEquals(2, j.read().size());
        j.remove(List.of(refused.id(), added.get(299).id()));
        assertEquals(0, Files.size(j.file()), "nothing left: emptied");
        assertEquals(List.of(), j.read());
        j.add(confirmed("again", "Wieder."));
        assertEquals(List.of("Wieder."), targets(journal().read()));
    }

    /**
     * Two editors of one user share a memory's journal: each object keeps what it last read while the file's
     * identity (size, time, file key) is unchanged, and replays the file when the other appended, compacted or
     * emptied it.
     */
    @Test
    void aJournalSeesWhatAnotherObjectWroteToItsFile() throws Exception {
        ConfirmationJournal one = journal();
        ConfirmationJournal other = journal();
        ConfirmationJournal.Entry a = one.add(confirmed("u1", "Eins."));
        assertEquals(List.of("Eins."), targets(other.read()));
        ConfirmationJournal.Entry b = other.add(confirmed("u2", "Zwei."));
        ConfirmationJournal.Entry c = one.add(confirmed("u3", "Drei."));
        assertEquals(List.of("Eins.", "Zwei.", "Drei."), targets(one.read()));
        other.remove(List.of(a.id()));
        assertEquals(List.of("Zwei.", "Drei."), targets(one.read()));
        one.remove(List.of(b.id(), c.id()));
        assertEquals(0, Files.size(one.file()), "nothing left: emptied");
        assertEquals(List.of(), other.read());
        other.add(confirmed("u4", "Vier."));
        assertEquals(List.of("Vier."), targets(one.read()));
    }

    private static int lines(Path file) throws Exception {
        return (int) Files.readAllLines(file).stream().count();
    }

    @Test
    void theTmxJournalOfTheEarlierVersionIsTakenOver() throws Exception {
        String name = journal().file().getFileName().toString().replace(ConfirmationJournal.SUFFIX, ".tmx");
        Path legacy = dir.resolve(name);
        try (TmxWriter w = TmxWriter.open(legacy, TmxHeader.glossa(TmxHeader.ALL_LANGUAGES, "plaintext"))) {
            w.write(new TranslationUnit("storm.html:u1/1", 0, Optional.of("en"), List.of(
                    new Property(ConfirmationJournal.ID_PROP, "old-1"), new Property(TmImport.ORIGIN_PROP, "storm.html"),
                    new Property(ConfirmationJournal.UNIT_PROP, "u1"), new Property(ConfirmationJournal.SEGMENT_PROP, "1"),
                    new Property(TmImport.CONTEXT_PROP, "Before.")), List.of(),
                    Optional.of(Instant.parse("2026-12-03T10:00:00Z")), Optional.empty(), Optional.of("glossa"),
                    Optional.empty(), List.of(Variant.of("en", Content.of("Old.")), Variant.of("de", Content.of("Alt.")))));
        }
        ConfirmationJournal j = journal();
        j.add(confirmed("u2", "Neu."));
        List<ConfirmationJournal.Entry> read = j.read();
        assertEquals(List.of("Alt.", "Neu."), targets(read));
        assertEquals("old-1", read.get(0).id());
        assertEquals(Optional.of(Content.of("Before.")), read.get(0).segment().previousSource());
        assertFalse(Files.exists(legacy), "taken over");
    }

    /**
     * A real crash: a child JVM ({@link JournalChild}) appends and acknowledges confirmations as fast as it can (so
     * the journal is compacted now and then) and prints each id once {@code add} returned; it is killed with SIGKILL
     * while it writes, three times. Every confirmation added and not acknowledged is in the journal, the journal
     * reads, and the next process appends to it.
     */
    @Test
    void aProcessKilledWhileItAppendsLosesNoConfirmationWhoseAddReturned() throws Exception {
        List<String> confirmed = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), JournalChild.class.getName(), dir.toString(),
                    MEMORY.toString(), "k" + round).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            // kill after a different number of appends each round, while the child is in the middle of its next one
            int killAfter = 100 + 37 * round;
            int seen = 0;
            // every line to the end: what the child printed before it died is still in the pipe
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("ADDED ")) {
                    confirmed.add(line.substring(6));
                    seen++;
                } else if (line.startsWith("REMOVING ")) {
                    confirmed.remove(line.substring(9)); // acknowledged: gone, or still there if the kill came first
                } else {
                    throw new AssertionError("the child said: " + line);
                }
                // SIGKILL through the process handle, which leaves our end of the pipe open to drain
                if (seen == killAfter) child.toHandle().destroyForcibly();
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
            assertTrue(seen >= killAfter, "the child ran until it was killed");
            List<String> inJournal = journal().read().stream().map(ConfirmationJournal.Entry::id).toList();
            assertTrue(inJournal.containsAll(confirmed), "round " + round + ": every confirmation whose add returned");
            assertEquals(inJournal.stream().distinct().count(), inJournal.size());
        }
        ConfirmationJournal.Entry after = journal().add(confirmed("after", "Danach."));
        assertEquals(after, journal().read().get(journal().read().size() - 1));
    }
}
