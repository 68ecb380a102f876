package org.glossa.core.tm.score;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glossa.core.text.FuzzyMatchTokenizer;

/**
 * A text cut into comparable tokens, kept in parallel arrays so that comparing two of them allocates nothing.
 *
 * <p>Word tokens are words and numbers in order. A word's key is its NFKC form case-folded, its form the NFKC form;
 * a number's key is {@link #NUMBER_MARK} followed by its normalised value (so it never equals a word), its form the
 * number as written. Punctuation and tags are kept apart, each with the index of the word token it precedes, so
 * that moving a comma or a tag is a difference even when the sequence is the same.
 */
final class Tokens {
    static final char NUMBER_MARK = '\u0000';

    final String plainText;
    final String[] wordKeys;
    final String[] wordForms;
    final boolean[] isNumber;
    final NumberToken[] numbers;
    final String[] punct;
    final int[] punctAt;
    final String[] tagKeys;
    final int[] tagAt;
    final int[] tagOffset;

    Tokens(String plainText, String[] wordKeys, String[] wordForms, boolean[] isNumber, NumberToken[] numbers,
            String[] punct, int[] punctAt, String[] tagKeys, int[] tagAt, int[] tagOffset) {
        this.plainText = plainText;
        this.wordKeys = wordKeys;
        this.wordForms = wordForms;
        this.isNumber = isNumber;
        this.numbers = numbers;
        this.punct = punct;
        this.punctAt = punctAt;
        this.tagKeys = tagKeys;
        this.tagAt = tagAt;
        this.tagOffset = tagOffset;
    }

    int wordCount() {
        return wordKeys.length;
    }

    /** Collects the tokens {@link FuzzyMatchTokenizer} hands over, reading numbers with one language's separators. */
    static final class Builder implements FuzzyMatchTokenizer.Sink {
        private final LocaleNumbers localeNumbers;
        private final List<String> wordKeys = new ArrayList<>();
        private final List<String> wordForms = new ArrayList<>();
        private final List<NumberToken> numbers = new ArrayList<>();
        private boolean[] isNumber = new boolean[16];
        private final List<String> punct = new ArrayList<>();
        private int[] punctAt = new int[16];
        private final List<String> tagKeys = new ArrayList<>();
        private int[] tagAt = new int[4];
        private int[] tagOffset = new int[4];

        Builder(LocaleNumbers localeNumbers) {
            this.localeNumbers = localeNumbers;
        }

        @Override
        public void word(String key, String form) {
            int i = wordKeys.size();
            if (i == isNumber.length) isNumber = Arrays.copyOf(isNumber, i * 2);
            wordKeys.add(key);
            wordForms.add(form);
        }

        @Override
        public void number(String form, int part, int start, int end) {
            NumberToken n = localeNumbers.parse(form, part, start, end);
            int i = wordKeys.size();
            word(Tokens.NUMBER_MARK + n.key(), n.raw());
            isNumber[i] = true;
            numbers.add(n);
        }

        @Override
        public void punctuation(String form) {
            int i = punct.size();
            if (i == punctAt.length) punctAt = Arrays.copyOf(punctAt, i * 2);
            punct.add(form);
            punctAt[i] = wordKeys.size();
        }

        @Override
        public void tag(String key, int offset) {
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
