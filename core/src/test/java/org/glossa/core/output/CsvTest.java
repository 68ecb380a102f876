package org.glossa.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotesEveryValueThatNeedsIt() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("", Csv.field(""));
        assertEquals("", Csv.field(null));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"a\nb\nc\"", Csv.field("a\nb\nc"), "two line breaks (the analysis CSV missed this)");
        assertEquals("\"a\rb\"", Csv.field("a\rb"));
        assertEquals("\" padded \"", Csv.field(" padded "));
        assertEquals("\"tab\t\"", Csv.field("tab\t"));
        assertEquals("\"#1\"", Csv.field("#1"));
        assertEquals("Straße", Csv.field("Straße"));
    }

    @Test
    void theDelimiterDecides() {
        assertEquals("a,b", Csv.field("a,b", '\t'));
        assertEquals("\"a\tb\"", Csv.field("a\tb", '\t'));
        assertEquals("\"a;b\"", Csv.field("a;b", ';'));
    }
}
