import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.text.WordCount;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;

/**
 * A worker's per-article work without the process around it (decision 0056): every article of a folder read from
 * memory, extracted, written as XLIFF 2.1 to a null stream and word-counted, PASSES times on one thread; prints each
 * pass's thread CPU. Run it with the launcher's extract flags (C1 only, serial collector) to see the code's cost
 * apart from the JVM start, the compiler threads, file I/O and the machine's load:
 *   java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -cp HARNESS:cli/target/glossa-cli-*.jar:cli/target/lib/* \
 *       ExtractWorkBench ARTICLES [PASSES]
 */
public final class ExtractWorkBench {
    public static void main(String[] args) throws Exception {
        List<byte[]> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0])).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                texts.add(Files.readAllBytes(f));
                names.add(f.getFileName().toString());
            }
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Extractor extractor = new Extractor(new ExtractOptions("en", "de", Optional.empty()));
        WordCount words = new WordCount("en");
        StringBuilder out = new StringBuilder();
        long check = 0;
        for (int p = 0; p < passes; p++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < texts.size(); i++) {
                Document doc = extractor.extract(texts.get(i), names.get(i));
                XliffWriter.write(doc, XliffVersion.V2_1, false, OutputStream.nullOutputStream());
                for (Unit u : doc.units()) {
                    if (!u.translate()) continue;
                    for (Segment s : u.segments()) check += words.count(s.source().plainText());
                }
            }
            out.append(String.format(" %.0f", (threads.getCurrentThreadCpuTime() - cpu) / 1e6));
        }
        System.out.println("pass CPU ms:" + out + " (words " + check / passes + ")");
    }
}
