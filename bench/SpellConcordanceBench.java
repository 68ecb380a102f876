import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.glossa.core.spelling.Dictionaries;
import org.glossa.core.spelling.SpellChecker;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.index.IndexOptions;
import org.glossa.core.tm.index.TranslationMemory;

/**
 * Spelling and concordance timings (see docs/benchmarks.md):
 *
 * <pre>
 *   SpellConcordanceBench spell SEED.de.tsv            de_DE load, then every German seed target checked 50 times
 *   SpellConcordanceBench concordance TMX CACHE WORDS… open (build) the index, then each query 20 times
 * </pre>
 */
public final class SpellConcordanceBench {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("spell")) spell(Path.of(args[1]));
        else concordance(Path.of(args[1]), Path.of(args[2]), Arrays.copyOfRange(args, 3, args.length));
    }

    static void spell(Path tsv) throws Exception {
        List<String> targets = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            String[] f = line.split("\t", 3);
            if (f.length == 3 && !line.startsWith("#")) targets.add(f[2]);
        }
        long t0 = System.nanoTime();
        SpellChecker checker = SpellChecker.forLanguage("de-DE", List.of()).orElseThrow();
        System.out.printf("de_DE dictionary load: %.0f ms (%s)%n", (System.nanoTime() - t0) / 1e6, Dictionaries.find("de-DE").get());
        int words = 0;
        for (String t : targets) words += t.split("\\s+").length;
        for (int warm = 0; warm < 5; warm++) for (String t : targets) checker.check(t);
        long[] perSegment = new long[targets.size() * 50];
        int n = 0;
        for (int round = 0; round < 50; round++) {
            for (String t : targets) {
                long s = System.nanoTime();
                checker.check(t);
                perSegment[n++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(perSegment);
        System.out.printf("check per segment (%d segments, %d words, 50 rounds): median %.2f ms, p90 %.2f ms, max %.2f ms%n",
                targets.size(), words, perSegment[n / 2] / 1e6, perSegment[n * 9 / 10] / 1e6, perSegment[n - 1] / 1e6);
        long s = System.nanoTime();
        List<String> suggestions = checker.suggest("Schlsselrolle", 5, 60_000);
        System.out.printf("first suggestion search: %.0f ms %s%n", (System.nanoTime() - s) / 1e6, suggestions);
        s = System.nanoTime();
        suggestions = checker.suggest("Erklärng", 5, 60_000);
        System.out.printf("second suggestion search: %.0f ms %s%n", (System.nanoTime() - s) / 1e6, suggestions);
    }

    static void concordance(Path tmx, Path cache, String[] queries) throws Exception {
        long t0 = System.nanoTime();
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de",
                org.glossa.core.tm.score.MatchScorer.forLanguages("en", "de"), Optional.of(cache), IndexOptions.DEFAULT)) {
            System.out.printf("open (build if needed): %.1f s, %d units%n", (System.nanoTime() - t0) / 1e9, tm.stats().entries());
            for (String q : queries) {
                for (int i = 0; i < 3; i++) tm.concordance(q, 50);
                long[] times = new long[20];
                long[] cpu = new long[20];
                var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                int hits = 0;
                for (int i = 0; i < times.length; i++) {
                    long c = mx.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    List<ConcordanceHit> h = tm.concordance(q, 50);
                    times[i] = System.nanoTime() - s;
                    cpu[i] = mx.getCurrentThreadCpuTime() - c;
                    hits = h.size();
                }
                Arrays.sort(times);
                Arrays.sort(cpu);
                System.out.printf("concordance \"%s\": %d hits (max 50), median %.1f ms, max %.1f ms; CPU median %.1f ms, "
                        + "max %.1f ms; load %s%n", q, hits, times[10] / 1e6, times[19] / 1e6, cpu[10] / 1e6, cpu[19] / 1e6,
                        java.nio.file.Files.readString(Path.of("/proc/loadavg")).substring(0, 14));
            }
        }
    }
}
