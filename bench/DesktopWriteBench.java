import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.glossa.desktop.viewmodel.Async;
import org.glossa.desktop.viewmodel.ConfirmedSegment;
import org.glossa.desktop.viewmodel.DocumentSession;
import org.glossa.desktop.viewmodel.ProjectMemory;

/**
 * What the desktop editor's writer thread costs (see docs/benchmarks.md, bench/desktop-writes.sh): the autosave of
 * the seed article (XLIFF 2.1, atomic) and the rewrite of a project memory of N units after one confirmation.
 * Median of RUNS writes after 3 warm-up writes; the work runs on the calling thread here (in the editor it runs on
 * the writer thread, off the UI thread).
 *
 * <pre>  DesktopWriteBench SEED.txt WORK_DIR RUNS N...</pre>
 */
public final class DesktopWriteBench {
    public static void main(String[] args) throws Exception {
        Path seed = Path.of(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        int runs = Integer.parseInt(args[2]);
        Path doc = Files.copy(seed, dir.resolve(seed.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        DocumentSession session = DocumentSession.open(doc, p -> Documents.open(p, new ExtractOptions("en", "de")));
        double[] autosave = new double[runs];
        for (int i = -3; i < runs; i++) {
            var unit = session.units().get(3);
            var segment = unit.segments().get(0);
            session.update(3, segment.withTarget(Content.of("Stand " + i), segment.state()));
            long t0 = System.nanoTime();
            if (!session.autosave()) throw new IllegalStateException("no autosave");
            if (i >= 0) autosave[i] = (System.nanoTime() - t0) / 1e6;
        }
        System.out.printf("autosave seed (%d units): median %.1f ms%n", session.units().size(), median(autosave));

        for (int a = 3; a < args.length; a++) {
            int n = Integer.parseInt(args[a]);
            Path tmx = dir.resolve("project-" + n + ".tmx");
            try (TmxWriter w = TmxWriter.open(tmx, TmxHeader.glossa("en", "plaintext"))) {
                for (int u = 0; u < n; u++) {
                    w.write(TranslationUnit.of("u" + u, List.of(
                            Variant.of("en", Content.of("The European Union and NATO issued declaration number " + u + ".")),
                            Variant.of("de", Content.of("Die EU und die NATO gaben Erklärung Nummer " + u + " ab.")))));
                }
            }
            ProjectMemory memory = new ProjectMemory(tmx, "en", "de", Async.DIRECT);
            double[] write = new double[runs];
            for (int i = -3; i < runs; i++) {
                ConfirmedSegment s = new ConfirmedSegment("bench.txt", "tu" + i, "s1", Content.of("Sentence " + i + "."),
                        Content.of("Satz " + i + "."), Optional.empty(), "en", "de");
                long t0 = System.nanoTime();
                memory.add(s, message -> { throw new IllegalStateException(message); }); // DIRECT: writes at once
                if (i >= 0) write[i] = (System.nanoTime() - t0) / 1e6;
            }
            System.out.printf("project memory of %,d units, one confirmation: median %.1f ms (%.1f MB TMX)%n", n,
                    median(write), Files.size(tmx) / 1e6);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
