import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.core.model.Content;
import org.glossa.core.tm.TmImport;
import org.glossa.core.tm.TmMatch;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;

/**
 * Load test of the Glossa server, and the same load on a shared TMX file (see docs/benchmarks.md and
 * bench/server-load.sh, which starts the server and runs these steps; compiled with bench/TmBench.java, whose
 * generator makes the memory and the segments):
 *
 * <pre>
 *   ServerLoad import URL TOKEN TMX                       POST the whole TMX (streamed), wait until indexed
 *   ServerLoad server URL TOKENS QUERIES SECONDS THINK_MS SERVER_PID PG_DATA
 *                                                         one translator per token line, against memory "bench"
 *   ServerLoad tmx TMX QUERIES SECONDS THINK_MS THREADS   the same translators on one TMX file (core's memory,
 *                                                         tm import's lock and index)
 * </pre>
 *
 * A translator works through a shared document set (the held-out queries of bench/TmBench: 20 documents of 50
 * segments; translator i takes the segments of documents i and i+1 in turn, so neighbours translate the same
 * segments): it looks the segment up (min 70, max 5), thinks THINK_MS ± 50 %, confirms it (a new unit with a
 * target naming the translator and the confirmation, so every confirmation is a new unit), and goes on. On the
 * server every translator also listens to the event stream; confirm-to-visible is the time from the start of a
 * confirmation to the moment the unit's event reached every other translator (events are sent once the unit is
 * searchable). At the end every unit written is looked up (min 100) and must be found.
 */
