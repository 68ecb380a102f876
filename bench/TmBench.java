import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.glossa.core.text.WordCount;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.TmScorer;
import org.glossa.core.tm.index.LinearScanMemory;
import org.glossa.core.tm.index.TmLookup;
import org.glossa.core.tm.index.TmStats;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * Translation-memory benchmark (see docs/benchmarks.md and bench/tm.sh). Three steps, each its own JVM:
 *
 * <pre>
 *   TmBench generate SEED.txt OUT.tmx QUERIES.tsv UNITS   EN→DE TMX of UNITS units + 1,000 held-out queries
 *   TmBench index    OUT.tmx QUERIES.tsv CACHE_DIR         build (timed, peak heap), reopen, 1,000 lookups
 *   TmBench reopen   OUT.tmx CACHE_DIR TIMES                open the built index TIMES times (wall, CPU, median)
 *   TmBench linear   OUT.tmx QUERIES.tsv LOOKUPS [CACHE]   load all units, LOOKUPS linear-scan lookups, and
 *                                                          with CACHE the index's top-1 on the same queries
 * </pre>
 *
 * Lookups ask for matches >= 70, at most 5, scored with Glossa's MatchScorer, the scorer the product uses.
 */
public class TmBench {
    static final int MIN_SCORE = 70;
    static final int MAX_RESULTS = 5;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            case "index" -> index(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            case "reopen" -> reopen(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "linear" -> linear(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Optional.of(Path.of(args[4])) : Optional.empty());
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- generation -------------------------------------------------------------------------------------------

    static final class Generator {
        final Random random = new Random(20230110);
        final List<String> seedSentences = new ArrayList<>();
        final List<String> seedWords = new ArrayList<>();
        final String[] vocabulary;
        final String[] foreign;
        final String[] recent = new String[2000];
        int recentCount;

        Generator(Path seed) throws Exception {
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            for (String s : text.split("(?<=[.!?\"])\\s+|\\n+")) {
                String t = s.trim();
                if (WordCount.bySpaces(t) >= 5) seedSentences.add(t);
            }
            for (String w : text.split("[^\\p{L}\\p{N}']+")) if (!w.isEmpty()) seedWords.add(w);
            vocabulary = words(60_000, new Random(1));
            foreign = words(5_000, new Random(2));
        }

        static String[] words(int n, Random r) {
            String[] syl = {"ka", "lo", "mi", "ter", "an", "sol", "vi", "dre", "pu", "nor", "est", "li", "gor", "ma",
                "ten", "ri", "qua", "bel", "on", "sa", "tri", "del", "po", "ux", "fen", "ja", "com", "ber", "il", "ze"};
            Set<String> out = new HashSet<>();
            while (out.size() < n) {
                StringBuilder sb = new StringBuilder();
                int k = 2 + r.nextInt(3);
                for (int i = 0; i < k; i++) sb.append(syl[r.nextInt(syl.length)]);
                out.add(sb.toString());
            }
            String[] a = out.toArray(String[]::new);
            Arrays.sort(a);
            return a;
        }

        /** A vocabulary word with a Zipf-like rank distribution. */
        String vocab() {
            double u = random.nextDouble();
            return vocabulary[(int) (Math.pow(u, 3) * vocabulary.length)];
        }

        String next() {
            int kind = random.nextInt(100);
            String s;
            if (kind < 25 && recentCount > 0) {
                s = variant(recent[random.nextInt(Math.min(recentCount, recent.length))], 1 + random.nextInt(3));
            } else if (kind < 45) {
                s = variant(seedSentences.get(random.nextInt(seedSentences.size())), 2 + random.nextInt(5));
            } else {
                s = fresh();
            }
            recent[recentCount++ % recent.length] = s;
            return s;
        }

        /** Seed phrases (3–6 word windows) glued with vocabulary words. */
        String fresh() {
            List<String> w = new ArrayList<>();
            int target = 6 + random.nextInt(20);
            while (w.size() < target) {
                if (random.nextBoolean()) {
                    int len = 3 + random.nextInt(4);
                    int at = random.nextInt(seedWords.size() - len);
                    w.addAll(seedWords.subList(at, at + len));
                } else {
                    int n = 1 + random.nextInt(3);
                    for (int i = 0; i < n; i++) w.add(vocab());
                }
            }
            String s = String.join(" ", w);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        }

        String variant(String s, int edits) {
            List<String> w = new ArrayList<>(Arrays.asList(s.split(" ")));
            for (int i = 0; i < edits; i++) {
                int at = random.nextInt(w.size());
                switch (random.nextInt(3)) {
                    case 0 -> w.set(at, vocab());
                    case 1 -> { if (w.size() > 4) w.remove(at); }
                    default -> w.add(at, vocab());
                }
            }
            return String.join(" ", w);
        }

        String unrelated() {
            String[] common = {"the", "and", "of", "to", "in", "a"};
            List<String> w = new ArrayList<>();
            int n = 6 + random.nextInt(14);
            for (int i = 0; i < n; i++) w.add(random.nextInt(4) == 0 ? common[random.nextInt(common.length)]
                    : foreign[random.nextInt(foreign.length)]);
            return String.join(" ", w) + ".";
        }
    }

    static String german(String en) {
        StringBuilder sb = new StringBuilder(en.length() + 16);
        for (String w : en.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(new StringBuilder(w).reverse()).append('e');
        }
        return sb.toString();
    }

    static void generate(Path seed, Path tmx, Path queries, int units) throws Exception {
        Generator g = new Generator(seed);
        long t0 = System.nanoTime();
        List<String> sampled = new ArrayList<>();
        int every = Math.max(1, units / 1000);
        try (TmxWriter w = TmxWriter.open(tmx, TmxHeader.glossa("en", "plaintext"))) {
            for (int i = 0; i < units; i++) {
                String en = g.next();
                if (i % every == every / 2) sampled.add(en);
                w.write(TranslationUnit.of("u" + i,
                        List.of(Variant.of("en", Content.of(en)), Variant.of("de-DE", Content.of(german(en))))));
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(queries, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1000; i++) {
                String base = sampled.get(g.random.nextInt(sampled.size()));
                if (i % 10 < 3) out.write("exact\t" + base + "\n");
                else if (i % 10 < 8) out.write("fuzzy\t" + g.variant(base, 1 + g.random.nextInt(2)) + "\n");
                else out.write("unrelated\t" + g.unrelated() + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "generated %,d units, %,d bytes, in %.1f s%n", units, Files.size(tmx),
                (System.nanoTime() - t0) / 1e9);
    }

    // ---- measuring --------------------------------------------------------------------------------------------

    record Query(String kind, String text) {
    }

    static List<Query> queries(Path file) throws Exception {
        List<Query> q = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                q.add(new Query(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return q;
    }

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the peak heap). */
    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    static void index(Path tmx, Path queriesFile, Path cache) throws Exception {
        List<Query> queries = queries(queriesFile);
        System.out.printf(Locale.ROOT, "max heap: %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
        resetPeaks();
        long t0 = System.nanoTime();
        long c0 = processCpu();
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", scorer(), cache)) {
            double build = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "index build CPU (process, all threads): %.1f s; load average now %s%n",
                    (processCpu() - c0) / 1e9, load());
            TmStats s = tm.stats();
            System.out.printf(Locale.ROOT, "index build: %.1f s (rebuilt=%s), %,d units, %,d entries, index %,d bytes, "
                            + "peak heap %d MiB%n", build, s.files().get(0).rebuilt(), s.files().get(0).units(),
                    s.entries(), s.indexBytes(), peakHeap() >> 20);
        }
        resetPeaks();
        long t1 = System.nanoTime();
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", scorer(), cache)) {
            System.out.printf(Locale.ROOT, "reopen (cache reused=%s): %.0f ms%n", !tm.stats().files().get(0).rebuilt(),
                    (System.nanoTime() - t1) / 1e6);
            long tf = System.nanoTime();
            List<TmMatch> first = tm.lookup(Content.of(queries.get(1).text()), Optional.empty(), MIN_SCORE, MAX_RESULTS);
            System.out.printf(Locale.ROOT, "first lookup (cold): %.1f ms, %d matches%n", (System.nanoTime() - tf) / 1e6,
                    first.size());
            // -Dtmbench.warmup=false: no warm-up lookups (the common words' bit sets, decision 0054, start empty)
            if (Boolean.parseBoolean(System.getProperty("tmbench.warmup", "true"))) {
                for (Query q : queries.subList(500, 700)) tm.lookup(Content.of(q.text()), Optional.empty(), MIN_SCORE, MAX_RESULTS);
            }
            dump(queries, measure("index", tm, queries));
            System.out.printf(Locale.ROOT, "peak heap during reopen + lookups: %d MiB%n", peakHeap() >> 20);
        }
    }

    /** Opens the memory (its index built) {@code times} times in this JVM: what a user waits for at each start. */
    static void reopen(Path tmx, Path cache, int times) throws Exception {
        double[] wall = new double[times];
        double cpu = 0;
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            long c0 = processCpu();
            try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", scorer(), cache)) {
                wall[i] = (System.nanoTime() - t0) / 1e6;
                cpu += (processCpu() - c0) / 1e6;
                if (tm.stats().files().get(0).rebuilt()) throw new IllegalStateException("the index was not built");
            }
        }
        double first = wall[0];
        Arrays.sort(wall);
        System.out.printf(Locale.ROOT, "reopen x%d: first %.0f ms, median %.1f ms, max %.1f ms, CPU %.1f ms each; load %s%n",
                times, first, wall[times / 2], wall[times - 1], cpu / times, load());
    }

    /** Top-1 of the index (its cache must be built) against the linear scan's, on the same queries. */
    static void agreement(Path tmx, Path cache, List<Query> queries, List<List<TmMatch>> expected) throws Exception {
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", scorer(), cache)) {
            int same = 0;
            for (int i = 0; i < queries.size(); i++) {
                List<TmMatch> got = tm.lookup(Content.of(queries.get(i).text()), Optional.empty(), MIN_SCORE, MAX_RESULTS);
                String a = top(expected.get(i));
                String b = top(got);
                if (a.equals(b)) same++;
                else System.out.printf("top-1 differs (%s): linear %s, index %s%n", queries.get(i).kind(), a, b);
            }
            System.out.printf(Locale.ROOT, "top-1 agreement index vs linear: %d of %d%n", same, queries.size());
        }
    }

    static String top(List<TmMatch> m) {
        return m.isEmpty() ? "none" : m.get(0).score() + " " + m.get(0).tuid();
    }

    static void linear(Path tmx, Path queriesFile, int lookups, Optional<Path> cache) throws Exception {
        List<Query> all = queries(queriesFile);
        List<Query> queries = new ArrayList<>();
        for (int i = 0; i < lookups; i++) queries.add(all.get((i * all.size() / lookups + i) % all.size()));
        resetPeaks();
        long t0 = System.nanoTime();
        try (LinearScanMemory lm = LinearScanMemory.load(List.of(tmx), "en", "de", scorer())) {
            System.out.printf(Locale.ROOT, "linear load: %.1f s, %,d entries, peak heap %d MiB%n",
                    (System.nanoTime() - t0) / 1e9, lm.size(), peakHeap() >> 20);
            lm.lookup(Content.of(queries.get(0).text()), Optional.empty(), MIN_SCORE, MAX_RESULTS);
            List<List<TmMatch>> expected = measure("linear", lm, queries);
            if (cache.isPresent()) agreement(tmx, cache.get(), queries, expected);
        }
    }

    /**
     * With {@code -Dtmbench.dump=FILE}: every query's matches (score, kind, tuid, origin, source and target text), one
     * line per query, for comparing two builds' answers with diff.
     */
    static void dump(List<Query> queries, List<List<TmMatch>> results) throws Exception {
        String file = System.getProperty("tmbench.dump");
        if (file == null) return;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            for (int i = 0; i < queries.size(); i++) {
                StringBuilder sb = new StringBuilder(queries.get(i).kind());
                for (TmMatch m : results.get(i)) {
                    sb.append('\t').append(m.score()).append(' ').append(m.kind()).append(' ').append(m.tuid()).append(' ')
                            .append(m.origin()).append(" | ").append(m.source().plainText()).append(" | ")
                            .append(m.target().plainText());
                }
                out.write(sb.append('\n').toString());
            }
        }
    }

