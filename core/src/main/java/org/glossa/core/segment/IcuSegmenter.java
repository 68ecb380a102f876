package org.glossa.core.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/** ICU's sentence break rules (UAX #29 with the locale's tailoring): the fallback for languages without Glossa rules. */
public final class IcuSegmenter implements Segmenter {
    private final BreakIterator breaks;

    public IcuSegmenter(String language) {
        this.breaks = BreakIterator.getSentenceInstance(ULocale.forLanguageTag(language));
    }

    @Override
    public List<Span> split(Content content) {
        StringBuilder sb = new StringBuilder(content.codedLength());
        for (Inline p : content.parts()) {
            if (p instanceof Inline.Text t) sb.append(t.value());
            else sb.append('\uE000');
        }
        breaks.setText(sb.toString());
        List<Span> spans = new ArrayList<>();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            spans.add(new Span(start, end));
        }
        if (spans.isEmpty()) spans.add(new Span(0, sb.length()));
        return spans;
    }
}
