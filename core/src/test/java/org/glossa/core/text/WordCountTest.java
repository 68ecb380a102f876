package org.glossa.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCountTest {
    /** The count spelled out: a fresh ICU word iterator over the String, a token counted when it has a letter or digit. */
    private static int countOverString(String language, String text) {
        BreakIterator words = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
        words.setText(text);
        int n = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() != BreakIterator.WORD_NONE || text.substring(start, end).codePoints().anyMatch(Character::isLetterOrDigit)) n++;
        }
        return n;
    }

    @Test
    void countsWordsAndNumbersNotPunctuation() {
        WordCount words = new WordCount("en");
        assertEquals(0, words.count(""));
        assertEquals(0, words.count(" … — !"));
        assertEquals(6, words.count("The EU paid €1,200.50 in 2023."));
        assertEquals(5, words.count("“We’re ready,” she said — again."));
        assertEquals(4, words.count("Emoji 😀 between words and"));
    }

    @Test
    void aReusedCounterCountsAsAFreshBreakIteratorOverTheString() throws IOException {
        String seed = Files.readString(Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt"), StandardCharsets.UTF_8);
        List<String> texts = new java.util.ArrayList<>(List.of("", "a", "“Quoted,” he said.", "Short", "東京は日本の首都です。",
                "𝐁𝐨𝐥𝐝 math 𝟏𝟐𝟑 and \uD800 a lone surrogate", "Sie sagte: „Nein.“ Danach 3,5 % mehr."));
        texts.add(seed); // long, then short again: the reused buffer holds the old text's tail
        texts.addAll(seed.lines().toList());
        for (String language : List.of("en", "de", "ja")) {
            WordCount words = new WordCount(language);
            for (String t : texts) assertEquals(countOverString(language, t), words.count(t), () -> language + ": " + t);
        }
    }
}
