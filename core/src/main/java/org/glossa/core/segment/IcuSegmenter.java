package org.glossa.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.model.Content;

/** ICU's sentence break rules (UAX #29 with the locale's tailoring): the fallback for languages without Glossa rules. */
public final class IcuSegmenter implements Segmenter {
    private final BreakIterator breaks;

    public IcuSegmenter(String language) {
        this.breaks = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
    }

    @Override
    public List<Span> split(Content content) {
        String coded = content.codedText();
        breaks.setText(coded);
        List<Span> spans = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            spans.add(new Span(start, end));
        }
        if (spans.isEmpty()) spans.add(new Span(0, coded.length()));
        return spans;
    }
}
