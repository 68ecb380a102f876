package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Inline.TagKind;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.junit.jupiter.api.Test;

/** {@link TagMismatchCheck#missing}: the codes a target lacks, as the check reports them (errors). */
class TagMismatchMissingTest {

    static final Inline.Tag OPEN = new Inline.Tag(TagKind.OPEN, "1", "bold", "<strong>");
    static final Inline.Tag CLOSE = new Inline.Tag(TagKind.CLOSE, "1", "bold", "</strong>");
    static final Inline.Tag SPAN = new Inline.Tag(TagKind.OPEN, "2", "span", "<span class=\"credit\">");
    static final Inline.Tag SPAN_END = new Inline.Tag(TagKind.CLOSE, "2", "span", "</span>");
    static final Content SOURCE = new Content(List.of(new Inline.Text("The "), OPEN, new Inline.Text("EU"), CLOSE,
            new Inline.Text(" acts. "), SPAN, new Inline.Text("Photo"), SPAN_END));

    @Test
    void aTargetWithoutCodesLacksAllOfThemInSourceOrder() {
        Content target = Content.of("Die EU handelt. Foto");

        assertEquals(List.of(OPEN, CLOSE, SPAN, SPAN_END), TagMismatchCheck.missing(SOURCE, target));
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.ERROR, Severity.ERROR),
                new TagMismatchCheck().check(pair(target)).stream().map(f -> f.severity()).toList());
    }

    @Test
    void movedPairsLackNothingAndAHalfPairLacksItsOtherHalf() {
        Content moved = new Content(List.of(SPAN, new Inline.Text("Foto"), SPAN_END, new Inline.Text(" Die "), OPEN,
                new Inline.Text("EU"), CLOSE));
        Content half = new Content(List.of(new Inline.Text("Die "), OPEN, new Inline.Text("EU handelt. "), SPAN,
                new Inline.Text("Foto"), SPAN_END));

        assertEquals(List.of(), TagMismatchCheck.missing(SOURCE, moved));
        assertEquals(List.of(CLOSE), TagMismatchCheck.missing(SOURCE, half));
    }

    private static SegmentPair pair(Content target) {
        return new SegmentPair("credit.html", "u1", "s1", SOURCE, target, "en", "de");
    }
}
