package org.glossa.core.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.text.WordCount;

/**
 * Match analysis for quoting: words and segments of each file in bands (context 101, exact 100, 95–99, 85–94,
 * 75–84, 50–74, no match) plus repetitions within and across files, in the order the files are given.
 *
 * <p>Counting: words by ICU word boundaries; a number is one word (as Okapi's word counter and Trados count them);
 * inline codes and punctuation are not words. Only translatable units count (page furniture does not). A segment
 * whose source (whitespace collapsed) occurred earlier in the run is a repetition, unless it has a context match.
 */
public final class Analysis {
    /** The best memory score for a segment (with the previous segment's source, for context matches). */
    @FunctionalInterface
    public interface BestMatch {
        OptionalInt score(Content source, Optional<Content> previous);
    }

    /** One file's counts. */
    public record FileCounts(String file, BandCounts counts) {
    }

    /** All files and the total. */
    public record Result(List<FileCounts> files, BandCounts total) {
    }

    private final BestMatch memory;
    private final WordCount words;

    public Analysis(BestMatch memory, String sourceLanguage) {
        this.memory = memory;
        this.words = new WordCount(sourceLanguage);
    }

    /** Without a memory: every first occurrence is "no match". */
    public static Analysis withoutMemory(String sourceLanguage) {
        return new Analysis((s, p) -> OptionalInt.empty(), sourceLanguage);
    }

    public Result run(List<Document> documents, List<String> names) {
        Set<String> seen = new HashSet<>();
        List<FileCounts> files = new ArrayList<>();
        BandCounts total = new BandCounts();
        for (int i = 0; i < documents.size(); i++) {
            BandCounts c = new BandCounts();
            Optional<Content> previous = Optional.empty();
            for (Unit u : documents.get(i).units()) {
                if (!u.translate()) continue;
                for (Segment s : u.segments()) {
                    String text = s.source().plainText();
                    long n = words.count(text);
                    int score = memory.score(s.source(), previous).orElse(0);
                    boolean repeated = !seen.add(text.strip().replaceAll("[\\s\\u00A0]+", " "));
                    Band band = Band.ofScore(score);
                    c.add(repeated && band != Band.CONTEXT ? Band.REPETITION : band, n);
                    previous = Optional.of(s.source());
                }
            }
            files.add(new FileCounts(names.get(i), c));
            total.addAll(c);
        }
        return new Result(files, total);
    }
}
