package org.glossa.core.text;

/**
 * A token of a text as a tokenizer of this package cuts it: a word or one punctuation character. Whitespace is
 * never a token.
 *
 * @param start offset in the tokenised string
 * @param end   offset after the token
 * @param text  the token as written
 * @param word  true for words, false for punctuation such as "-" or "."
 */
public record WordToken(int start, int end, String text, boolean word) {
}
