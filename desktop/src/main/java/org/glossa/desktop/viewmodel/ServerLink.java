package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.glossa.core.glossary.Glossary;
import org.glossa.core.tm.CombinedLookup;
import org.glossa.core.tm.MemoryLookup;

/**
 * The editor's link to a Glossa server: the {@link WriteQueue} of confirmations for the working memory (the first
 * server memory given, {@link ServerResources#workingMemory()}; the others are reference memories, looked up only), the
 * server memories as a {@link MatchLookup} for the memory panel, the server termbases read for term marks and QA,
 * and a loop over the server's change events (on a worker of its own, blocked in {@link ServerEvents#next()}; each
 * batch handed to the UI thread): units of one of its memories changed → the current segment is looked up again
 * (at most once per {@link #REFRESH_DELAY}); a termbase changed → it is read again off the UI thread and the
 * editor marks the terms and runs live QA again; the stream connected (again) → the queue sends at once and the
 * termbases are read again (changes made meanwhile were not seen). While the stream is down it is tried again after
 * 1 s, 2 s… up to 30 s. Use it on the UI thread.
 */
public final class ServerLink implements AutoCloseable {

    /** Longest a burst of unit events waits before the current segment is looked up again. */
    public static final Duration REFRESH_DELAY = Duration.ofMillis(300);

    /** What the editor does when the server's data changed (on the UI thread). */
    interface Host {
        /** Units of a memory in use changed: look the current segment up again. */
        void memoryChanged();

        /** The server termbases are now these (in the order given): mark terms and check again. */
        void termbasesChanged(List<Glossary> termbases);
    }

    /**
     * The background workers: {@code lookups} reads termbases (the editor's workers), {@code sender} sends the
     * queue and {@code listener} waits for events (one thread each, so neither holds up the other or a lookup).
     */
    public record Workers(Async lookups, Async sender, Async listener) {
        public Workers {
            Objects.requireNonNull(lookups, "lookups");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(listener, "listener");
        }
    }

    private final ServerResources server;
    private final Workers workers;
    private final Scheduler scheduler;
    private final Host host;
    private final Consumer<String> tell;
    private final ServerStatus status;
    private final Optional<WriteQueue> queue;
    private final Debouncer refresh;
    private final Map<String, Glossary> termbases = new LinkedHashMap<>();
    private Duration wait = WriteQueue.FIRST_WAIT;
    private Runnable cancelListen = () -> { };
    private boolean closed;

    ServerLink(ServerResources server, Path journalFolder, Workers workers, Scheduler scheduler, Host host,
            Consumer<String> tell) {
        this.server = Objects.requireNonNull(server, "server");
        this.workers = Objects.requireNonNull(workers, "workers");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.host = Objects.requireNonNull(host, "host");
        this.tell = Objects.requireNonNull(tell, "tell");
        this.refresh = new Debouncer(scheduler, REFRESH_DELAY, REFRESH_DELAY);
        this.status = new ServerStatus(server.workingMemory().map(ServerMemory::name));
        this.queue = server.workingMemory().map(memory -> new WriteQueue(
                ConfirmationJournal.of(journalFolder, memory.location()), memory, workers.sender(), scheduler,
                status, tell));
        readTermbases(server.termbases());
        listen();
    }

    /**
     * The server's memories as one lookup (called on a worker); empty without server memories. A memory that does
     * not answer adds no matches (the memory files' matches still show) and the status line says so.
     */
    public Optional<MatchLookup> memories(String sourceLanguage, String targetLanguage) {
        if (server.memories().isEmpty()) return Optional.empty();
        List<MemoryLookup> each = server.memories().stream().map(m -> (MemoryLookup) (source, previous, min, max) -> {
            try {
                return m.lookup(source, previous, sourceLanguage, targetLanguage, min, max);
            } catch (IOException | UncheckedIOException e) {
                String why = "the server memory " + m.location() + " did not answer: " + Messages.oneLine(e);
                // to the UI thread, where the status line lives
                workers.lookups().run(() -> why, this::lookupFailed, failure -> { });
                return List.of();
            }
        }).toList();
        MemoryLookup all = CombinedLookup.of(each);
        return Optional.of((source, previous) -> all.lookup(source, previous, MatchLookup.MIN_SCORE,
                MatchLookup.MAX_MATCHES));
    }

