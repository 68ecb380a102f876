import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.tm.ConcordanceHit;
import org.glossa.core.tm.index.IndexOptions;
import org.glossa.core.tm.index.TranslationMemory;

/**
 * Every concordance hit (at most 50 a query) of the given queries on a built memory index, one line each (query,
 * rank, tuid, source, target): for comparing the concordance of two builds' indexes with cmp.
 *   ConcordanceDump TMX CACHE QUERY…
 */
public final class ConcordanceDump {
    public static void main(String[] args) throws Exception {
        try (TranslationMemory tm = TranslationMemory.open(List.of(Path.of(args[0])), "en", "de",
                org.glossa.core.tm.score.MatchScorer.forLanguages("en", "de"), Optional.of(Path.of(args[1])),
                IndexOptions.DEFAULT)) {
            for (int q = 2; q < args.length; q++) {
                List<ConcordanceHit> hits = tm.concordance(args[q], 50);
                for (int i = 0; i < hits.size(); i++) {
                    ConcordanceHit h = hits.get(i);
                    System.out.println(args[q] + "\t" + i + "\t" + h.tuid() + "\t" + h.source().plainText() + "\t"
                            + h.target().plainText());
                }
            }
        }
    }
}
