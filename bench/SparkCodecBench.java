package org.glossa.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.glossa.core.qa.*;

/**
 * Spark QA's byte encodings of pairs and findings (QaJob.Pair, FindingBytes) timed in one thread, with whichever build is
 * on the class path: base and new side by side, e.g. (docs/benchmarks.md, "Issue 17, session 9"):
 *
 *   cp="$(ls DIR/spark/target/original-glossa-spark-*.jar):$(cat DIR/spark/target/classpath-runtime.txt):$(cat DIR/spark/target/classpath-spark.txt)"
 *   javac -d /tmp/codec-DIR -cp "$cp" bench/SparkCodecBench.java
 *   java -cp "/tmp/codec-DIR:$cp" org.glossa.spark.SparkCodecBench ARTICLES_DIR 300000
 *
 * Per round: N pairs encoded and each decoded three times (as the cached check results are read by several jobs), N
 * findings encoded and decoded; thread CPU time per round. The texts are the lines of the articles given.
 */
public class SparkCodecBench {
    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().limit(2000).toList()) {
                for (String l : Files.readAllLines(f)) if (l.length() > 20) lines.add(l.length() > 400 ? l.substring(0, 400) : l);
            }
        }
        int n = Integer.parseInt(args[1]);
        var bean = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 6; round++) {
            long t0 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                String s = lines.get(i % lines.size());
                String t = lines.get((i * 7 + 3) % lines.size());
                QaJob.Pair p = new QaJob.Pair(i, i % 97, "article-" + (i / 30) + ".en.txt.xlf", "u" + (i % 30), "s1", s, t, i, ~i, 31L * i, 17L * i);
                byte[] b = p.encode();
                for (int k = 0; k < 3; k++) sink += QaJob.Pair.decode(b).target().length();
            }
            long t1 = bean.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                String t = lines.get((i * 7 + 3) % lines.size());
                Finding f = new Finding("article-" + (i / 30) + ".en.txt.xlf", "u" + (i % 30), "s1", "term-missing", Severity.WARNING,
                        "The source has 'NATO', the target none of its translations: NATO", lines.get(i % lines.size()), t,
                        Optional.of(new Span(3, 12)), Optional.empty(), i % 3 == 0 ? Optional.of(new TermInfo("NATO", List.of("NATO"), null, "dw-en-de.tbx")) : Optional.empty());
                byte[] b = FindingBytes.encode(f);
                sink += FindingBytes.decode(b).message().length() + b.length;
            }
            long t2 = bean.getCurrentThreadCpuTime();
            System.out.printf("round %d: %d pairs encode+3 decodes %.2f s CPU, %d findings encode+decode %.2f s CPU%n", round, n, (t1 - t0) / 1e9, n, (t2 - t1) / 1e9);
        }
        System.out.println(sink);
    }
}
