package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class WordSelectionTest {
    @Test
    void selectsTheWordAtTheOffset() {
        assertArrayEquals(new int[] {4, 6}, WordSelection.around("The EU signed.", 5));
        assertArrayEquals(new int[] {4, 6}, WordSelection.around("The EU signed.", 4));
        assertArrayEquals(new int[] {7, 13}, WordSelection.around("The EU signed.", 10));
    }

    @Test
    void atTheEndTheLastPieceAndNothingInAnEmptyText() {
        assertArrayEquals(new int[] {13, 14}, WordSelection.around("The EU signed.", 14));
        assertArrayEquals(new int[] {0, 0}, WordSelection.around("", 0));
    }
}
