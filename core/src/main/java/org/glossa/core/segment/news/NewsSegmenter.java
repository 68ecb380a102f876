package org.glossa.core.segment.news;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.segment.IcuSegmenter;
import org.glossa.core.segment.Segmenter;

/**
 * Glossa's default segmenter for news text: a one-pass scanner over sentence-final punctuation whose candidates are
 * decided by a language pack (abbreviations, titles, sentence starters, ordinals, list markers) with set look-ups.
 * Languages without a pack are segmented with ICU's sentence rules ({@link IcuSegmenter}).
 */
public final class NewsSegmenter implements Segmenter {
    private final BoundaryScanner scanner;

    private NewsSegmenter(LanguagePack pack) {
        this.scanner = new BoundaryScanner(pack);
    }

    /** The segmenter for {@code language} (BCP 47): Glossa's rules for English and German, ICU's for the others. */
    public static Segmenter forLanguage(String language) {
        return LanguagePack.forLanguage(language).<Segmenter>map(NewsSegmenter::new)
                .orElseGet(() -> new IcuSegmenter(language));
    }

    /** Whether {@code language} has Glossa's own rules (otherwise ICU's are used). */
    public static boolean hasRules(String language) {
        return LanguagePack.forLanguage(language).isPresent();
    }

    @Override
    public List<Span> split(Content content) {
        String coded = content.codedText();
        BitSet starts = scanner.boundaries(coded);
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (int b = starts.nextSetBit(1); b >= 0 && b < coded.length(); b = starts.nextSetBit(b + 1)) {
            spans.add(new Span(from, b));
            from = b;
        }
        if (from < coded.length() || spans.isEmpty()) spans.add(new Span(from, coded.length()));
        return spans;
    }
}