public class ServerLoad {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern MARK = Pattern.compile("\\[t(\\d+) #(\\d+) r(\\d+)]$");
    /** This run's id in the targets it writes, so a run on a memory that has an earlier run's units counts its own. */
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "import" -> importTmx(URI.create(args[1]), args[2], Path.of(args[3]), args.length > 4 ? args[4] : "bench");
            case "server" -> server(URI.create(args[1]), Files.readAllLines(Path.of(args[2])), documents(Path.of(args[3])),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]), Long.parseLong(args[6]), Path.of(args[7]));
            case "tmx" -> tmx(Path.of(args[1]), documents(Path.of(args[2])), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---- the shared document set ------------------------------------------------------------------------------

    static List<List<String>> documents(Path queries) throws Exception {
        List<String> segments = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) segments.add(line.substring(line.indexOf('\t') + 1));
        }
        List<List<String>> docs = new ArrayList<>();
        for (int d = 0; d < 20; d++) docs.add(segments.subList(d * 50, d * 50 + 50));
        return docs;
    }

    /** Translator t's k-th segment: documents t and t+1 in turn. */
    static String segment(List<List<String>> docs, int t, int k) {
        return docs.get((t + k % 2) % docs.size()).get((k / 2) % 50);
    }

    static String target(String source, int t, int k) {
        return TmBench.german(source) + " [t" + t + " #" + k + " r" + RUN + "]";
    }

    // ---- import -----------------------------------------------------------------------------------------------

    /** Imports {@code tmx} into the memory {@code memory} and waits until it is searchable. */
    static void importTmx(URI base, String token, Path tmx, String memory) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/memories/" + memory + "/units"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/xml")
                .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.ofFile(tmx)).build(),
                HttpResponse.BodyHandlers.ofString());
        double imported = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 200) throw new IllegalStateException("import: " + r.statusCode() + " " + r.body());
        long change = JSON.readTree(r.body()).get("change").asLong();
        System.out.printf(Locale.ROOT, "import: %,d bytes in %.1f s: %s%n", Files.size(tmx), imported, r.body());
        long indexed;
        do {
            Thread.sleep(500);
            indexed = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/api/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("indexedChange").asLong();
        } while (indexed < change);
        double total = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "indexed (searchable) %.1f s after the import returned, %.1f s after it started%n",
                total - imported, total);
    }

    // ---- the server -------------------------------------------------------------------------------------------

    record Written(int translator, int k, String source, String target, long startNanos) {
    }

    static void server(URI base, List<String> tokens, List<List<String>> docs, int seconds, int thinkMs, long serverPid,
                       Path pgData) throws Exception {
        int n = tokens.size();
        Map<String, Written> written = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> seenBy = new ConcurrentHashMap<>();
        Map<String, Long> visibleAll = new ConcurrentHashMap<>();
        Map<String, Long> visibleFirst = new ConcurrentHashMap<>();
        List<Long> lookups = Collections.synchronizedList(new ArrayList<>());
        List<Long> confirms = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger colleagueMatches = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong eventsReceived = new AtomicLong();
        RssSampler rss = new RssSampler(serverPid, pgData);
        rss.start();

        // every translator listens to the event stream
        List<HttpClient> clients = new ArrayList<>();
        CountDownLatch connected = new CountDownLatch(n);
        for (int t = 0; t < n; t++) {
            HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            clients.add(c);
            int me = t;
            c.sendAsync(HttpRequest.newBuilder(base.resolve("/api/events")).header("Authorization", "Bearer " + tokens.get(t))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(resp -> {
                        connected.countDown();
                        resp.body().forEach(line -> {
                            if (!line.startsWith("data:")) return;
                            long now = System.nanoTime();
                            try {
                                JsonNode e = JSON.readTree(line.substring(5));
                                Matcher m = MARK.matcher(e.path("target").asText());
                                if (!m.find() || !m.group(3).equals(RUN)) return;
                                eventsReceived.incrementAndGet();
                                if (Integer.parseInt(m.group(1)) == me) return;
                                String key = m.group(1) + "/" + m.group(2);
                                int seen = seenBy.computeIfAbsent(key, x -> new AtomicInteger()).incrementAndGet();
                                if (seen == 1) visibleFirst.put(key, now);
                                if (seen == n - 1) visibleAll.put(key, now);
                            } catch (Exception x) {
                                errors.incrementAndGet();
                            }
                        });
                    });
        }
        connected.await();
        // warm-up (not measured): every translator looks up 10 segments of the set's other half, so the server's
        // code is compiled and its caches hold the tokens, as on a server that has been running
        List<Thread> warm = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                for (int k = 0; k < 10; k++) {
                    String q = segment(docs, (me + 10) % docs.size(), 40 + k);
                    try {
                        clients.get(me).send(HttpRequest.newBuilder(base.resolve("/api/memories/bench/lookup?q="
                                + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&source=en&target=de&min=70&max=5"))
                                .header("Authorization", "Bearer " + tokens.get(me)).build(), HttpResponse.BodyHandlers.ofString());
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
            warm.add(th);
            th.start();
        }
        for (Thread th : warm) th.join();
        System.out.printf(Locale.ROOT, "%d translators connected to the event stream; load average %s%n", n, loadAverage());

        long end = System.nanoTime() + seconds * 1_000_000_000L;
        // the server's own view: how long after a change number is first seen as lastChange it is indexedChange
        // (searchable and sent), from /api/health polled every 100 ms
        List<Long> indexLag = Collections.synchronizedList(new ArrayList<>());
        Thread health = new Thread(() -> {
            HttpClient h = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            java.util.TreeMap<Long, Long> firstSeen = new java.util.TreeMap<>();
            while (System.nanoTime() < end) {
                try {
                    JsonNode j = JSON.readTree(h.send(HttpRequest.newBuilder(base.resolve("/api/health")).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                    long now = System.nanoTime();
                    firstSeen.putIfAbsent(j.get("lastChange").asLong(), now);
                    var done = firstSeen.headMap(j.get("indexedChange").asLong(), true);
                    for (long at : done.values()) indexLag.add(now - at);
                    done.clear();
                    Thread.sleep(100);
                } catch (Exception e) {
                    return;
                }
            }
        }, "health");
        health.start();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int me = t;
            HttpClient http = clients.get(t);
            String auth = "Bearer " + tokens.get(t);
            Thread th = new Thread(() -> {
                Random random = new Random(me);
                for (int k = 0; System.nanoTime() < end; k++) {
                    String source = segment(docs, me, k);
                    try {
                        long l0 = System.nanoTime();
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/memories/bench/lookup?q="
                                + URLEncoder.encode(source, StandardCharsets.UTF_8) + "&source=en&target=de&min=70&max=5"))
                                .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
                        lookups.add(System.nanoTime() - l0);
                        if (r.statusCode() != 200) throw new IllegalStateException("lookup " + r.statusCode() + " " + r.body());
                        for (JsonNode m : JSON.readTree(r.body()).get("matches")) {
                            Matcher mk = MARK.matcher(m.get("target").asText());
                            if (mk.find() && mk.group(3).equals(RUN) && Integer.parseInt(mk.group(1)) != me) {
                                colleagueMatches.incrementAndGet();
                            }
                        }
                        Thread.sleep(thinkMs / 2 + (thinkMs == 0 ? 0 : random.nextInt(thinkMs + 1)));
                        String target = target(source, me, k);
                        String body = JSON.writeValueAsString(Map.of("sourceLang", "en", "targetLang", "de",
                                "units", List.of(Map.of("source", source, "target", target, "tuid", "bench:r" + RUN + ":t" + me + ":" + k,
                                        "project", "bench", "document", "doc-" + ((me + k % 2) % docs.size()),
                                        "segment", Integer.toString((k / 2) % 50)))));
                        long c0 = System.nanoTime();
                        written.put(me + "/" + k, new Written(me, k, source, target, c0));
                        HttpResponse<String> w = http.send(HttpRequest.newBuilder(base.resolve("/api/memories/bench/units"))
                                .header("Authorization", auth).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        confirms.add(System.nanoTime() - c0);
                        if (w.statusCode() != 200 || JSON.readTree(w.body()).get("added").asInt() != 1) {
                            written.remove(me + "/" + k);
                            throw new IllegalStateException("confirm " + w.statusCode() + " " + w.body());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.err.println("translator " + me + ": " + e);
                    }
                }
            }, "translator-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        System.out.printf(Locale.ROOT, "load phase over; load average %s%n", loadAverage());

        // wait (at most 30 s) until every event reached every other translator, then check every unit is found
        long waitEnd = System.nanoTime() + 30_000_000_000L;
        while (visibleAll.size() < written.size() && System.nanoTime() < waitEnd) Thread.sleep(100);
        List<Long> visible = new ArrayList<>();
        List<Long> first = new ArrayList<>();
        for (Map.Entry<String, Written> e : written.entrySet()) {
            Long at = visibleAll.get(e.getKey());
            if (at != null) visible.add(at - e.getValue().startNanos());
            Long f = visibleFirst.get(e.getKey());
            if (f != null) first.add(f - e.getValue().startNanos());
        }
        int found = 0;
        HttpClient http = clients.get(0);
        for (Written w : written.values()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/memories/bench/lookup?q="
                    + URLEncoder.encode(w.source(), StandardCharsets.UTF_8) + "&source=en&target=de&min=100&max=100"))
                    .header("Authorization", "Bearer " + tokens.get(0)).build(), HttpResponse.BodyHandlers.ofString());
            for (JsonNode m : JSON.readTree(r.body()).get("matches")) {
                if (m.get("target").asText().equals(w.target())) {
                    found++;
                    break;
                }
            }
        }
        rss.stop();
        System.out.printf(Locale.ROOT, "translators: %d, %d s, think time %d ms ± 50 %%%n", n, seconds, thinkMs);
        System.out.println("lookups: " + stats(lookups) + " (" + String.format(Locale.ROOT, "%.1f", lookups.size() / (double) seconds) + "/s)");
        System.out.println("confirms (POST until answered): " + stats(confirms));
        System.out.printf(Locale.ROOT, "confirm-to-visible for all %d others (event received): %s; not seen by all: %d%n",
                n - 1, stats(visible), written.size() - visible.size());
        System.out.println("confirm-to-visible for the first other translator: " + stats(first));
        health.join();
        System.out.println("server index lag (lastChange first seen until indexedChange reaches it, /api/health every 100 ms): "
                + stats(indexLag));
        System.out.printf(Locale.ROOT, "lookups showing a colleague's unit of this run: %d%n", colleagueMatches.get());
        System.out.printf(Locale.ROOT, "units written: %d, found at the end (lookup min 100): %d, events received: %d%n",
                written.size(), found, eventsReceived.get());
        System.out.printf(Locale.ROOT, "errors: %d%n", errors.get());
        System.out.println(rss.report());
        System.exit(0);
    }

    // ---- the same load on a shared TMX file -------------------------------------------------------------------

    static void tmx(Path tmx, List<List<String>> docs, int seconds, int thinkMs, int n) throws Exception {
        List<Long> lookups = Collections.synchronizedList(new ArrayList<>());
        List<Long> opens = Collections.synchronizedList(new ArrayList<>());
        List<Long> confirms = Collections.synchronizedList(new ArrayList<>());
        Map<String, Written> written = new ConcurrentHashMap<>();
        Map<String, Long> writtenAt = new ConcurrentHashMap<>();
        // per translator, when its current memory was opened (a unit written before that is visible to it)
        long[] openedAfter = new long[n];
        Map<String, Long> visibleAll = new ConcurrentHashMap<>();
        AtomicInteger errors = new AtomicInteger();
        System.out.printf(Locale.ROOT, "%d translators on %s; load average %s%n", n, tmx, loadAverage());
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            int me = t;
            Thread th = new Thread(() -> {
                Random random = new Random(me);
                TranslationMemory tm = null;
                long openedMtime = -1;
                try {
                    for (int k = 0; System.nanoTime() < end; k++) {
                        String source = segment(docs, me, k);
                        long l0 = System.nanoTime();
                        // an editor reopens the memory when the file changed (its index is rebuilt once, under a lock)
                        long mtime = Files.getLastModifiedTime(tmx).toMillis();
                        if (tm == null || mtime != openedMtime) {
                            if (tm != null) tm.close();
                            long o0 = System.nanoTime();
                            tm = TranslationMemory.open(List.of(tmx), "en", "de");
                            openedMtime = mtime;
                            opens.add(System.nanoTime() - o0);
                            synchronized (openedAfter) {
                                openedAfter[me] = o0;
                            }
                        }
                        tm.lookup(Content.of(source), Optional.empty(), 70, 5);
                        lookups.add(System.nanoTime() - l0);
                        Thread.sleep(thinkMs / 2 + (thinkMs == 0 ? 0 : random.nextInt(thinkMs + 1)));
                        String target = target(source, me, k);
                        long c0 = System.nanoTime();
                        TmImport.replace(tmx, "en", "de", List.of(new TranslationUnit("bench:t" + me + ":" + k, 0,
                                Optional.empty(), List.of(), List.of(), Optional.of(Instant.now()), Optional.empty(),
                                Optional.of("t" + me), Optional.empty(),
                                List.of(Variant.of("en", Content.of(source)), Variant.of("de", Content.of(target))))));
                        long c1 = System.nanoTime();
                        confirms.add(c1 - c0);
                        written.put(me + "/" + k, new Written(me, k, source, target, c0));
                        writtenAt.put(me + "/" + k, c1);
                        // units written before this translator's current memory was opened are visible to it
                        markVisible(written, writtenAt, openedAfter, visibleAll, n);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("translator " + me + ": " + e);
                } finally {
                    if (tm != null) tm.close();
                }
            }, "translator-" + t);
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        markVisible(written, writtenAt, openedAfter, visibleAll, n);
        System.out.printf(Locale.ROOT, "load phase over (%.0f s after the start, in-flight writes and index builds "
                + "finished); load average %s%n", (System.nanoTime() - end) / 1e9 + seconds, loadAverage());
        List<Long> visible = new ArrayList<>();
        for (Map.Entry<String, Long> e : visibleAll.entrySet()) visible.add(e.getValue() - written.get(e.getKey()).startNanos());
        int found = 0;
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de")) {
            for (Written w : written.values()) {
                for (TmMatch m : tm.lookup(Content.of(w.source()), Optional.empty(), 100, 100)) {
                    if (m.target().plainText().equals(w.target())) {
                        found++;
                        break;
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "translators: %d threads, %d s, think time %d ms ± 50 %%%n", n, seconds, thinkMs);
        System.out.println("lookups (including reopening a changed memory): " + stats(lookups));
        System.out.println("memory (re)opens (index rebuilt or reused): " + stats(opens));
        System.out.println("confirms (tm import path: lock, rewrite the TMX): " + stats(confirms));
        System.out.printf(Locale.ROOT, "confirm-to-visible for all %d others (their memory reopened after the write): %s;"
                + " not visible to all during the run: %d%n", n - 1, stats(visible), written.size() - visible.size());
        System.out.printf(Locale.ROOT, "units written: %d, found at the end (lookup min 100): %d%n", written.size(), found);
        System.out.printf(Locale.ROOT, "errors: %d%n", errors.get());
        System.out.printf(Locale.ROOT, "peak RSS of this JVM: %s%n", RssSampler.status(ProcessHandle.current().pid(), "VmHWM"));
    }

    static void markVisible(Map<String, Written> written, Map<String, Long> writtenAt, long[] openedAfter,
                            Map<String, Long> visibleAll, int n) {
        long now = System.nanoTime();
        synchronized (openedAfter) {
            for (Map.Entry<String, Long> e : writtenAt.entrySet()) {
                if (visibleAll.containsKey(e.getKey())) continue;
                int writer = written.get(e.getKey()).translator();
                boolean all = true;
                for (int t = 0; t < n && all; t++) all = t == writer || openedAfter[t] > e.getValue();
                if (all) visibleAll.put(e.getKey(), now);
            }
        }
    }

    // ---- measuring --------------------------------------------------------------------------------------------

    static String stats(List<Long> nanos) {
        List<Long> s;
        synchronized (nanos) {
            s = new ArrayList<>(nanos);
        }
        if (s.isEmpty()) return "none";
        Collections.sort(s);
        return String.format(Locale.ROOT, "n = %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", s.size(),
                pct(s, 50), pct(s, 95), pct(s, 99), s.get(s.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    /** Samples the server's RSS and its PostgreSQL's (PSS summed over its processes) once a second. */
    static final class RssSampler {
        final long pid;
        final Path pgData;
        volatile boolean running = true;
        long jvmMax, jvmLast, pgMax, pgLast;
        Thread thread;

        RssSampler(long pid, Path pgData) {
            this.pid = pid;
            this.pgData = pgData;
        }

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss");
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void sample() {
            jvmLast = kib(status(pid, "VmRSS"));
            jvmMax = Math.max(jvmMax, jvmLast);
            try {
                long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
                long sum = pss(postmaster);
                for (ProcessHandle h : ProcessHandle.of(postmaster).map(p -> p.descendants().toList()).orElse(List.of())) {
                    sum += pss(h.pid());
                }
                pgLast = sum;
                pgMax = Math.max(pgMax, pgLast);
            } catch (Exception e) {
                pgLast = -1;
            }
        }

        void stop() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
            sample();
        }

        synchronized String report() {
            return String.format(Locale.ROOT, "server JVM RSS: %d MiB at the end, peak sampled %d MiB (VmHWM %s); "
                    + "PostgreSQL PSS (all its processes): %d MiB at the end, peak sampled %d MiB",
                    jvmLast >> 10, jvmMax >> 10, status(pid, "VmHWM"), pgLast >> 10, pgMax >> 10);
        }

        static String status(long pid, String field) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(field + ":")) return line.substring(field.length() + 1).trim();
                }
            } catch (Exception e) {
                return "?";
            }
            return "?";
        }

        static long pss(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/smaps_rollup"))) {
                    if (line.startsWith("Pss:")) return kib(line.substring(4).trim());
                }
            } catch (Exception e) {
                return 0;
            }
            return 0;
        }

        static long kib(String v) {
            try {
                return Long.parseLong(v.replace("kB", "").trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
