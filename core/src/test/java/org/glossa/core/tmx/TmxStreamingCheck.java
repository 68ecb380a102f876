package org.glossa.core.tmx;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Manual check that writing and reading a large TMX needs constant memory (surefire's JVM cannot run with a small
 * heap of its own). Run from the core module after {@code mvn -pl core test-compile}:
 *
 * <pre>
 * mvn -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx64m -cp core/target/test-classes:core/target/classes:$(cat /tmp/cp.txt) \
 *      org.glossa.core.tmx.TmxStreamingCheck 1000000
 * </pre>
 */
public final class TmxStreamingCheck {
    private TmxStreamingCheck() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("tmx-streaming");
        Path file = dir.resolve("big.tmx");
        try {
            long t0 = System.nanoTime();
            TmxStreamingTest.generate(file, count);
            long t1 = System.nanoTime();
            long[] seen = {0};
            TmxReader.read(file, u -> seen[0]++);
            long t2 = System.nanoTime();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("max heap %d MB; wrote %d units (%d MB) in %.1f s; read %d units in %.1f s%n",
                    rt.maxMemory() >> 20, count, Files.size(file) >> 20, (t1 - t0) / 1e9, seen[0], (t2 - t1) / 1e9);
            if (seen[0] != count) throw new AssertionError("read " + seen[0] + " units, wrote " + count);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
