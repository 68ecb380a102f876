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
    void matchingNormalisationIsTheFormerOneForEveryCharacterAndSpacing() {
        // the former implementation, without the fast path for texts that are already collapsed
        java.util.function.Function<String, String> former = text -> {
            String nfc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
                    .toLowerCase(java.util.Locale.ROOT);
            StringBuilder sb = new StringBuilder();
            boolean space = false;
            for (int i = 0; i < nfc.length(); i++) {
                char c = nfc.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = sb.length() > 0;
                } else {
                    if (space) sb.append(' ');
                    space = false;
                    sb.append(c);
                }
            }
            return sb.toString();
        };
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isWhitespace(c) || Character.isSpaceChar(c), TextKey.isMatchSpace(c),
                    "char " + (int) c);
            String s = String.valueOf(c);
            for (String t : new String[] {s, "a" + s + "b", s + "a", "a" + s, "a " + s + " b", s + s, "A" + s + " "}) {
                assertEquals(former.apply(t), TextKey.normaliseForMatching(t), () -> "text " + t.codePoints()
                        .mapToObj(Integer::toHexString).toList());
            }
        }
        for (String t : new String[] {"", " ", "  ", "a", "a b", "a  b", " a", "a ", "The EU", "x\ty", "x \u00a0y",
                "\u00a0", "Cafe\u0301 ok", "A\u2003B", "ab\u001fcd", "ǅ Ǆ"}) {
            assertEquals(former.apply(t), TextKey.normaliseForMatching(t), t);
        }
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
}
