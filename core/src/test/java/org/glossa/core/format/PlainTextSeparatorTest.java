package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link PlainTextFormat#separator} finds what {@link PlainTextFormat#SEPARATOR}'s {@code find} finds. */
class PlainTextSeparatorTest {
    @Test
    void findsWhatThePatternFinds() {
        String[] fixed = {"", "a", "a\nb", "a\n\nb", "a\r\nb", "a\r\n\r\nb", "a\r\rb", "a\n \t\u00A0\f\nb", "a\n \nb \n",
                "\r\n", "\n\n\n", "a\r\n \r\n\nb", "a\n x\nb", "a\r", "a\r\n", " \r\n \r\n "};
        for (String s : fixed) assertSameMatches(s);
        Random random = new Random(17);
        String alphabet = "ab \t\u00A0\f\r\n\u2028";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertSameMatches(sb.toString());
        }
    }

    private static void assertSameMatches(String text) {
        char[] chars = text.toCharArray();
        for (int limit = 0; limit <= text.length(); limit++) {
            Matcher m = PlainTextFormat.SEPARATOR.matcher(text).region(0, limit);
            int from = 0;
            while (true) {
                long found = PlainTextFormat.separator(chars, from, limit);
                boolean expected = m.find();
                String where = "'" + text.replace("\r", "\\r").replace("\n", "\\n") + "' up to " + limit + " from " + from;
                assertEquals(expected, found >= 0, where);
                if (!expected) break;
                assertEquals(m.start(), (int) (found >>> 32), where);
                assertEquals(m.end(), (int) found, where);
                from = m.end();
            }
        }
    }
}
