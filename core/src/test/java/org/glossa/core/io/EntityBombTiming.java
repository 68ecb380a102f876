package org.glossa.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.core.InputException;

/**
 * Measures how fast each XML reader refuses a billion-laughs file (not a test: tests make no timing assertions).
 * The first call of each reader in a fresh JVM includes class loading. Run from the repository root after
 * {@code mvn -pl core test-compile}:
 *
 * <pre>
 * mvn -q -pl core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp core/target/test-classes:core/target/classes:$(cat /tmp/cp.txt) org.glossa.core.io.EntityBombTiming
 * </pre>
 */
public final class EntityBombTiming {
    private EntityBombTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("bomb");
        String bomb = HostileXmlTest.billionLaughs();
        System.out.printf("%-9s %12s %12s  %s%n", "reader", "first (ms)", "warm (ms)", "message");
        for (HostileXml reader : HostileXml.values()) {
            Path file = reader.write(dir, bomb, "&lol9;");
            double first = refuse(reader, file);
            double warm = Double.MAX_VALUE;
            String message = "";
            for (int k = 0; k < 20; k++) warm = Math.min(warm, refuse(reader, file));
            try {
                reader.read(file);
            } catch (InputException e) {
                message = e.describe();
            }
            System.out.printf("%-9s %12.1f %12.2f  %s%n", reader, first, warm, message.replace(dir + "/", ""));
            Files.delete(file);
        }
        Files.delete(dir);
    }

    /** Milliseconds until the reader refused the file; fails when it did not. */
    private static double refuse(HostileXml reader, Path file) throws Exception {
        long t0 = System.nanoTime();
        try {
            reader.read(file);
        } catch (InputException expected) {
            return (System.nanoTime() - t0) / 1e6;
        }
        throw new AssertionError(reader + " read the bomb");
    }
}