    /**
     * The server memories' concordance search (called on a worker); empty without server memories. A memory that
     * does not answer adds no hits and the status line says so.
     */
    public Optional<ConcordanceViewModel.Search> concordance() {
        if (server.memories().isEmpty()) return Optional.empty();
        List<ConcordanceViewModel.Search> each = server.memories().stream().map(m -> (ConcordanceViewModel.Search) (text, max) -> {
            try {
                return m.concordance(text, max);
            } catch (IOException | UncheckedIOException e) {
                String why = "the server memory " + m.location() + " did not answer: " + Messages.oneLine(e);
                workers.lookups().run(() -> why, this::lookupFailed, failure -> { });
                return List.of();
            }
        }).toList();
        return Optional.of(ConcordanceViewModel.Search.together(each));
    }

    private void lookupFailed(String why) {
        if (!closed) tell.accept("Matches from the server are missing: " + why);
    }

    /** The queue of confirmations for the working memory; empty without server memories. */
    public Optional<WriteQueue> queue() {
        return queue;
    }

    /** What the status bar shows of the server. */
    public ServerStatus status() {
        return status;
    }

    /** The termbases read so far, in the order given. */
    public List<Glossary> termbases() {
        return List.copyOf(termbases.values());
    }

    private void readTermbases(List<ServerTermbase> which) {
        if (which.isEmpty() || closed) return;
        workers.lookups().run(() -> {
            Map<String, Glossary> read = new LinkedHashMap<>();
            for (ServerTermbase t : which) read.put(t.name(), t.read());
            return read;
        }, read -> {
            if (closed) return;
            Map<String, Glossary> next = new LinkedHashMap<>();
            for (ServerTermbase t : server.termbases()) {
                Glossary g = read.containsKey(t.name()) ? read.get(t.name()) : termbases.get(t.name());
                if (g != null) next.put(t.name(), g);
            }
            termbases.clear();
            termbases.putAll(next);
            host.termbasesChanged(termbases());
        }, failure -> {
            if (!closed) tell.accept("Could not read the termbase from the server: " + Messages.oneLine(failure));
        });
    }

    private void listen() {
        Optional<ServerEvents> events = server.events();
        if (events.isEmpty() || closed) return;
        workers.listener().run(events.get()::next, changes -> {
            if (closed) return;
            wait = WriteQueue.FIRST_WAIT;
            changes.forEach(this::changed);
            listen();
        }, failure -> {
            if (closed) return;
            status.failed(failure);
            cancelListen = scheduler.schedule(wait, this::listen);
            wait = wait.multipliedBy(2).compareTo(WriteQueue.LONGEST_WAIT) > 0 ? WriteQueue.LONGEST_WAIT
                    : wait.multipliedBy(2);
        });
    }

    private void changed(ServerEvents.Change change) {
        switch (change.kind()) {
            case CONNECTED -> {
                status.connected();
                queue.ifPresent(WriteQueue::retryNow);
                readTermbases(server.termbases());
                refresh.trigger(host::memoryChanged);
            }
            case UNITS -> {
                if (server.memories().stream().anyMatch(m -> m.name().equals(change.name()))) {
                    refresh.trigger(host::memoryChanged);
                }
            }
            case TERMBASE -> readTermbases(server.termbases().stream()
                    .filter(t -> t.name().equals(change.name())).toList());
        }
    }

    /**
     * Stops sending and listening (the window closes); confirmations not yet acknowledged stay in the journal for
     * the next session.
     */
    @Override
    public void close() {
        closed = true;
        refresh.cancel();
        cancelListen.run();
        queue.ifPresent(WriteQueue::close);
        server.events().ifPresent(ServerEvents::close);
    }
}
