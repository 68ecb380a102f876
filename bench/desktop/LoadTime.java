import java.nio.file.Path;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
/**
 * Reads one file four times with {@code Documents.open} in one JVM: cold, then warmer (see docs/benchmarks.md).
 * Usage: java -cp DESKTOP_CLASSPATH bench/desktop/LoadTime.java FILE
 */
public class LoadTime {
    public static void main(String[] a) {
        for (int i = 0; i < 4; i++) {
            long t = System.nanoTime();
            var d = Documents.open(Path.of(a[0]), new ExtractOptions("en", "de"));
            System.out.printf("load %d: %.0f ms (%d units)%n", i, (System.nanoTime() - t) / 1e6, d.units().size());
        }
    }
}
