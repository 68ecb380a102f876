package org.glossa.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.glossa.core.tm.index.IndexOptions;
import org.glossa.core.tm.index.LiveMemory;
import org.glossa.core.tm.score.MatchScorer;

/**
 * Keeps the fuzzy indexes in step with the database: one {@link LiveMemory} per memory and primary language pair
 * under {@code <data>/index/<memory id>/<src>_<trg>}, fed from the {@link Outbox}. A writer wakes it after each
 * commit (and it polls every 200 ms), so a unit is searchable a fraction of a second after it was confirmed; then
 * the change is pushed to {@link Events}.
 *
 * <p>A bulk import is one change ({@code import}); its units are read by their import id and indexed a page of
 * {@link #IMPORT_PAGE} at a time, and before each page the feeder applies whatever live changes came in meanwhile,
 * so a colleague's confirmation never waits behind a million-unit import (decision 0030). When the last page is in,
 * the feeder appends an {@code indexed} change for the import ({@link Outbox#importIndexed}); its event is the one
 * {@code import} event that tells the clients about all the import's units. Two marks follow this: {@link #applied()}
 * (every change up to it was applied and its event published, except imports still being indexed, whose event
 * comes with their {@code indexed} change: where event replay stops) and {@link #indexed()} (every change up to it is
 * in the indexes: the bookmark committed with them, and the health endpoint's {@code indexedChange}). Indexes are
 * committed every few seconds; after a restart only changes after the bookmark are replayed (an import still being
 * indexed is indexed again, which puts the same units again), and an index that is missing or unreadable is rebuilt
 * from the units table (the index is a cache).
 */
final class IndexFeeder implements AutoCloseable, Events.Replay {
    private static final int BATCH = 1000;
    /** Units of a bulk import read per query. */
    private static final int IMPORT_PAGE = 5000;
    private static final long COMMIT_EVERY_MILLIS = 5_000;
    private static final long REFRESH_EVERY_NANOS = 500_000_000L;

    private record Key(long memoryId, String source, String target) {
    }

    /**
     * Whether the feeder may index the next page of a bulk import now (asked only when no live change is waiting):
     * {@link #EAGER} in the server; a test holds an import between pages to observe what happens meanwhile.
     */
    interface ImportPacing {
        ImportPacing EAGER = (importId, pagesDone) -> true;

        /** @param pagesDone the pages of the import indexed so far */
        boolean nextPage(long importId, int pagesDone);
    }

    /** A bulk import being indexed: its change, and how far its pages got (units by id). */
    private static final class PendingImport {
        final long seq;
        final long memoryId;
        final long importId;
        long afterUnitId;
        int pagesDone;

        PendingImport(long seq, long memoryId, long importId) {
            this.seq = seq;
            this.memoryId = memoryId;
            this.importId = importId;
        }
    }

