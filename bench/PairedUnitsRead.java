package org.glossa.core.tm.index;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * The memory build's reading alone (decision 0063): {@link PairedUnits#read} over a TMX (Aalto parse, the seg texts,
 * the pair's variants, {@code TextKey.matchHash}, the entries), no analysis or indexing, ROUNDS times on one thread;
 * prints each round's thread CPU. Compiles against any tree since session 12, to compare two trees' readers:
 * <pre>
 *   CP="cli/target/glossa-cli-0.1.0-SNAPSHOT.jar:cli/target/lib/*"
 *   javac -d /tmp/probe -cp "$CP" bench/PairedUnitsRead.java
 *   java -Xmx512m -cp "/tmp/probe:$CP" org.glossa.core.tm.index.PairedUnitsRead TMX SRC TGT [ROUNDS (3)]
 * </pre>
 */
public class PairedUnitsRead {
    public static void main(String[] a) throws Exception {
        int rounds = a.length > 3 ? Integer.parseInt(a[3]) : 3;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long[] sum = {0};
            long t0 = mx.getCurrentThreadCpuTime();
            PairedUnits.Counts c = PairedUnits.read(Path.of(a[0]), a[1], a[2], k -> sum[0] += k.key() & 1);
            long t = mx.getCurrentThreadCpuTime() - t0;
            best = Math.min(best, t);
            System.out.printf("round %d: %.2f s CPU, %d units, %d entries (%d)%n", r, t / 1e9, c.units(), c.entries(), sum[0]);
        }
        System.out.printf("best %.2f s%n", best / 1e9);
    }
}
