package org.glossa.core.spelling;

/** A word the dictionary does not know, at [start, end) in the checked text. */
public record Misspelling(String word, int start, int end) {
}
