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
import org.glossa.core.text.TextKey;
import org.glossa.core.text.WordCount;

/**
 * Match analysis for quoting: words and segments of each file in bands (context 101, exact 100, 95–99, 85–94,
 * 75–84, 50–74, no match) plus repetitions within and across files, in the order the files are given.
 *
 * <p>Counting: words by ICU word boundaries; a number is one word (as Okapi's word counter and Trados count them);
 * inline codes and punctuation are not words. Only translatable units count (page furniture does not). A segment
 * whose source (whitespace collapsed) occurred earlier in the run is a repetition, unless it has a context match.
 *
 * <p>For many files: {@link #score(Document)} each document (in parallel if the memory allows) and give the scores
 * to a {@link Counter} in file order; the counter keeps only a 128-bit hash per distinct source text.
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

    /**
     * One translatable segment as the analysis counts it.
     *
     * @param score the best memory score, 0 when there is none
     */
    public record Scored(String text, long words, int score) {
    }

    private final BestMatch memory;
    private final String sourceLanguage;

    public Analysis(BestMatch memory, String sourceLanguage) {
        this.memory = memory;
        this.sourceLanguage = sourceLanguage;
    }

    /** Without a memory: every first occurrence is "no match". */
    public static Analysis withoutMemory(String sourceLanguage) {
        return new Analysis((s, p) -> OptionalInt.empty(), sourceLanguage);
    }

    public Result run(List<Document> documents, List<String> names) {
        Counter counter = new Counter();
        for (int i = 0; i < documents.size(); i++) counter.add(names.get(i), score(documents.get(i)));
        return counter.result();
    }

    /** The translatable segments of a document with their words and best memory score; thread-safe when the memory is. */
    public List<Scored> score(Document doc) {
        List<Segment> segments = translatable(doc);
        int[] scores = new int[segments.size()];
        Optional<Content> previous = Optional.empty();
        for (int i = 0; i < scores.length; i++) {
            Segment s = segments.get(i);
            scores[i] = memory.score(s.source(), previous).orElse(0);
            previous = Optional.of(s.source());
        }
        return scored(doc, sourceLanguage, scores);
    }

    /**
     * The translatable segments of a document with their words and the best scores already looked up (by a
     * pre-translation: one per translatable segment, in order, 0 for none).
     */
    public static List<Scored> scored(Document doc, String sourceLanguage, int[] scores) {
        List<Segment> segments = translatable(doc);
        if (segments.size() != scores.length) {
            throw new IllegalArgumentException(scores.length + " scores for " + segments.size() + " segments");
        }
        WordCount words = new WordCount(sourceLanguage); // holds a break iterator: one per call
        List<Scored> out = new ArrayList<>(segments.size());
        for (int i = 0; i < scores.length; i++) {
            String text = segments.get(i).source().plainText();
            out.add(new Scored(text, words.count(text), scores[i]));
        }
        return out;
    }

    private static List<Segment> translatable(Document doc) {
        List<Segment> out = new ArrayList<>();
        for (Unit u : doc.units()) if (u.translate()) out.addAll(u.segments());
        return out;
    }

    /** Counts scored files in the order given; repetitions are remembered as hashes of the sources. Not thread-safe. */
    public static final class Counter {
        private final Set<TextKey> seen = new HashSet<>();
        private final List<FileCounts> files = new ArrayList<>();
        private final BandCounts total = new BandCounts();

        public void add(String name, List<Scored> segments) {
            BandCounts c = new BandCounts();
            for (Scored s : segments) {
                boolean repeated = !seen.add(TextKey.ofCollapsedSpaces(s.text()));
                Band band = Band.ofScore(s.score());
                c.add(repeated && band != Band.CONTEXT ? Band.REPETITION : band, s.words());
            }
            files.add(new FileCounts(name, c));
            total.addAll(c);
        }

        public Result result() {
            return new Result(List.copyOf(files), total);
        }
    }
}
