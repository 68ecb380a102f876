import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Document;

/**
 * Term recognition over a folder of articles with two glossaries: extracts every article first (not timed), then
 * times TermAnnotator.annotate over all of them, 3 rounds per glossary after one warm-up round.
 * Usage: java -cp CLI_CLASSPATH:/tmp/termbench TermBench ARTICLES_DIR SMALL_GLOSSARY BIG_GLOSSARY
 */
public class TermBench {
    public static void main(String[] args) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Extractor x = new Extractor(new ExtractOptions("en", "de"));
        List<Document> docs = new ArrayList<>();
        for (Path f : files) docs.add(x.extract(f));
        System.out.printf("articles: %d%n", docs.size());
        for (int i = 1; i < args.length; i++) {
            long t0 = System.nanoTime();
            Glossary g = GlossaryReader.read(Path.of(args[i]));
            long t1 = System.nanoTime();
            TermAnnotator a = new TermAnnotator(List.of(g), "en", "de");
            long t2 = System.nanoTime();
            long hits = run(a, docs);
            double best = Double.MAX_VALUE;
            for (int r = 0; r < 3; r++) {
                long s = System.nanoTime();
                run(a, docs);
                best = Math.min(best, (System.nanoTime() - s) / 1e6);
            }
            System.out.printf("glossary %s: %d concepts, read %.0f ms, matcher built %.0f ms, %d hits,"
                            + " annotate %d articles best of 3: %.0f ms (%.2f ms/article)%n",
                    Path.of(args[i]).getFileName(), g.concepts().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, hits,
                    docs.size(), best, best / docs.size());
        }
    }

    static long run(TermAnnotator a, List<Document> docs) {
        long hits = 0;
        for (Document d : docs) hits += a.annotate(d).units().stream().mapToLong(u -> u.terms().size()).sum();
        return hits;
    }
}
