package org.glossa.desktop.viewmodel;

/**
 * A run of a memory match's source as the panel shows it against the current segment's source: the same in both,
 * only in the match (to be deleted: struck through) or only in the segment (inserted: underlined).
 */
public record DiffPiece(String text, Kind kind) {

    public enum Kind { SAME, DELETED, INSERTED }
}
