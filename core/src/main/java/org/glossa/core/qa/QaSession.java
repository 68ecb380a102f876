package org.glossa.core.qa;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.glossa.core.text.TextKey;

/**
 * A QA run over many files in flat memory. Files come in one at a time, already checked segment by segment
 * ({@link QaEngine#check(String, List)}, which may run on other threads) and encoded for the spool
 * ({@link #prepare(CheckedFile)}, on the same threads); their pairs and findings go to a spool and the consistency
 * checks keep only a compact index (hashes of the normalised texts, counts, first positions). The report of
 * {@link #finish()} knows its counts at once (the findings are counted as files come in, the consistency findings
 * from the index) and makes its findings in their final order, consistency findings included, each time it is read,
 * from the spool, one file at a time. Findings and their order are those of {@link QaEngine#run(List)}: per segment
 * in input order, each segment's own findings first, then its consistency findings. Spools are temporary files in a
 * {@link SpoolFolder} of the run (or memory, for {@link QaEngine#run(List)}), deleted on {@link #close()}; the report
 * cannot be read after that. A killed run's folder is removed by the next run. Not thread-safe: add files from one
 * thread.
 */
public final class QaSession implements AutoCloseable {
    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::keyOrdinal)
            .thenComparingInt(Ranked::phase).thenComparingLong(Ranked::a).thenComparingLong(Ranked::b)
            .thenComparingLong(Ranked::c);

    private final boolean targets;
    private final boolean sources;
    private final SpoolStore pairStore;
    /** The run's spool folder, closed after the store (nothing to close for spools in memory). */
    private final Closeable folder;
    /** normalised source → normalised targets, for inconsistent-target */
    private final ConsistencyIndex bySource = new ConsistencyIndex();
    /** normalised target → normalised sources, for inconsistent-source */
    private final ConsistencyIndex byTarget = new ConsistencyIndex();
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<String, List<Integer>> byName = new LinkedHashMap<>();
    /** The segments' own findings per check and severity. */
    private final Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
    /** The readers of reports being read, closed with the session. */
    private final Set<SpoolIn> reading = ConcurrentHashMap.newKeySet();
    /** The threads ranking findings ahead of a report's reader, stopped with the session. */
    private final Set<Thread> rankers = ConcurrentHashMap.newKeySet();
    /** Whether a report's findings are ranked on a thread of their own while the caller reads them (runs on disk). */
    private final boolean readAhead;
    private int ordinal;
    private boolean finished;
    private volatile boolean closed;

    private QaSession(boolean targets, boolean sources, SpoolStore pairStore, Closeable folder, boolean readAhead) {
        this.readAhead = readAhead;
        this.folder = folder;
        this.targets = targets;
        this.sources = sources;
        this.pairStore = pairStore;
    }

    static QaSession inMemory(boolean targets, boolean sources) {
        return new QaSession(targets, sources, SpoolStore.memory(), () -> { }, false);
    }

    /**
     * Spools in a folder of this run under {@code base} ({@link SpoolFolder#defaultBase()} when null), after removing
     * the folders that killed runs left there.
     */
    static QaSession onDisk(boolean targets, boolean sources, Path base) throws IOException {
        SpoolFolder folder = SpoolFolder.create(base == null ? SpoolFolder.defaultBase() : base);
        try {
            return new QaSession(targets, sources, SpoolStore.file(folder.dir(), "glossa-qa-pairs-"), folder, true);
        } catch (IOException | RuntimeException e) {
            folder.close();
            throw e;
        }
    }

    /**
     * One file's pairs and per-segment findings as the spool holds them, with the keys of its translated pairs' texts
     * and its findings' counts: the per-segment part of adding a file, made by {@link #prepare} on any thread.
     */
    public static final class Prepared {
        private final String file;
        private final int pairs;
        private final byte[] bytes;
        /** Per translated pair: its index in the file, then the keys of its source and target (hi, lo each). */
        private final int[] translated;
        private final long[] keys;
        private final Map<String, Map<Severity, Integer>> counts;

        private Prepared(String file, int pairs, byte[] bytes, int[] translated, long[] keys,
                         Map<String, Map<Severity, Integer>> counts) {
            this.file = file;
            this.pairs = pairs;
            this.bytes = bytes;
            this.translated = translated;
            this.keys = keys;
            this.counts = counts;
        }

        /** How many pairs the file has. */
        public int pairs() {
            return pairs;
        }
    }

    /**
     * Encodes one file's pairs and findings for the spool (a finding's file, ids and texts only where they differ from
     * its pair's), keys its translated pairs' texts with white space collapsed and counts its findings. Thread-safe.
     */
    public static Prepared prepare(CheckedFile file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * file.pairs().size() + 64);
        SpoolOut out = new SpoolOut(bytes);
        int n = file.pairs().size();
        int[] translated = new int[n];
        long[] keys = new long[4 * n];
        int t = 0;
        Map<String, Map<Severity, Integer>> counts = new HashMap<>();
        try {
            for (int i = 0; i < n; i++) {
                SegmentPair p = file.pairs().get(i);
                String source = p.sourceText();
                String target = p.targetText();
                boolean isTranslated = !target.isBlank();
                out.writeString(p.unit());
                out.writeString(p.segment());
                out.writeBoolean(isTranslated);
                if (isTranslated) {
                    TextKey s = TextKey.ofCollapsedSpaces(source);
                    TextKey k = TextKey.ofCollapsedSpaces(target);
                    out.writeLong(s.hi());
                    out.writeLong(s.lo());
                    out.writeLong(k.hi());
                    out.writeLong(k.lo());
                    translated[t] = i;
                    keys[4 * t] = s.hi();
                    keys[4 * t + 1] = s.lo();
                    keys[4 * t + 2] = k.hi();
                    keys[4 * t + 3] = k.lo();
                    t++;
                }
                out.writeString(source);
                out.writeString(target);
                List<Finding> own = file.findings().get(i);
                out.writeInt(own.size());
                if (own.isEmpty()) continue;
                Finding like = like(file.file(), p.unit(), p.segment(), source, target);
                for (Finding f : own) {
                    out.writeFinding(f, like);
                    counts.computeIfAbsent(f.check(), c -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("QA spool in memory", e);
        }
        return new Prepared(file.file(), n, bytes.toByteArray(), Arrays.copyOf(translated, t), Arrays.copyOf(keys, 4 * t),
                counts);
    }

    /** What a pair's findings are written against: its location and texts (the rest is never compared). */
    private static Finding like(String file, String unit, String segment, String source, String target) {
        return new Finding(file, unit, segment, "", Severity.INFO, "", source, target, null, null, null);
    }

    /** One file's pairs and per-segment findings, in input order (a file may come more than once). */
    public void add(CheckedFile file) throws IOException {
        add(prepare(file));
    }

    /** A file {@link #prepare}d, in input order (a file may come more than once). */
    public void add(Prepared file) throws IOException {
        if (finished || closed) throw new IllegalStateException("the QA session is finished");
        byName.computeIfAbsent(file.file, k -> new ArrayList<>()).add(occurrences.size());
        occurrences.add(new Occurrence(file.file, pairStore.size(), ordinal, file.pairs));
        pairStore.out().write(file.bytes);
        for (int t = 0; t < file.translated.length; t++) {
            int o = ordinal + file.translated[t];
            TextKey s = new TextKey(file.keys[4 * t], file.keys[4 * t + 1]);
            TextKey k = new TextKey(file.keys[4 * t + 2], file.keys[4 * t + 3]);
            if (targets) bySource.add(s, k, o);
            if (sources) byTarget.add(k, s, o);
        }
        ordinal += file.pairs;
        file.counts.forEach((check, row) -> row.forEach((severity, n) ->
                counts.computeIfAbsent(check, c -> new EnumMap<>(Severity.class)).merge(severity, n, Integer::sum)));
    }

    /**
     * Closes the input and gives the report: its counts at once (the consistency findings counted from the index),
     * its findings in their final order, consistency findings included, made from the spool each time they are read.
     * The report's files are the names added, in order of first appearance; its segments the pairs added.
     */
    public QaReport finish() throws IOException {
        if (finished || closed) throw new IllegalStateException("the QA session is finished");
        finished = true;
        pairStore.out().flush();
        Map<Integer, Reference> references = references();
        Map<String, Map<Severity, Integer>> all = new TreeMap<>(counts);
        if (targets) consistencyCount(all, Consistency.INCONSISTENT_TARGET, bySource.departures());
        if (sources) consistencyCount(all, Consistency.INCONSISTENT_SOURCE, byTarget.departures());
        Iterable<Finding> findings = () -> readAhead ? new ReadAhead(new Ranking(references)) : new Ranking(references);
        return new QaReport(findings, ordinal, List.copyOf(byName.keySet()), all);
    }

    private static void consistencyCount(Map<String, Map<Severity, Integer>> counts, String check, long n) {
        if (n == 0) return;
        if (n > Integer.MAX_VALUE) throw new IllegalStateException("more findings than an int counts");
        counts.computeIfAbsent(check, c -> new EnumMap<>(Severity.class)).merge(Severity.WARNING, (int) n, Integer::sum);
    }

    /**
     * The findings in their final order, one occurrence of a file at a time: the spool read from the start, files that
     * come more than once ranked together at their first occurrence (the later ones' findings stashed for them).
     */
    private final class Ranking implements Iterator<Finding> {
        private final Map<Integer, Reference> references;
        private final Map<Integer, List<Ranked>> stash = new HashMap<>();
        private SpoolIn in;
        private int next;
        private Iterator<Ranked> current = Collections.emptyIterator();

        Ranking(Map<Integer, Reference> references) {
            if (closed) throw new IllegalStateException("the QA session is closed: its findings are gone");
            this.references = references;
        }

        @Override
        public boolean hasNext() {
            if (closed) throw new IllegalStateException("the QA session is closed: its findings are gone");
            try {
                while (!current.hasNext()) {
                    if (next == occurrences.size()) {
                        done();
                        return false;
                    }
                    int i = next++;
                    List<Ranked> ready = stash.remove(i);
                    if (ready == null) ready = rank(i);
                    current = ready.iterator();
                }
                return true;
            } catch (IOException e) {
                done();
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Finding next() {
            if (!hasNext()) throw new NoSuchElementException();
            return current.next().finding();
        }

        private List<Ranked> rank(int i) throws IOException {
            Occurrence occ = occurrences.get(i);
            if (in == null) in = open(0);
            in.skip(occ.offset() - in.position());
            return QaSession.this.rank(byName.get(occ.name()), i, in, references, stash);
        }

        private void done() {
            if (in == null) return;
            forget(in);
            in = null;
        }
    }

    /**
     * The findings of a {@link Ranking} read on a thread of its own ({@code qa-report}) a few hundred at a time, so
     * that ranking them (reading the spool, the consistency findings, the order) and writing the report (the caller)
     * take two cores. The thread stops at the end, when the session closes, or when the reader is gone (it is a
     * daemon, and the session interrupts it on close); an error there is thrown to the reader.
     */
    private final class ReadAhead implements Iterator<Finding> {
        private static final int BATCH = 512;
        private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(8);
        private final Thread thread;
        private List<Finding> batch = List.of();
        private int at;
        private boolean ended;

        ReadAhead(Ranking ranking) {
            thread = new Thread(() -> produce(ranking), "qa-report");
            thread.setDaemon(true);
            rankers.add(thread);
            thread.start();
        }

        private void produce(Ranking ranking) {
            try {
                List<Finding> out = new ArrayList<>(BATCH);
                while (ranking.hasNext()) {
                    out.add(ranking.next());
                    if (out.size() == BATCH) {
                        batches.put(out);
                        out = new ArrayList<>(BATCH);
                    }
                }
                if (!out.isEmpty()) batches.put(out);
                batches.put(End.END);
            } catch (InterruptedException e) {
                ranking.done();
            } catch (RuntimeException | Error e) {
                ranking.done();
                try {
                    batches.put(e);
                } catch (InterruptedException stopped) {
                    // the session closed: nobody reads on
                }
            } finally {
                rankers.remove(Thread.currentThread());
            }
        }

        @Override
        public boolean hasNext() {
            if (closed) throw new IllegalStateException("the QA session is closed: its findings are gone");
            while (at == batch.size()) {
                if (ended) return false;
                Object next;
                try {
                    next = batches.take();
                } catch (InterruptedException e) {
                    thread.interrupt();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while reading the QA report's findings", e);
                }
                if (next == End.END) {
                    ended = true;
                    return false;
                }
                if (next instanceof RuntimeException e) throw e;
                if (next instanceof Error e) throw e;
                @SuppressWarnings("unchecked")
                List<Finding> b = (List<Finding>) next;
                batch = b;
                at = 0;
            }
            return true;
        }

        @Override
        public Finding next() {
            if (!hasNext()) throw new NoSuchElementException();
            return batch.get(at++);
        }
    }

    /** The end of a {@link ReadAhead}'s findings. */
    private enum End { END }

    private SpoolIn open(long offset) throws IOException {
        SpoolIn in = new SpoolIn(pairStore.in(offset));
        reading.add(in);
        return in;
    }

    private void forget(SpoolIn in) {
        reading.remove(in);
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The findings of all occurrences of one file name, ranked; those that belong to occurrence {@code current}
     * (which {@code in} is at) are returned, those of later occurrences (a segment id first seen there) stashed for
     * them.
     */
    private List<Ranked> rank(List<Integer> same, int current, SpoolIn at, Map<Integer, Reference> references,
                              Map<Integer, List<Ranked>> stash) throws IOException {
        Map<String, Integer> firstByKey = new HashMap<>();
        List<Ranked> all = new ArrayList<>();
        long sequence = 0;
        for (int index : same) {
            Occurrence occ = occurrences.get(index);
            SpoolIn in = index == current ? at : open(occ.offset());
            try {
                for (int k = 0; k < occ.count(); k++) {
                    int o = occ.first() + k;
                    String unit = in.readString();
                    String segment = in.readString();
                    int keyOrdinal = firstByKey.computeIfAbsent(unit + '\u0000' + segment, x -> o);
                    Texts texts = Texts.read(in);
                    int n = in.readInt();
                    if (n > 0) {
                        Finding like = like(occ.name(), unit, segment, texts.sourceText(), texts.targetText());
                        for (int f = 0; f < n; f++) all.add(new Ranked(keyOrdinal, 0, sequence++, 0, 0, in.readFinding(like)));
                    }
                    if (!texts.translated()) continue;
                    Location where = new Location(occ.name(), unit, segment, o, keyOrdinal);
                    if (targets) consistency(all, where, texts, true, bySource.inconsistent(texts.source()), references);
                    if (sources) consistency(all, where, texts, false, byTarget.inconsistent(texts.target()), references);
                }
            } finally {
                if (in != at) forget(in);
            }
        }
        all.sort(ORDER);
        if (same.size() == 1) return all;
        Map<Integer, List<Ranked>> buckets = new HashMap<>();
        for (int index : same) buckets.put(index, new ArrayList<>());
        for (Ranked r : all) buckets.get(holder(same, r.keyOrdinal())).add(r);
        for (int index : same) if (index != current) stash.put(index, buckets.get(index));
        return buckets.get(current);
    }

    /** Adds the finding of a pair whose text departs from its group's majority (none when the group is consistent). */
    private static void consistency(List<Ranked> out, Location at, Texts texts, boolean targetCheck,
                                    ConsistencyIndex.Group group, Map<Integer, Reference> references) {
        if (group == null) return;
        ConsistencyIndex.Variant v = group.variant(targetCheck ? texts.target() : texts.source());
        ConsistencyIndex.Variant majority = group.majority();
        if (v == majority) return;
        Reference ref = references.get(majority.first);
        Finding f = Consistency.finding(at.file(), at.unit(), at.segment(), texts.sourceText(), texts.targetText(),
                targetCheck ? Consistency.INCONSISTENT_TARGET : Consistency.INCONSISTENT_SOURCE,
                targetCheck ? ref.target() : ref.source(), ref.location());
        out.add(new Ranked(at.keyOrdinal(), targetCheck ? 1 : 2, group.first(), v.first, at.ordinal(), f));
    }

    /** The occurrence of {@code same} whose pairs include ordinal {@code o}. */
    private int holder(List<Integer> same, int o) {
        for (int index : same) {
            Occurrence occ = occurrences.get(index);
            if (o >= occ.first() && o < occ.first() + occ.count()) return index;
        }
        throw new IllegalStateException("no occurrence holds pair " + o);
    }

    /** The index of the occurrence holding pair {@code o} (occurrences are in ordinal order). */
    private int occurrenceOf(int o) {
        int lo = 0;
        int hi = occurrences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (occurrences.get(mid).first() <= o) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The texts and location of every pair a consistency finding names, read from the spool in one pass. */
    private Map<Integer, Reference> references() throws IOException {
        Set<Integer> wanted = new HashSet<>();
        bySource.references(wanted::add);
        byTarget.references(wanted::add);
        Map<Integer, Reference> out = new HashMap<>();
        if (wanted.isEmpty()) return out;
        try (SpoolIn in = new SpoolIn(pairStore.in(0))) {
            for (int o = 0; out.size() < wanted.size(); o++) {
                String unit = in.readString();
                String segment = in.readString();
                Texts texts = Texts.read(in);
                if (texts.translated() && wanted.contains(o)) {
                    Occurrence occ = occurrences.get(occurrenceOf(o));
                    out.put(o, new Reference(occ.name() + " " + unit + "/" + segment, texts.sourceText(), texts.targetText()));
                }
                int n = in.readInt();
                if (n == 0) continue;
                Finding like = like("", unit, segment, texts.sourceText(), texts.targetText());
                for (int f = 0; f < n; f++) in.readFinding(like);
            }
        }
        return out;
    }

    /** Deletes the spools; the report of {@link #finish()} cannot be read afterwards. */
    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try (folder) {
            try {
                for (Thread t : List.copyOf(rankers)) t.interrupt();
                for (Thread t : List.copyOf(rankers)) t.join(10_000);
                for (SpoolIn in : List.copyOf(reading)) in.close();
                reading.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while closing the QA session");
            } finally {
                pairStore.close();
            }
        }
    }

    /** One file as added: where its records start in the pair spool, its first pair's ordinal, how many pairs. */
    private record Occurrence(String name, long offset, int first, int count) {
    }

    /**
     * What the spool holds of a pair's texts: whether it is translated, the keys of its normalised texts (translated
     * pairs only, else null), its raw texts.
     */
    private record Texts(boolean translated, TextKey source, TextKey target, String sourceText, String targetText) {
        static Texts read(SpoolIn in) throws IOException {
            boolean translated = in.readBoolean();
            TextKey s = translated ? new TextKey(in.readLong(), in.readLong()) : null;
            TextKey t = translated ? new TextKey(in.readLong(), in.readLong()) : null;
            String sourceText = in.readString();
            return new Texts(translated, s, t, sourceText, in.readString());
        }
    }

    /** Where a pair is: file, ids, its ordinal and that of the first pair with the same ids. */
    private record Location(String file, String unit, String segment, int ordinal, int keyOrdinal) {
    }

    /** A pair a consistency finding names: "file unit/segment" and its raw texts. */
    private record Reference(String location, String source, String target) {
    }

    /**
     * A finding with its sort key: the ordinal of the first pair with its file, unit and segment id; 0 for a
     * segment's own findings (then {@code a} their sequence), 1 inconsistent-target, 2 inconsistent-source (then
     * {@code a, b, c}: the ordinals of the group's first pair, the variant's first pair, the pair).
     */
    private record Ranked(int keyOrdinal, int phase, long a, long b, long c, Finding finding) {
    }
}
