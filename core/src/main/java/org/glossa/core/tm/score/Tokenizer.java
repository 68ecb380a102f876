package org.glossa.core.tm.score;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * Cuts content into {@link Tokens} with ICU word boundaries: words and numbers are word tokens, every other
 * character that is not white space (NBSP included) is a punctuation token, and each inline tag is a tag token.
 * Thread-safe: the break iterator is kept per thread.
 */
final class Tokenizer {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final ThreadLocal<BreakIterator> words;
    private final LocaleNumbers numbers;

    Tokenizer(ULocale locale) {
        BreakIterator prototype = BreakIterator.getWordInstance(locale);
        this.words = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
        this.numbers = new LocaleNumbers(locale);
    }

    LocaleNumbers numbers() {
        return numbers;
    }

    Tokens tokenize(Content content) {
        Builder b = new Builder();
        StringBuilder plain = new StringBuilder();
        List<Inline> parts = content.parts();
        for (int p = 0; p < parts.size(); p++) {
            Inline part = parts.get(p);
            if (part instanceof Inline.Text t) {
                text(t.value(), p, b);
                plain.append(t.value());
            } else if (part instanceof Inline.Tag g) {
                b.tag(g.kind().name() + '|' + g.type() + '|' + g.data(), plain.length());
            }
        }
        return b.build(plain.toString());
    }

    private void text(String s, int part, Builder b) {
        BreakIterator bi = words.get();
        bi.setText(s);
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            if (bi.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                String raw = s.substring(start, end);
                String form = NFKC.isNormalized(raw) ? raw : NFKC.normalize(raw);
                if (LocaleNumbers.isNumeric(form)) {
                    NumberToken n = numbers.parse(form, part, start, end);
                    b.number(n);
                } else {
                    b.word(fold(form), form);
                }
            } else {
                for (int i = start; i < end; ) {
                    int cp = s.codePointAt(i);
                    int next = i + Character.charCount(cp);
                    if (!UCharacter.isUWhiteSpace(cp) && !Character.isSpaceChar(cp)) {
                        String raw = s.substring(i, next);
                        b.punct(NFKC.isNormalized(raw) ? raw : NFKC.normalize(raw));
                    }
                    i = next;
                }
            }
        }
    }

    /** Case folding with a fast path for text that folding leaves alone. */
    private static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') return UCharacter.foldCase(s, true);
        }
        return s;
    }

    private static final class Builder {
        private final List<String> wordKeys = new ArrayList<>();
        private final List<String> wordForms = new ArrayList<>();
        private final List<NumberToken> numbers = new ArrayList<>();
        private boolean[] isNumber = new boolean[16];
        private final List<String> punct = new ArrayList<>();
        private int[] punctAt = new int[16];
        private final List<String> tagKeys = new ArrayList<>();
        private int[] tagAt = new int[4];
        private int[] tagOffset = new int[4];

        void word(String key, String form) {
            int i = wordKeys.size();
            if (i == isNumber.length) isNumber = Arrays.copyOf(isNumber, i * 2);
            wordKeys.add(key);
            wordForms.add(form);
        }

        void number(NumberToken n) {
            int i = wordKeys.size();
            word(Tokens.NUMBER_MARK + n.key(), n.raw());
            isNumber[i] = true;
            numbers.add(n);
        }

        void punct(String form) {
            int i = punct.size();
            if (i == punctAt.length) punctAt = Arrays.copyOf(punctAt, i * 2);
            punct.add(form);
            punctAt[i] = wordKeys.size();
        }

        void tag(String key, int offset) {
            int i = tagKeys.size();
            if (i == tagAt.length) {
                tagAt = Arrays.copyOf(tagAt, i * 2);
                tagOffset = Arrays.copyOf(tagOffset, i * 2);
            }
            tagKeys.add(key);
            tagAt[i] = wordKeys.size();
            tagOffset[i] = offset;
        }

        Tokens build(String plainText) {
            int n = wordKeys.size();
            return new Tokens(plainText, wordKeys.toArray(String[]::new), wordForms.toArray(String[]::new),
                    Arrays.copyOf(isNumber, n), numbers.toArray(NumberToken[]::new), punct.toArray(String[]::new),
                    Arrays.copyOf(punctAt, punct.size()), tagKeys.toArray(String[]::new),
                    Arrays.copyOf(tagAt, tagKeys.size()), Arrays.copyOf(tagOffset, tagKeys.size()));
        }
    }
}
