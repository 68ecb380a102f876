package org.glossa.desktop.viewmodel;

/**
 * A piece of the current segment's source as the editor shows it: plain text, an inline code's placeholder, or
 * a glossary term (highlighted; {@code termNumber} is the n of Ctrl+n, 0 when the term has no number).
 */
public record SourcePiece(String text, Kind kind, int termNumber) {

    public enum Kind { TEXT, TAG, TERM }
}
