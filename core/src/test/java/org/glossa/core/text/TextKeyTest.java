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

    /**
     * The hand-written collapse gives what the regular expression it replaced gave ({@code strip()}, then each run of
     * {@code [\\s\\u00A0]} as one space), on texts mixing every kind of space: those it collapses, those
     * {@code strip()} alone removes at the ends (U+2003, U+001C) and those it keeps (U+202F, U+2007).
     */
    @Test
    void collapsedSpacesAreWhatTheRegularExpressionGave() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("[\\s\\u00A0]+");
        char[] alphabet = {' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', '\u202F', '\u2007',
                'a', 'B', '\u00FC', '\u6771', '.'};
        java.util.Random random = new java.util.Random(17);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) sb.append(alphabet[random.nextInt(alphabet.length)]);
            String text = sb.toString();
            assertEquals(spaces.matcher(text.strip()).replaceAll(" "), TextKey.collapseSpaces(text), () -> text.chars()
                    .mapToObj(c -> String.format("U+%04X", c)).toList().toString());
        }
        assertEquals("a b", TextKey.collapseSpaces("\u2003 a \u00A0\t b\n"));
        assertEquals("\u202Fa b", TextKey.collapseSpaces("\u202Fa b"));
    }

    @Test
    void asciiTextsAreNormalisedStraightIntoTheBytesTheGeneralWayGives() {
        // every ASCII character alone, between letters, doubled and at both ends
        for (char c = 0; c < 0x80; c++) {
            for (String t : new String[] {"" + c, "a" + c + "B", "Xy" + c + c + "z", c + "Ab" + c}) {
                assertAsciiBytes(t);
            }
        }
        java.util.Random random = new java.util.Random(17);
        String alphabet = "aZq09 \t\n\u000B\f\r\u001C\u001F\u001B.,-AzÉ";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length() - 1)));
            assertAsciiBytes(sb.toString());
        }
        assertEquals(null, TextKey.asciiMatchBytes("Straße"));
        assertEquals(null, TextKey.asciiMatchBytes("a\u00A0b"));
    }

    private static void assertAsciiBytes(String text) {
        byte[] expected = TextKey.normaliseForMatching(text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(new String(expected, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(TextKey.asciiMatchBytes(text), java.nio.charset.StandardCharsets.ISO_8859_1),
                () -> "text " + text.chars().mapToObj(Integer::toHexString).toList());
    }
}