    static List<List<TmMatch>> measure(String name, TmLookup tm, List<Query> queries) {
        List<List<TmMatch>> results = new ArrayList<>();
        List<double[]> byKind = new ArrayList<>();
        List<String> kinds = List.of("exact", "fuzzy", "unrelated", "all");
        for (int i = 0; i < kinds.size(); i++) byKind.add(new double[queries.size()]);
        int[] n = new int[kinds.size()];
        int[] found = new int[kinds.size()];
        long cpu0 = threadCpu();
        long process0 = processCpu();
        String load0 = load();
        // the critical path in CPU: per lookup the larger of this thread's CPU and each search thread's (wall time
        // waits for the thread with the most work; CPU does not count the waits a loaded machine adds)
        long[] searchThreads = searchThreads();
        double[] critical = new double[queries.size()];
        int nq = 0;
        for (Query q : queries) {
            long[] before = threadCpus(searchThreads);
            long c = threadCpu();
            long s = System.nanoTime();
            List<TmMatch> m = tm.lookup(Content.of(q.text()), Optional.empty(), MIN_SCORE, MAX_RESULTS);
            double ms = (System.nanoTime() - s) / 1e6;
            long most = threadCpu() - c;
            long[] after = threadCpus(searchThreads);
            for (int t = 0; t < after.length; t++) most = Math.max(most, after[t] - before[t]);
            critical[nq++] = most / 1e6;
            results.add(m);
            for (int k : new int[] {kinds.indexOf(q.kind()), 3}) {
                byKind.get(k)[n[k]++] = ms;
                if (!m.isEmpty()) found[k]++;
            }
        }
        // a lookup may search on several threads (the index's segments in parallel): the process CPU counts them all
        long process = processCpu() - process0;
        System.out.printf(Locale.ROOT, "%s lookups: %d in %.2f s CPU of this thread (%.2f ms each), %.2f s CPU of the "
                        + "process (%.2f ms each); load average %s -> %s%n", name, queries.size(), (threadCpu() - cpu0) / 1e9,
                (threadCpu() - cpu0) / 1e6 / queries.size(), process / 1e9, process / 1e6 / queries.size(), load0, load());
        if (nq >= 100) {
            double[] first = Arrays.copyOf(critical, 100);
            double[] firstWall = Arrays.copyOf(byKind.get(3), 100);
            Arrays.sort(first);
            Arrays.sort(firstWall);
            System.out.printf(Locale.ROOT, "%s lookups: first 100: slowest thread p95 %.2f ms, wall p95 %.2f ms%n", name,
                    first[94], firstWall[94]);
        }
        Arrays.sort(critical);
        System.out.printf(Locale.ROOT, "%s lookups: slowest thread's CPU per lookup (%d search threads): median %.2f ms  "
                        + "p95 %.2f ms  max %.2f ms%n", name, searchThreads.length, critical[(nq - 1) / 2],
                critical[(int) Math.ceil(0.95 * nq) - 1], critical[nq - 1]);
        // the exact/context tier alone (min score 100: the hash-key lookup, no fuzzy search), on the exact queries
        double[] tier = new double[queries.size()];
        int tiers = 0;
        int tierFound = 0;
        for (Query q : queries) {
            if (!q.kind().equals("exact")) continue;
            long s = System.nanoTime();
            List<TmMatch> m = tm.lookup(Content.of(q.text()), Optional.empty(), 100, MAX_RESULTS);
            tier[tiers++] = (System.nanoTime() - s) / 1e6;
            if (!m.isEmpty()) tierFound++;
        }
        if (tiers > 0) {
            double[] t = Arrays.copyOf(tier, tiers);
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%s lookups %-9s n=%4d  median %7.2f ms  p95 %7.2f ms  max %7.2f ms  found %d%n",
                    name, "exact>=100", tiers, t[(tiers - 1) / 2], t[(int) Math.ceil(0.95 * tiers) - 1],
                    t[tiers - 1], tierFound);
        }
        for (int k = 0; k < kinds.size(); k++) {
            if (n[k] == 0) continue;
            double[] t = Arrays.copyOf(byKind.get(k), n[k]);
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%s lookups %-9s n=%4d  median %7.2f ms  p95 %7.2f ms  max %7.2f ms  "
                            + "with a match >= %d: %d%n", name, kinds.get(k), n[k], t[(n[k] - 1) / 2],
                    t[(int) Math.ceil(0.95 * n[k]) - 1], t[n[k] - 1], MIN_SCORE, found[k]);
        }
        return results;
    }

    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The live threads a memory searches on besides the caller ({@code glossa-memory-search-N}). */
    static long[] searchThreads() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return Arrays.stream(mx.getThreadInfo(mx.getAllThreadIds())).filter(i -> i != null
                && i.getThreadName().startsWith("glossa-memory-search-") && i.getThreadState() != Thread.State.TERMINATED)
                .mapToLong(java.lang.management.ThreadInfo::getThreadId).toArray();
    }

    static long[] threadCpus(long[] ids) {
        long[] out = new long[ids.length];
        for (int i = 0; i < ids.length; i++) out[i] = ManagementFactory.getThreadMXBean().getThreadCpuTime(ids[i]);
        return out;
    }

    static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    /** Glossa's MatchScorer: the bench measures the scorer the product uses, not a copy of its own. */
    static TmScorer scorer() {
        return new org.glossa.core.tm.score.MatchScorer(Locale.ENGLISH, Locale.GERMAN);
    }
}
