package org.glossa.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * The tokens a memory's fuzzy match scores, cut with ICU word boundaries: words and numbers are word tokens (a
 * word keyed by its NFKC form case-folded, a number handed over as written, for the scorer to read with the
 * language's separators), every other character that is not white space (NBSP included) is a punctuation token,
 * and each inline tag is a tag token. Thread-safe: the break iterator is kept per thread.
 */
public final class FuzzyMatchTokenizer {
    /** Receives the tokens of one content in order. */
    public interface Sink {
        /** A word: {@code key} is {@code form} case-folded, {@code form} its NFKC form. */
        void word(String key, String form);

        /** A number as written ({@link #isNumeric}), in inline part {@code part} from {@code start} to {@code end}. */
        void number(String form, int part, int start, int end);

        /** A punctuation character, NFKC. */
        void punctuation(String form);

        /** An inline tag ({@code kind|type|data}) at {@code offset} in the plain text. */
        void tag(String key, int offset);
    }

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final ThreadLocal<BreakIterator> words;

    public FuzzyMatchTokenizer(ULocale locale) {
        BreakIterator prototype = BreakIterator.getWordInstance(locale);
        this.words = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
    }

    /** Hands the tokens of {@code content} to {@code sink}; returns the content's plain text. */
    public String tokenize(Content content, Sink sink) {
        StringBuilder plain = new StringBuilder();
        List<Inline> parts = content.parts();
        for (int p = 0; p < parts.size(); p++) {
            Inline part = parts.get(p);
            if (part instanceof Inline.Text t) {
                text(t.value(), p, sink);
                plain.append(t.value());
            } else if (part instanceof Inline.Tag g) {
                sink.tag(g.kind().name() + '|' + g.type() + '|' + g.data(), plain.length());
            }
        }
        return plain.toString();
    }

    private void text(String s, int part, Sink sink) {
        BreakIterator bi = words.get();
        bi.setText(s);
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            if (bi.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                String raw = s.substring(start, end);
                String form = nfkc(raw);
                if (isNumeric(form)) {
                    sink.number(form, part, start, end);
                } else {
                    sink.word(fold(form), form);
                }
            } else {
                for (int i = start; i < end; ) {
                    int cp = s.codePointAt(i);
                    int next = i + Character.charCount(cp);
                    if (!UCharacter.isUWhiteSpace(cp) && !Character.isSpaceChar(cp)) {
                        String raw = s.substring(i, next);
                        sink.punctuation(NFKC.isNormalized(raw) ? raw : NFKC.normalize(raw));
                    }
                    i = next;
                }
            }
        }
    }

    /** Whether {@code s} looks like a number: digits and separators only, starting and ending with a digit. */
    public static boolean isNumeric(String s) {
        if (s.isEmpty() || !isDigit(s.charAt(0)) || !isDigit(s.charAt(s.length() - 1))) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && !isSeparator(c)) return false;
        }
        return true;
    }

    /** A decimal digit of any script. */
    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || UCharacter.isDigit(c);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == '.' || c == '\'' || c == '\u2019' || c == '\u00a0' || c == '\u202f' || c == '\u066b'
                || c == '\u066c';
    }

    /**
     * The key a word is compared by: its NFKC form case-folded ("Straße", "STRASSE" and "strasse" share one). The
     * memory index analyses words into the same keys, so that a word the scorer counts as equal is one term there.
     */
    public static String wordKey(String word) {
        return fold(nfkc(word));
    }

    private static String nfkc(String s) {
        return NFKC.isNormalized(s) ? s : NFKC.normalize(s);
    }

    /** Case folding with a fast path for text that folding leaves alone. */
    private static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') return UCharacter.foldCase(s, true);
        }
        return s;
    }
}
