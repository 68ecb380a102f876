import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.sf.okapi.lib.segmentation.SRXDocument;
import org.glossa.core.model.Content;
import org.glossa.core.model.Segment;
import org.glossa.core.segment.Segmenter;
import org.glossa.core.segment.SrxSegmenter;
import org.glossa.core.segment.UnitSegmentation;
import org.glossa.core.segment.news.NewsSegmenter;
import org.glossa.core.segment.news.SrxExport;

/**
 * Segmentation accuracy on a generated archive (benchmark harness, not part of the Maven build): the sentences of
 * every body paragraph as written by {@code bench/generate-articles.py --gold FILE} are the gold data; each paragraph
 * (the sentences joined by one space) is segmented by every segmenter and the gold sentences found exactly (same
 * start and end) are counted, as well as the paragraphs segmented exactly.
 * Usage: java -cp HARNESS:cli/target/glossa-cli-*.jar:cli/target/lib/* SegmentAccuracyBench GOLD.jsonl
 */
public final class SegmentAccuracyBench {
    public static void main(String[] args) throws Exception {
        List<List<String>> paragraphs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                List<String> sentences = new ArrayList<>();
                for (JsonNode s : json.readTree(line).get("sentences")) sentences.add(s.asText());
                paragraphs.add(sentences);
            }
        }
        Path tmp = Files.createTempDirectory("seg-accuracy");
        Path okapiDefault = tmp.resolve("defaultSegmentation.srx");
        try (InputStream in = SRXDocument.class.getResourceAsStream("defaultSegmentation.srx")) {
            Files.copy(in, okapiDefault, StandardCopyOption.REPLACE_EXISTING);
        }
        Path exported = tmp.resolve("glossa.srx");
        SrxExport.write(exported);
        Map<String, Supplier<Segmenter>> segmenters = new LinkedHashMap<>();
        segmenters.put("Okapi SRX, default rules", () -> SrxSegmenter.fromFile(okapiDefault, "en"));
        segmenters.put("Okapi SRX, default rules + Glossa's news exceptions", () -> SrxSegmenter.forLanguage("en"));
        segmenters.put("Glossa NewsSegmenter (default)", () -> NewsSegmenter.forLanguage("en"));
        segmenters.put("Glossa rules exported as SRX (Okapi engine)", () -> SrxSegmenter.fromFile(exported, "en"));
        int goldSentences = paragraphs.stream().mapToInt(List::size).sum();
        System.out.printf("paragraphs: %d, gold sentences: %d%n", paragraphs.size(), goldSentences);
        System.out.println("| Segmenter | sentences found exactly | paragraphs segmented exactly | segments produced |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, Supplier<Segmenter>> e : segmenters.entrySet()) {
            UnitSegmentation segmentation = new UnitSegmentation(e.getValue().get());
            long found = 0;
            long exact = 0;
            long produced = 0;
            for (List<String> gold : paragraphs) {
                Set<Long> goldSpans = spans(gold);
                List<String> got = segmentation.segment(Content.of(String.join(" ", gold))).stream()
                        .filter(p -> p instanceof Segment).map(p -> p.source().plainText().strip()).toList();
                Set<Long> gotSpans = spans(got);
                produced += got.size();
                for (Long span : gotSpans) if (goldSpans.contains(span)) found++;
                if (gotSpans.equals(goldSpans)) exact++;
            }
            System.out.printf("| %s | %d/%d (%.1f%%) | %d/%d (%.1f%%) | %d |%n", e.getKey(), found, goldSentences,
                    100.0 * found / goldSentences, exact, paragraphs.size(), 100.0 * exact / paragraphs.size(), produced);
        }
    }

    /** Each sentence as (start, end) in the paragraph the sentences make when joined by one space. */
    private static Set<Long> spans(List<String> sentences) {
        Set<Long> out = new HashSet<>();
        int start = 0;
        for (String s : sentences) {
            out.add(((long) start << 32) | (start + s.length()));
            start += s.length() + 1;
        }
        return out;
    }
}
