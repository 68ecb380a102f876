package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Sends confirmed segments to a server memory, in order, without losing one: each confirmation is first written to
 * the {@link ConfirmationJournal} on disk ({@link #add} returns when it is there), then sent by the sender
 * {@link Async} (one worker of its own, so a server that does not answer never holds up autosaves or lookups), and
 * removed from the journal only once the server acknowledged it. While the server is away, sending is tried again
 * after 1 s, 2 s, 4 s… up to {@link #LONGEST_WAIT}, and at once when the event stream is connected again
 * ({@link #retryNow}). A journal left by an earlier session (the server was away, the editor crashed) is sent when
 * the queue starts. A confirmation whose acknowledgement was lost is sent again: the server keeps one unit per
 * tuid, so it still arrives exactly once. A confirmation the server refuses for good ({@link RefusedByServer}) is
 * kept in the journal, marked with the reason, counted in the status bar and not sent again; a batch the server
 * refuses is sent again one confirmation at a time, so only the refused one is set aside.
 *
 * <p>Use it on the UI thread; the results of the sender come back on it.
 */
public final class WriteQueue implements AutoCloseable {

    /** Most confirmations in one request. */
    public static final int BATCH = 100;
    /** First wait before sending again after the server was away. */
    public static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    /** Longest wait between two tries while the server stays away. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final ConfirmationJournal journal;
    private final ServerMemory server;
    private final Async sender;
    private final Scheduler scheduler;
    private final ServerStatus status;
    private final Consumer<String> tell;
    /** The confirmations to send, oldest first (what the journal holds that is not refused). */
    private final List<ConfirmationJournal.Entry> waiting = new ArrayList<>();
    private int refused;
    private boolean sending;
    private boolean oneAtATime;
    private boolean closed;
    /** A try is scheduled (the server was away). */
    private boolean retrying;
    private Duration wait = FIRST_WAIT;
    private Runnable cancelRetry = () -> { };

    /**
     * Starts the queue: reads the journal (confirmations an earlier session did not get acknowledged) and sends
     * them.
     *
     * @param tell shows a one-line message in the status line (a journal that cannot be written, a refusal)
     */
    public WriteQueue(ConfirmationJournal journal, ServerMemory server, Async sender, Scheduler scheduler,
            ServerStatus status, Consumer<String> tell) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.server = Objects.requireNonNull(server, "server");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.status = Objects.requireNonNull(status, "status");
        this.tell = Objects.requireNonNull(tell, "tell");
        try {
            for (ConfirmationJournal.Entry e : journal.read()) {
                if (e.refused()) refused++;
                else waiting.add(e);
            }
        } catch (IOException | RuntimeException e) {
            tell.accept("Could not read the queue of confirmations " + journal.file() + ": " + Messages.oneLine(e));
        }
        counts();
        if (!waiting.isEmpty()) {
            tell.accept(waiting.size() + (waiting.size() == 1 ? " confirmation" : " confirmations")
                    + " of an earlier session still to send to " + server.location());
        }
        send();
    }

    /**
     * Queues a confirmed segment: on disk when this returns, then sent. A waiting confirmation of the same segment is
     * replaced (only the latest one matters).
     */
    public void add(ConfirmedSegment segment) {
        if (closed) throw new IllegalStateException("the queue is closed");
        ConfirmationJournal.Entry entry;
        try {
            entry = journal.add(segment);
        } catch (IOException | RuntimeException e) {
            // not on disk: still sent from memory, but the user must know it would not survive a crash
            tell.accept("Could not write the queue " + journal.file() + " (the confirmation is sent, but would be"
                    + " lost if the editor stopped before): " + Messages.oneLine(e));
            entry = new ConfirmationJournal.Entry(UUID.randomUUID().toString(), segment, Instant.now(),
                    Optional.empty());
        }
        ConfirmationJournal.Entry added = entry;
        // as in the journal: one sent meanwhile changes nothing, one whose sending fails is not sent again
        waiting.removeIf(e -> e.sameSegment(added.segment()));
        waiting.add(added);
        counts();
        if (!retrying) send(); // while the server is away, the next try sends it
    }

    /** Sends at once instead of waiting for the next try (the server is back). */
    public void retryNow() {
        if (closed || sending) return;
        wait = FIRST_WAIT;
        send();
    }

    private void send() {
        if (closed || sending) return;
        cancelRetry.run();
        retrying = false;
        if (waiting.isEmpty()) return;
        List<ConfirmationJournal.Entry> batch = List.copyOf(waiting.subList(0, Math.min(oneAtATime ? 1 : BATCH,
                waiting.size())));
        sending = true;
        List<ConfirmedSegment> units = batch.stream().map(ConfirmationJournal.Entry::segment).toList();
        List<String> ids = batch.stream().map(ConfirmationJournal.Entry::id).toList();
        sender.run(() -> {
            server.add(units);
            journal.remove(ids); // a crash before this only sends them again, which the server takes as no change
            return batch;
        }, this::sent, failure -> failed(batch, failure));
    }

    private void sent(List<ConfirmationJournal.Entry> batch) {
        sending = false;
        waiting.removeAll(batch);
        if (waiting.isEmpty()) oneAtATime = false;
        wait = FIRST_WAIT;
        status.connected();
        counts();
        send();
    }

    private void failed(List<ConfirmationJournal.Entry> batch, Throwable failure) {
        sending = false;
        if (failure instanceof RefusedByServer refusal) {
            if (batch.size() > 1) {
                oneAtATime = true; // find the one the server refuses
                send();
                return;
            }
            setAside(batch.get(0), refusal.getMessage());
            send();
            return;
        }
        status.failed(failure);
        if (closed) return;
        retrying = true;
        cancelRetry = scheduler.schedule(wait, this::send);
        wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
    }

    private void setAside(ConfirmationJournal.Entry entry, String reason) {
        waiting.remove(entry);
        refused++;
        status.connected();
        counts();
        ConfirmedSegment s = entry.segment();
        tell.accept("The server refused segment " + s.unitId() + "/" + s.segmentId() + " of " + s.document() + ": "
                + reason + " (kept in " + journal.file() + ")");
        try {
            journal.refuse(entry.id(), reason);
        } catch (IOException | RuntimeException e) {
            tell.accept("Could not write the queue " + journal.file() + ": " + Messages.oneLine(e));
        }
    }

    private void counts() {
        status.counts(waiting.size(), refused);
    }

    /** Confirmations not yet acknowledged (refused ones not counted). */
    public int pending() {
        return waiting.size();
    }

    public ConfirmationJournal journal() {
        return journal;
    }

    public ServerMemory server() {
        return server;
    }

    /**
     * Stops sending (the window closes): nothing is lost, since what was not acknowledged stays in the journal and
     * is sent by the next session.
     */
    @Override
    public void close() {
        closed = true;
        cancelRetry.run();
    }
}
