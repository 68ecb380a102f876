package org.glossa.core.qa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glossa.core.text.TextKey;

/**
 * A QA run over many files in flat memory. Files come in one at a time, already checked segment by segment
 * ({@link QaEngine#check(String, List)}, which may run on other threads); their pairs and findings go to a spool and
 * the consistency checks keep only a compact index (hashes of the normalised texts, counts, first positions). The
 * consistency findings and the final order are made by {@link #finish()} from the spool, one file at a time; the
 * report it gives reads its findings from a second spool. Findings and their order are those of
 * {@link QaEngine#run(List)}: per segment in input order, each segment's own findings first, then its consistency
 * findings. Spools are temporary files in a {@link SpoolFolder} of the run (or memory, for
 * {@link QaEngine#run(List)}), deleted on {@link #close()}; the report cannot be read after that. A killed run's
 * folder is removed by the next run. Not thread-safe: add files from one thread.
 */
public final class QaSession implements AutoCloseable {
    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::keyOrdinal)
            .thenComparingInt(Ranked::phase).thenComparingLong(Ranked::a).thenComparingLong(Ranked::b)
            .thenComparingLong(Ranked::c);

    private final boolean targets;
    private final boolean sources;
    private final SpoolStore pairStore;
    private final SpoolStore findingStore;
    /** The run's spool folder, closed after the stores (nothing to close for spools in memory). */
    private final java.io.Closeable folder;
    private final SpoolOut pairs;
    /** normalised source → normalised targets, for inconsistent-target */
    private final ConsistencyIndex bySource = new ConsistencyIndex();
    /** normalised target → normalised sources, for inconsistent-source */
    private final ConsistencyIndex byTarget = new ConsistencyIndex();
    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<String, List<Integer>> byName = new LinkedHashMap<>();
    private int ordinal;
    private FindingSpool findings;
    private boolean closed;

    private QaSession(boolean targets, boolean sources, SpoolStore pairStore, SpoolStore findingStore,
                      java.io.Closeable folder) {
        this.folder = folder;
        this.targets = targets;
        this.sources = sources;
        this.pairStore = pairStore;
        this.findingStore = findingStore;
        this.pairs = new SpoolOut(pairStore.out());
    }

    static QaSession inMemory(boolean targets, boolean sources) {
        return new QaSession(targets, sources, SpoolStore.memory(), SpoolStore.memory(), () -> { });
    }

    /**
     * Spools in a folder of this run under {@code base} ({@link SpoolFolder#defaultBase()} when null), after removing
     * the folders that killed runs left there.
     */
    static QaSession onDisk(boolean targets, boolean sources, Path base) throws IOException {
        SpoolFolder folder = SpoolFolder.create(base == null ? SpoolFolder.defaultBase() : base);
        SpoolStore p = null;
        try {
            p = SpoolStore.file(folder.dir(), "glossa-qa-pairs-");
            return new QaSession(targets, sources, p, SpoolStore.file(folder.dir(), "glossa-qa-findings-"), folder);
        } catch (IOException | RuntimeException e) {
            try (folder) {
                if (p != null) p.close();
            }
            throw e;
        }
    }

    /** One file's pairs and per-segment findings, in input order (a file may come more than once). */
    public void add(CheckedFile file) throws IOException {
        if (findings != null || closed) throw new IllegalStateException("the QA session is finished");
        byName.computeIfAbsent(file.file(), k -> new ArrayList<>()).add(occurrences.size());
        occurrences.add(new Occurrence(file.file(), pairStore.size(), ordinal, file.pairs().size()));
        for (int i = 0; i < file.pairs().size(); i++) {
            SegmentPair p = file.pairs().get(i);
            int o = ordinal++;
            String source = p.sourceText();
            String target = p.targetText();
            boolean translated = !target.isBlank();
            pairs.writeString(p.unit());
            pairs.writeString(p.segment());
            pairs.writeBoolean(translated);
            if (translated) {
                TextKey s = TextKey.ofCollapsedSpaces(source);
                TextKey t = TextKey.ofCollapsedSpaces(target);
                write(s);
                write(t);
                pairs.writeString(source);
                pairs.writeString(target);
                if (targets) bySource.add(s, t, o);
                if (sources) byTarget.add(t, s, o);
            }
            List<Finding> own = file.findings().get(i);
            pairs.writeInt(own.size());
            for (Finding f : own) pairs.writeFinding(f);
        }
    }

    private void write(TextKey k) throws IOException {
        pairs.writeLong(k.hi());
        pairs.writeLong(k.lo());
    }

    /**
     * Runs the consistency checks and puts all findings in their final order. The report's files are the names
     * added, in order of first appearance; its segments the pairs added.
     */
    public QaReport finish() throws IOException {
        if (findings != null || closed) throw new IllegalStateException("the QA session is finished");
        pairs.flush();
        findings = new FindingSpool(findingStore);
        Map<Integer, Reference> references = references();
        Map<Integer, List<Ranked>> stash = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            List<Ranked> ready = stash.remove(i);
            if (ready == null) ready = rank(byName.get(occurrences.get(i).name()), i, references, stash);
            for (Ranked r : ready) findings.add(r.finding());
        }
        return new QaReport(findings, ordinal, List.copyOf(byName.keySet()));
    }

    /**
     * The findings of all occurrences of one file name, ranked; those that belong to occurrence {@code current}
     * are returned, those of later occurrences (a segment id first seen there) stashed for them.
     */
    private List<Ranked> rank(List<Integer> same, int current, Map<Integer, Reference> references,
                              Map<Integer, List<Ranked>> stash) throws IOException {
        Map<String, Integer> firstByKey = new HashMap<>();
        List<Ranked> all = new ArrayList<>();
        long sequence = 0;
        for (int index : same) {
            Occurrence occ = occurrences.get(index);
            try (SpoolIn in = new SpoolIn(pairStore.in(occ.offset()))) {
                for (int k = 0; k < occ.count(); k++) {
                    int o = occ.first() + k;
                    String unit = in.readString();
                    String segment = in.readString();
                    int keyOrdinal = firstByKey.computeIfAbsent(unit + '\u0000' + segment, x -> o);
                    Texts texts = in.readBoolean() ? Texts.read(in) : null;
                    int n = in.readInt();
                    for (int f = 0; f < n; f++) all.add(new Ranked(keyOrdinal, 0, sequence++, 0, 0, in.readFinding()));
                    if (texts == null) continue;
                    Location at = new Location(occ.name(), unit, segment, o, keyOrdinal);
                    if (targets) consistency(all, at, texts, true, bySource.inconsistent(texts.source()), references);
                    if (sources) consistency(all, at, texts, false, byTarget.inconsistent(texts.target()), references);
                }
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
                if (in.readBoolean()) {
                    Texts texts = Texts.read(in);
                    if (wanted.contains(o)) {
                        Occurrence occ = occurrences.get(occurrenceOf(o));
                        out.put(o, new Reference(occ.name() + " " + unit + "/" + segment, texts.sourceText(), texts.targetText()));
                    }
                }
                int n = in.readInt();
                for (int f = 0; f < n; f++) in.readFinding();
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
            if (findings != null) findings.close();
            try {
                pairStore.close();
            } finally {
                findingStore.close();
            }
        }
    }

    /** One file as added: where its records start in the pair spool, its first pair's ordinal, how many pairs. */
    private record Occurrence(String name, long offset, int first, int count) {
    }

    /** What the spool holds of a translated pair: the keys of its normalised texts, its raw texts. */
    private record Texts(TextKey source, TextKey target, String sourceText, String targetText) {
        static Texts read(SpoolIn in) throws IOException {
            TextKey s = new TextKey(in.readLong(), in.readLong());
            TextKey t = new TextKey(in.readLong(), in.readLong());
            String sourceText = in.readString();
            return new Texts(s, t, sourceText, in.readString());
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
