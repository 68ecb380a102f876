package org.glossa.core.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.glossa.core.qa.Span;
import org.junit.jupiter.api.Test;

class ExcerptTest {
    private static final String TEXT = "The European Commission proposed new sanctions against Belarus on Tuesday.";

    @Test
    void wholeTextWhenItFits() {
        assertEquals("The »European Commission« proposed new sanctions against Belarus on Tuesday.",
                Excerpt.excerpt(TEXT, Optional.of(new Span(4, 23)), 100));
        assertEquals(TEXT, Excerpt.excerpt(TEXT, Optional.empty(), 100));
    }

    @Test
    void cutsAroundTheSpan() {
        String e = Excerpt.excerpt(TEXT, Optional.of(new Span(55, 62)), 30);
        assertEquals(30, e.length(), e);
        assertEquals("…against »Belarus« on Tuesday.", e);
        String middle = Excerpt.excerpt(TEXT, Optional.of(new Span(24, 32)), 30);
        assertEquals("…ssion »proposed« new sanctio…", middle, "a third of the room before the span");
        String start = Excerpt.excerpt(TEXT, Optional.empty(), 20);
        assertEquals("The European Commis…", start);
    }

    @Test
    void longSpanIsShortened() {
        assertEquals("»The European Comm…«", Excerpt.excerpt(TEXT, Optional.of(new Span(0, TEXT.length())), 20));
        assertEquals("…»European Commi…«", Excerpt.excerpt(TEXT, Optional.of(new Span(4, TEXT.length())), 18));
    }

    @Test
    void emptySpanAndSpanPastTheEnd() {
        assertEquals("ab»«cd", Excerpt.excerpt("abcd", Optional.of(new Span(2, 2)), 10));
        assertEquals("ab»cd«", Excerpt.excerpt("abcd", Optional.of(new Span(2, 99)), 10));
        assertEquals("abcd»«", Excerpt.excerpt("abcd", Optional.of(new Span(50, 99)), 10));
    }

    @Test
    void visibleKeepsOffsets() {
        assertEquals("a↵b⇥c␛d␀e\uFFFDf", Excerpt.visible("a\nb\tc\u001bd\u0000e\u0085f"));
        assertEquals("😀x\uFFFD", Excerpt.visible("😀x\ud83d"));
        String s = "tab\there";
        assertEquals(s.length(), Excerpt.visible(s).length());
    }
}
