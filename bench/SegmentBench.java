import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glossa.core.text.WordCount;
import org.glossa.core.model.Content;
import org.glossa.core.segment.Segmenter;
import org.glossa.core.segment.SrxSegmenter;
import org.glossa.core.segment.UnitSegmentation;
import org.glossa.core.segment.news.NewsSegmenter;

/**
 * Sentence segmentation alone, side by side in one JVM (benchmark harness, not part of the Maven build): Okapi's SRX
 * engine with its default rules ({@code SrxSegmenter.forLanguage}) against Glossa's default ({@code NewsSegmenter}).
 * Usage: java -cp /tmp/glossa-bench/harness:cli/target/glossa-cli-*.jar:cli/target/lib/* SegmentBench DIR [WARMUP] [RUNS]
 * Reads the *.txt articles of DIR, segments every paragraph (one unit per line, as the extractor's units) with each
 * segmenter WARMUP times, then RUNS timed passes alternating between the two; prints ms per article and the speed-up.
 */
public final class SegmentBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<List<Content>> articles;
        try (Stream<Path> files = Files.list(dir)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().map(SegmentBench::paragraphs).toList();
        }
        long words = articles.stream().flatMap(List::stream)
                .mapToLong(c -> WordCount.bySpaces(c.plainText())).sum();
        UnitSegmentation okapi = new UnitSegmentation(SrxSegmenter.forLanguage("en"));
        UnitSegmentation glossa = new UnitSegmentation(NewsSegmenter.forLanguage("en"));
        System.out.printf("articles: %d, paragraphs: %d, words: %d (%.0f per article)%n", articles.size(),
                articles.stream().mapToInt(List::size).sum(), words, (double) words / articles.size());
        for (int i = 0; i < warmup; i++) {
            pass(articles, okapi);
            pass(articles, glossa);
        }
        long okapiNanos = 0;
        long glossaNanos = 0;
        long okapiParts = 0;
        long glossaParts = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            okapiParts += pass(articles, okapi);
            long t1 = System.nanoTime();
            glossaParts += pass(articles, glossa);
            long t2 = System.nanoTime();
            okapiNanos += t1 - t0;
            glossaNanos += t2 - t1;
        }
        double n = (double) runs * articles.size();
        double okapiMs = okapiNanos / 1e6 / n;
        double glossaMs = glossaNanos / 1e6 / n;
        System.out.printf("warm-up passes: %d, timed passes: %d (alternating)%n", warmup, runs);
        System.out.printf("Okapi SRX (default rules): %.3f ms per article, %d segments+ignorables per pass%n", okapiMs, okapiParts / runs);
        System.out.printf("Glossa NewsSegmenter:      %.3f ms per article, %d segments+ignorables per pass%n", glossaMs, glossaParts / runs);
        System.out.printf("speed-up: %.1fx%n", okapiMs / glossaMs);
    }

    private static long pass(List<List<Content>> articles, UnitSegmentation segmentation) {
        long parts = 0;
        for (List<Content> article : articles) {
            for (Content paragraph : article) parts += segmentation.segment(paragraph).size();
        }
        return parts;
    }

    private static List<Content> paragraphs(Path file) {
        try {
            return Stream.of(Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n"))
                    .filter(p -> !p.isBlank()).map(Content::of).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
