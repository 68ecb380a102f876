package org.glossa.core.glossary.match;

/**
 * A token of a term or a text: a word (letters/digits, ICU word rules) or one punctuation character.
 * Whitespace is never a token.
 *
 * @param start offset in the tokenised string
 * @param end   offset after the token
 * @param text  the token as written
 * @param word  true for words, false for punctuation such as "-" or "."
 */
record Token(int start, int end, String text, boolean word) {
}
