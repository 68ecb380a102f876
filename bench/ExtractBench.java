import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * Per-article extraction time inside one JVM (benchmark harness, not part of the Maven build).
 * Usage: java -cp /tmp/glossa-bench/harness:cli/target/glossa-cli-*.jar:cli/target/lib/* ExtractBench FILE [WARMUP] [RUNS]
 * Prints: the time to create the Extractor (loads and compiles Okapi's default SRX), the first (cold) extraction,
 * then the mean per article over RUNS after WARMUP runs, for extract() alone and for extract() + XLIFF 2.1 writing.
 */
public final class ExtractBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();

        long t0 = System.nanoTime();
        Extractor extractor = new Extractor(new ExtractOptions("en", "de"));
        long t1 = System.nanoTime();
        Document first = extractor.extract(bytes, name);
        long t2 = System.nanoTime();
        XliffWriter.write(first, XliffVersion.V2_1, new ByteArrayOutputStream());
        long t3 = System.nanoTime();
        System.out.printf("new Extractor (SRX load+compile): %.1f ms%n", (t1 - t0) / 1e6);
        System.out.printf("first extract (cold): %.1f ms; first XLIFF 2.1 write: %.1f ms%n", (t2 - t1) / 1e6, (t3 - t2) / 1e6);

        int segments = first.segments().size();
        for (int i = 0; i < warmup; i++) {
            XliffWriter.write(extractor.extract(bytes, name), XliffVersion.V2_1, new ByteArrayOutputStream());
        }
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) sink += extractor.extract(bytes, name).units().size();
        double extractMs = (System.nanoTime() - start) / 1e6 / runs;
        start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XliffWriter.write(extractor.extract(bytes, name), XliffVersion.V2_1, out);
            sink += out.size();
        }
        double bothMs = (System.nanoTime() - start) / 1e6 / runs;
        System.out.printf("file: %s (%d bytes, %d units, %d segments); warm-up %d, runs %d%n", name, bytes.length,
                first.units().size(), segments, warmup, runs);
        System.out.printf("mean extract: %.3f ms/article%n", extractMs);
        System.out.printf("mean extract + XLIFF 2.1 write: %.3f ms/article%n", bothMs);
        if (sink == 42) System.out.print("");
    }
}
