package org.glossa.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextKeyTest {
    @Test
    void matchingNormalisesCaseWhiteSpaceAndUnicodeForm() {
        assertEquals("the eu signed.", TextKey.normaliseForMatching("  The\u00a0EU \n signed. "));
        assertEquals(TextKey.matchHash("Cafe\u0301"), TextKey.matchHash("café"));
        assertNotEquals(TextKey.matchHash("signed"), TextKey.matchHash("signed."));
        assertNotEquals(TextKey.NO_MATCH_HASH, TextKey.matchHash(""));
    }

    @Test
    void matchHashKeepsItsValueForIndexesAndDatabasesWrittenBefore() {
        // the first 8 bytes of SHA-256("the eu signed."): memory indexes and the server's database hold these keys
        assertEquals("e5b35abf4fde74b9", TextKey.matchHashHex("  The\u00a0EU \n signed. "));
    }

    @Test
    void hexKeepsLeadingZerosAsTheFormatterDid() {
        assertEquals("000000000000002a", TextKey.hex(42));
        assertEquals("ffffffffffffffff", TextKey.hex(-1));
        assertEquals("8000000000000000", TextKey.hex(Long.MIN_VALUE));
        long h = TextKey.matchHash("The EU signed.");
        assertEquals(String.format("%016x", h), TextKey.hex(h));
    }

    @Test
    void collapsedSpacesKeepCaseAndForm() {
        assertEquals(TextKey.ofCollapsedSpaces(" The \u00a0 EU\n"), TextKey.of("The EU"));
        assertNotEquals(TextKey.ofCollapsedSpaces("The EU"), TextKey.ofCollapsedSpaces("the EU"));
        assertNotEquals(TextKey.of("The  EU"), TextKey.of("The EU"));
    }
}
