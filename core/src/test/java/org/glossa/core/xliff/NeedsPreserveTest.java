package org.glossa.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.glossa.core.model.Content;
import org.junit.jupiter.api.Test;

/** {@code xml:space="preserve"} is asked for exactly where the strip-and-three-searches rule before decision 0059 asked. */
class NeedsPreserveTest {
    @Test
    void sameAsStripAndSearches() {
        String[] fixed = {"", " ", "a", " a", "a ", "a  b", "a b", "a\nb", "a\tb", "\u00A0a", "a\u00A0", "\u2028a", "a\u3000",
                "\u000Ba", "a\u001C", "\uD83D\uDE00", "\uD83D", "\uDE00 ", "a\r", "\ra", "a\rb", "a \u00A0 b"};
        for (String s : fixed) assertEquals(rule(s), new Xliff21Writer(null).needsPreserve(Content.of(s)), s);
        Random random = new Random(5959);
        String alphabet = "ab \t\n\r\u00A0\u2028\u3000\u000B\u001F\uD83D\uDE00\u2007";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(rule(s), new Xliff21Writer(null).needsPreserve(Content.of(s)), s);
        }
    }

    private static boolean rule(String text) {
        return !text.equals(text.strip()) || text.contains("  ") || text.contains("\n") || text.contains("\t");
    }
}
