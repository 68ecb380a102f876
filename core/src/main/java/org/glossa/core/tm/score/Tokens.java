package org.glossa.core.tm.score;

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
}
