package org.glossa.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens glossary terms are matched on (terms and texts alike): words and punctuation by the ICU word break
 * rules of a language. Hyphens are punctuation
 * tokens of their own ("Euro-Atlantic" is Euro, -, Atlantic); apostrophes inside words stay in the word ("NATO's");
 * whitespace of any kind (NBSP, thin spaces, line breaks) separates tokens and is dropped.
 * Immutable: each call works on a clone of the prototype break iterator.
 */
public final class TermMatchTokenizer {
    private final BreakIterator prototype;

    public TermMatchTokenizer(String language) {
        this.prototype = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
    }

    public List<WordToken> tokenize(String s) {
        BreakIterator bi = (BreakIterator) prototype.clone();
        bi.setText(s);
        List<WordToken> out = new ArrayList<>();
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            if (bi.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                addWords(s, start, end, out);
            } else {
                addPunctuation(s, start, end, out);
            }
        }
        return out;
    }

    /** A word segment; ICU keeps U+202F (narrow no-break space, ExtendNumLet) inside words, we split there. */
    private static void addWords(String s, int start, int end, List<WordToken> out) {
        int wordStart = start;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (UCharacter.isUWhiteSpace(cp)) {
                if (wordStart < i) out.add(new WordToken(wordStart, i, s.substring(wordStart, i), true));
                wordStart = next;
            }
            i = next;
        }
        if (wordStart < end) out.add(new WordToken(wordStart, end, s.substring(wordStart, end), true));
    }

    private static void addPunctuation(String s, int start, int end, List<WordToken> out) {
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!UCharacter.isUWhiteSpace(cp) && !isIgnorable(cp)) out.add(new WordToken(i, next, s.substring(i, next), false));
            i = next;
        }
    }

    /** A default-ignorable code point (soft hyphen, zero-width joiner…): never a token, never part of a match. */
    public static boolean isIgnorable(int cp) {
        return UCharacter.hasBinaryProperty(cp, com.ibm.icu.lang.UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }
}