    private final DataSource db;
    private final MemoryStore units;
    private final TermbaseStore termbases;
    private final Outbox outbox;
    private final Path dir;
    private final Events events;
    private final ObjectMapper json;
    private final Map<Key, LiveMemory> indexes = new ConcurrentHashMap<>();
    private final Semaphore wake = new Semaphore(0);
    /** Counted down by {@link #close()}; the threads are woken this way, never interrupted (see there). */
    private final java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);
    private final ImportPacing pacing;
    /** The imports whose change was read but which are not all indexed yet, oldest first (the feeder's thread). */
    private final java.util.ArrayDeque<PendingImport> imports = new java.util.ArrayDeque<>();
    /** Every change up to this one was applied and published, except the {@link #imports} (see the class comment). */
    private volatile long applied;
    /** Every change up to this one is in the indexes. */
    private volatile long indexed;
    private volatile boolean running = true;
    private volatile Optional<Exception> failure = Optional.empty();
    private Thread thread;
    private Thread committer;

    IndexFeeder(DataSource db, MemoryStore units, TermbaseStore termbases, Outbox outbox, Path dir, Events events,
                ObjectMapper json, ImportPacing pacing) {
        this.pacing = pacing;
        this.db = db;
        this.units = units;
        this.termbases = termbases;
        this.outbox = outbox;
        this.dir = dir;
        this.events = events;
        this.json = json;
    }

    /** Opens (rebuilding where needed) the index of every memory and pair that has units, then starts feeding. */
    void start() throws SQLException, IOException {
        long start = outbox.last();
        long from = start;
        for (Key k : pairsInDatabase()) {
            LiveMemory m = open(k);
            if (m.bookmark().isEmpty()) {
                rebuild(k, m);
                m.commit(Long.toString(start));
            } else {
                from = Math.min(from, Long.parseLong(m.bookmark().get()));
            }
        }
        applied = from;
        indexed = from;
        catchUp(false);
        thread = new Thread(this::run, "glossa-index-feeder");
        thread.setDaemon(true);
        thread.start();
        committer = new Thread(this::commitLoop, "glossa-index-commit");
        committer.setDaemon(true);
        committer.start();
    }

    private List<Key> pairsInDatabase() throws SQLException {
        List<Key> out = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select distinct memory_id, lower(split_part(source_lang, '-', 1)),"
                     + " lower(split_part(target_lang, '-', 1)) from units")) {
            while (rs.next()) out.add(new Key(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
        return out;
    }

    private void rebuild(Key k, LiveMemory m) throws SQLException {
        m.clear();
        units.forEach(k.memoryId(), u -> {
            if (key(u).equals(k)) put(m, u);
        });
        m.refresh();
    }

    private LiveMemory open(Key k) {
        return indexes.computeIfAbsent(k, key -> {
            try {
                return LiveMemory.open(dir.resolve(Long.toString(key.memoryId())).resolve(key.source() + "_" + key.target()),
                        MatchScorer.forLanguages(key.source(), key.target()), IndexOptions.DEFAULT);
            } catch (IOException e) {
                throw new UncheckedIOException("opening the index of memory " + key.memoryId(), e);
            }
        });
    }

    /** The index for a memory and language pair, if the memory has units in that pair. */
    Optional<LiveMemory> index(long memoryId, String sourceLang, String targetLang) {
        return Optional.ofNullable(indexes.get(new Key(memoryId, Languages.primary(sourceLang), Languages.primary(targetLang))));
    }

    /**
     * The last change whose event was pushed to clients: every change up to it was applied, except bulk imports still
     * being indexed (their event comes with their {@code indexed} change, later).
     */
    @Override
    public long applied() {
        return applied;
    }

    /** The last change up to which everything is searchable. */
    long indexed() {
        return indexed;
    }

    /** The last feeding error, if the feeder is failing (it retries). */
    Optional<Exception> failure() {
        return failure;
    }

    void wake() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(200, TimeUnit.MILLISECONDS);
                wake.drainPermits();
                catchUp(true);
                failure = Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failure = Optional.of(e);
            }
        }
    }

    /**
     * Commits the indexes every {@link #COMMIT_EVERY_MILLIS} on its own thread: a commit forces files to disk, which
     * on a busy disk takes seconds, and the feeder must not wait for it to make new units searchable. The bookmark
     * is {@link #indexed} as read before the commit; every change up to it was put into the index before, so the
     * commit holds it (and perhaps later ones, which a replay applies again harmlessly).
     */
    private void commitLoop() {
        long committed = applied;
        while (running) {
            try {
                if (stopping.await(COMMIT_EVERY_MILLIS, TimeUnit.MILLISECONDS)) return;
                long upTo = indexed;
                if (upTo != committed) {
                    commitAll(upTo);
                    committed = upTo;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failure = Optional.of(e);
            }
        }
    }

    /**
     * Applies every change after the last one read, then one page of the oldest bulk import still being indexed, and
     * so on until both are done (or the {@link ImportPacing} holds the import); returns whether there was anything.
     * Live changes are read a thousand at a time with their units (one query each); the indexes are refreshed, the
     * marks advanced and the events sent when the feeder has caught up, and at least every
     * {@link #REFRESH_EVERY_NANOS} during a long catch-up, so events wait for no more than that and are never held
     * for more than that many changes. An import's page is indexed only when no live change is waiting.
     */
    private synchronized boolean catchUp(boolean publish) throws SQLException {
        boolean any = false;
        long reached = applied;
        long refreshed = System.nanoTime();
        Set<LiveMemory> touched = new HashSet<>();
        List<Events.Event> notices = new ArrayList<>();
        while (true) {
            List<Outbox.Change> batch = outbox.after(reached, BATCH);
            if (!batch.isEmpty()) {
                any = true;
                Map<Long, StoredUnit> read = unitsOf(batch);
                for (Outbox.Change ch : batch) {
                    Optional<StoredUnit> u = apply(ch, read, touched);
                    if (publish) event(ch, u).ifPresent(notices::add);
                }
                reached = batch.get(batch.size() - 1).seq();
            }
            boolean caughtUp = batch.size() < BATCH;
            if (caughtUp || System.nanoTime() - refreshed > REFRESH_EVERY_NANOS) {
                for (LiveMemory m : touched) m.refresh();
                touched.clear();
                applied = reached;
                indexed = imports.isEmpty() ? reached : imports.peekFirst().seq - 1;
                notices.forEach(events::publish);
                notices.clear();
                refreshed = System.nanoTime();
            }
            if (!caughtUp) continue;
            PendingImport next = imports.peekFirst();
            if (next == null || !pacing.nextPage(next.importId, next.pagesDone)) return any;
            any = true;
            if (importPage(next, touched)) {
                // its "indexed" change comes after every change read so far: the next round reads it and sends
                // the import's event, now that it is searchable (written first: should that fail, the last page is
                // read again on the next round and the change written then)
                outbox.importIndexed(next.memoryId, next.importId);
                imports.removeFirst();
            }
            for (LiveMemory m : touched) m.refresh();
            touched.clear();
            indexed = imports.isEmpty() ? reached : imports.peekFirst().seq - 1;
        }
    }

    /** The units the unit changes of {@code batch} name, as they are now (one query; deleted ones are absent). */
    private Map<Long, StoredUnit> unitsOf(List<Outbox.Change> batch) throws SQLException {
        return units.units(batch.stream()
                .filter(ch -> ch.kind().equals("unit")).flatMap(ch -> ch.unitId().stream()).toList());
    }

    /**
     * Puts a changed unit into its memory's index, or takes a deleted one out of every index of its memory; a bulk
     * import's change only queues the import (its pages are indexed between live changes, see {@link #catchUp}).
     *
     * @return the unit as it is now (empty when it is gone or the change is not a unit's)
     */
    private Optional<StoredUnit> apply(Outbox.Change ch, Map<Long, StoredUnit> read, Set<LiveMemory> touched)
            throws SQLException {
        if (isImportWritten(ch)) {
            // read again after a failed round (the marks did not move): queued once
            boolean queued = imports.stream().anyMatch(i -> i.seq == ch.seq());
            if (!queued && ch.memoryId().isPresent()) {
                imports.addLast(new PendingImport(ch.seq(), ch.memoryId().get(), ch.importId().get()));
            }
            return Optional.empty();
        }
        if (!ch.kind().equals("unit") || ch.unitId().isEmpty()) return Optional.empty();
        StoredUnit u = read.get(ch.unitId().get());
        if (u != null) {
            LiveMemory m = open(key(u));
            put(m, u);
            touched.add(m);
            return Optional.of(u);
        }
        String id = Long.toString(ch.unitId().get());
        for (Map.Entry<Key, LiveMemory> e : indexes.entrySet()) {
            if (ch.memoryId().isPresent() && e.getKey().memoryId() == ch.memoryId().get()) {
                e.getValue().delete(id);
                touched.add(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** A bulk import's change as {@link BulkImport} writes it (its units are to be indexed). */
    private static boolean isImportWritten(Outbox.Change ch) {
        return ch.kind().equals("import") && ch.op().equals("import") && ch.importId().isPresent();
    }

    /**
     * Puts the next {@link #IMPORT_PAGE} units of a bulk import into their indexes, by id (the ones it wrote last;
     * those rewritten since have changes of their own, the deleted ones are gone).
     *
     * @return true when that was its last page
     */
    private boolean importPage(PendingImport i, Set<LiveMemory> touched) throws SQLException {
        // stopping: the import is not marked indexed; the next start replays it from the bookmark
        if (!running) throw new IllegalStateException("stopped while indexing import " + i.importId);
        List<StoredUnit> page = units.imported(i.importId, i.afterUnitId, IMPORT_PAGE);
        for (StoredUnit u : page) {
            LiveMemory m = open(key(u));
            put(m, u);
            touched.add(m);
        }
        i.pagesDone++;
        if (page.size() < IMPORT_PAGE) return true;
        i.afterUnitId = page.get(page.size() - 1).id();
        return false;
    }

    @Override
    public List<Events.Event> events(long after, long upTo, int limit) throws SQLException {
        List<Events.Event> out = new ArrayList<>();
        long from = after;
        while (out.size() <= limit) {
            List<Outbox.Change> batch = outbox.after(from, BATCH);
            Map<Long, StoredUnit> read = unitsOf(batch);
            for (Outbox.Change ch : batch) {
                if (ch.seq() > upTo || out.size() > limit) return out;
                Optional<StoredUnit> u = ch.kind().equals("unit") ? ch.unitId().map(read::get) : Optional.empty();
                event(ch, u).ifPresent(out::add);
            }
            if (batch.size() < BATCH) return out;
            from = batch.get(batch.size() - 1).seq();
        }
        return out;
    }

    /**
     * The event of a change: a unit as it is now ({@code op} insert or update), or {@code op: delete} with the
     * unit's id when it is gone; a termbase's name. Empty for a termbase that no longer exists.
     */
    private Optional<Events.Event> event(Outbox.Change ch, Optional<StoredUnit> unit) throws SQLException {
        ObjectNode o = json.createObjectNode();
        o.put("seq", ch.seq());
        if (ch.kind().equals("termbase")) {
            if (ch.termbaseId().isEmpty()) return Optional.empty();
            Optional<String> name = termbases.name(ch.termbaseId().get());
            if (name.isEmpty()) return Optional.empty();
            o.put("termbase", name.get());
            o.put("op", ch.op());
            return Optional.of(new Events.Event(ch.seq(), "termbase", o.toString()));
        }
        if (ch.kind().equals("import")) {
            // the import's event comes with its "indexed" change, once all of it is searchable
            if (ch.importId().isEmpty() || !ch.op().equals("indexed")) return Optional.empty();
            Optional<MemoryStore.ImportSummary> i = units.importSummary(ch.importId().get());
            if (i.isEmpty()) return Optional.empty();
            o.put("memory", memoryName(i.get().memoryId()));
            o.put("op", "import");
            o.put("import", i.get().id());
            o.put("document", i.get().document());
            o.put("importedBy", i.get().importedBy());
            o.put("added", i.get().added());
            o.put("updated", i.get().updated());
            o.put("unchanged", i.get().unchanged());
            return Optional.of(new Events.Event(ch.seq(), "import", o.toString()));
        }
        if (unit.isEmpty()) {
            if (ch.memoryId().isEmpty() || ch.unitId().isEmpty()) return Optional.empty();
            o.put("memory", memoryName(ch.memoryId().get()));
            o.put("op", "delete");
            o.put("id", ch.unitId().get());
            return Optional.of(new Events.Event(ch.seq(), "unit", o.toString()));
        }
        StoredUnit u = unit.get();
        o.put("memory", memoryName(u.memoryId()));
        o.put("op", ch.op());
        u.putInto(o);
        return Optional.of(new Events.Event(ch.seq(), "unit", o.toString()));
    }

    private final Map<Long, String> memoryNames = new ConcurrentHashMap<>();

    /** The memory's name (the origin of its matches); names never change, so they are cached. */
    private String memoryName(long memoryId) throws SQLException {
        String n = memoryNames.get(memoryId);
        if (n == null) {
            memoryNames.putAll(units.memoryNames());
            n = memoryNames.getOrDefault(memoryId, "");
        }
        return n;
    }

    private Key key(StoredUnit u) {
        return new Key(u.memoryId(), Languages.primary(u.sourceLang()), Languages.primary(u.targetLang()));
    }

    private void put(LiveMemory m, StoredUnit u) {
        try {
            m.put(Long.toString(u.id()), u.source(), u.target(), u.tuid(), memoryName(u.memoryId()),
                    Optional.of(u.changedAt()));
        } catch (SQLException e) {
            throw new IllegalStateException("reading memory names: " + e.getMessage(), e);
        }
    }

    private void commitAll(long upTo) {
        String bookmark = Long.toString(upTo);
        for (LiveMemory m : indexes.values()) m.commit(bookmark);
    }

    @Override
    public void close() throws InterruptedException {
        // no interrupts: an interrupt during Lucene's file I/O closes the channel and with it the IndexWriter
        running = false;
        stopping.countDown();
        wake.release();
        for (Thread t : new Thread[] {thread, committer}) {
            if (t != null) t.join(60_000);
        }
        commitAll(indexed);
        for (LiveMemory m : indexes.values()) m.close();
        indexes.clear();
    }
}
