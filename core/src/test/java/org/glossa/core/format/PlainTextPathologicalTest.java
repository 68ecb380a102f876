package org.glossa.core.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glossa.core.model.Original;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Whitespace-heavy texts that made the old separator pattern backtrack quadratically (hang guard only, no timing). */
class PlainTextPathologicalTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manyLineBreaksWithVerticalTabsBeforeTheLastWord() {
        String text = "First.\n\n" + "\n\u000B".repeat(200_000) + "x";
        List<Block> blocks = new PlainTextFormat().read(new Original(text.getBytes(StandardCharsets.UTF_8), "UTF-8"), "vt.txt", "en");
        assertEquals("First.", blocks.get(0).content().plainText());
        assertEquals(2, blocks.size());
    }

    @Test
    void aTrailingRunOfBlankLinesIsNotAParagraph() {
        String text = "One.\n\nTwo.  \n \t\n\n";
        List<Block> blocks = new PlainTextFormat().read(new Original(text.getBytes(StandardCharsets.UTF_8), "UTF-8"), "t.txt", "en");
        assertEquals(List.of("One.", "Two.  "), blocks.stream().map(b -> b.content().plainText()).toList());
    }
}
