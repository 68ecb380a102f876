package org.glossa.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words QA checks look at (repeated words, negations, month names, untranslated text, the wrong language):
 * runs of letters (with their marks) with at most one inner apostrophe ("DW's", "geht’s"). Numbers and punctuation
 * are not words here; no word is split by language rules, so a check reads the same words in every language.
 */
public final class QaWordTokenizer {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)?");
    /** A segment's source and target are read by several checks: each text is cut once per thread. */
    private static final RecentTexts<List<WordToken>> RECENT = new RecentTexts<>(8, QaWordTokenizer::cut);

    private QaWordTokenizer() {
    }

    /**
     * The words of {@code text} in order, each a {@link WordToken} with {@code word} true; an unmodifiable list, the
     * same one for a text this thread cut lately.
     */
    public static List<WordToken> words(String text) {
        return RECENT.get(text);
    }

    private static List<WordToken> cut(String text) {
        List<WordToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new WordToken(m.start(), m.end(), m.group(), true));
        return List.copyOf(out);
    }
}
