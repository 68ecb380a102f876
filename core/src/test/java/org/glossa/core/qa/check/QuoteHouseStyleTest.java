package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Span;
import org.junit.jupiter.api.Test;

/** A project's quotation marks replace the target language's: the same target is right in one house, wrong in another. */
class QuoteHouseStyleTest {
    private static final SegmentPair LOW_HIGH = SegmentPair.of("Michel called it “historic.”",
            "Michel nannte es „historisch“.", "en", "de");
    private static final SegmentPair GUILLEMETS = SegmentPair.of("Michel called it “historic.”",
            "Michel nannte es »historisch«.", "en", "de");

    @Test
    void withoutAHouseStyleBothGermanStylesPass() {
        QuoteStyleCheck check = new QuoteStyleCheck();
        assertEquals(List.of(), check.check(LOW_HIGH));
        assertEquals(List.of(), check.check(GUILLEMETS));
    }

    @Test
    void aGuillemetHouseMarksLowHighQuotesAtTheirPlace() {
        QuoteStyleCheck check = new QuoteStyleCheck(Optional.of(QuoteStyle.parse("»« ›‹")));
        assertEquals(List.of(), check.check(GUILLEMETS));
        List<Finding> findings = check.check(LOW_HIGH);
        assertEquals(List.of(new Span(17, 18), new Span(28, 29)),
                findings.stream().map(f -> f.targetSpan().orElseThrow()).toList());
        assertEquals("The quotation mark „ is not the house style's (house style: »…«)", findings.get(0).message());
    }

    @Test
    void aLowHighHouseMarksGuillemets() {
        QuoteStyleCheck check = new QuoteStyleCheck(Optional.of(QuoteStyle.parse("„“, ‚‘")));
        assertEquals(List.of(), check.check(LOW_HIGH));
        assertEquals(2, check.check(GUILLEMETS).size());
    }

    @Test
    void parsingNamesWhatIsWrong() {
        assertEquals("„“ ‚‘", QuoteStyle.parse(" „“  ‚‘ ").label());
        assertEquals("'«' is not a pair of quotation marks (an opening and a closing mark, e.g. „“ or »«)",
                assertThrows(IllegalArgumentException.class, () -> QuoteStyle.parse("«")).getMessage());
        assertEquals("no quotation marks given (e.g. „“ ‚‘)",
                assertThrows(IllegalArgumentException.class, () -> QuoteStyle.parse(" , ")).getMessage());
    }
}
