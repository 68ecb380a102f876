import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.QaSession;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.check.DoubleSpaceCheck;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.report.ReportFormat;
import org.glossa.core.qa.report.ReportWriter;

/**
 * Heap of a QA run over FILES generated files of 100 segments (half shared by all files, half the file's own; a few
 * inconsistent targets and sources, double spaces), as in core's QaSessionSmallHeapTest. Run it with -Xlog:gc and
 * read the heap after each collection (bench/qa-heap.sh).
 *   session: QaSession (spooled), JSON and HTML reports written to /dev/null
 *   held:    every pair held in one list, as `glossa qa` did before the session (a lower bound of its memory:
 *            the former run also held every finding and grouped all pairs for the consistency checks)
 * Usage: java -cp CP:DIR QaHeapBench session|held FILES
 */
public class QaHeapBench {
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int files = Integer.parseInt(args[1]);
        QaEngine engine = new QaEngine(List.of(new DoubleSpaceCheck()), Set.of());
        long start = System.nanoTime();
        if (mode.equals("session")) {
            try (QaSession session = engine.session(null)) {
                for (int i = 0; i < files; i++) session.add(engine.check(name(i), file(i)));
                QaReport report = session.finish();
                ReportWriter.write(report, ReportFormat.JSON, Path.of("/dev/null"));
                ReportWriter.write(report, ReportFormat.HTML, Path.of("/dev/null"));
                System.out.printf("%d segments, %d issues %s%n", report.segments(), report.issues(), report.countsByCheck());
            }
        } else {
            List<SegmentPair> all = new ArrayList<>();
            for (int i = 0; i < files; i++) all.addAll(file(i));
            System.gc();
            System.out.printf("%d segments held%n", all.size());
        }
        System.out.printf("%.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    static String name(int i) {
        return String.format("f%05d.xlf", i);
    }

    static List<SegmentPair> file(int i) {
        List<SegmentPair> out = new ArrayList<>(100);
        for (int j = 0; j < 100; j++) {
            boolean shared = j % 2 == 0;
            String source = shared
                    ? "Shared sentence " + j + ": the ministers met in Brussels on Monday to discuss the budget for the coming year."
                    : "File " + i + " sentence " + j + ": the council agreed on a new plan for the ports of the northern coast.";
            String target = shared
                    ? "Gemeinsamer Satz " + j + ": Die Minister trafen sich am Montag in Brüssel, um den Haushalt zu besprechen."
                    : "Datei " + i + " Satz " + j + ": Der Rat einigte sich auf einen neuen Plan für die Häfen der Nordküste.";
            if (shared && j == 4 && i % 50 == 7) target = target + " (anders)";
            if (!shared && j == 5 && i % 100 == 11) target = "Gemeinsamer Satz 6: Die Minister trafen sich am Montag in Brüssel, um den Haushalt zu besprechen.";
            if (!shared && (i + j) % 31 == 0) target = target.replace("Rat einigte", "Rat  einigte");
            out.add(new SegmentPair(name(i), "u" + j, "1", Content.of(source), Content.of(target), "en", "de"));
        }
        return out;
    }
}
