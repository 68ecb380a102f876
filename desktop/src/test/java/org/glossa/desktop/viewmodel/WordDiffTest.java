package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.glossa.desktop.viewmodel.DiffPiece.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private final WordDiff diff = new WordDiff("en");

    @Test
    void aChangedWordIsDeletedThenInserted() {
        List<DiffPiece> pieces = diff.diff("The EU and NATO signed a joint declaration.",
                "The EU and NATO sign a joint declaration.");

        assertEquals(List.of(
                new DiffPiece("The EU and NATO ", Kind.SAME),
                new DiffPiece("signed", Kind.DELETED),
                new DiffPiece("sign", Kind.INSERTED),
                new DiffPiece(" a joint declaration.", Kind.SAME)), pieces);
    }

    @Test
    void wordsOnlyInOneSideAreDeletedOrInserted() {
        List<DiffPiece> pieces = diff.diff("NATO's Secretary General Jens Stoltenberg spoke on Tuesday.",
                "Secretary General Jens Stoltenberg spoke in Brussels on Tuesday.");

        assertEquals(List.of(
                new DiffPiece("NATO's ", Kind.DELETED),
                new DiffPiece("Secretary General Jens Stoltenberg spoke ", Kind.SAME),
                new DiffPiece("in Brussels ", Kind.INSERTED),
                new DiffPiece("on Tuesday.", Kind.SAME)), pieces);
    }

    @Test
    void thePiecesJoinBackIntoBothTexts() {
        String from = "Ursula von der Leyen, 64, met Charles Michel in 2023!";
        String to = "Ursula von der Leyen (65) met Jens Stoltenberg in 2024.";
        List<DiffPiece> pieces = diff.diff(from, to);

        assertEquals(from, join(pieces, Kind.INSERTED));
        assertEquals(to, join(pieces, Kind.DELETED));
        assertEquals("64", pieces.stream().filter(p -> p.kind() == Kind.DELETED).map(DiffPiece::text)
                .filter(t -> t.contains("64")).findFirst().orElseThrow().strip().replaceAll("[^0-9]", ""));
    }

    @Test
    void whiteSpaceOfAnyKindIsNoChange() {
        assertEquals(List.of(new DiffPiece("Treaty Organization\u00a0(NATO) on ", Kind.SAME),
                        new DiffPiece("Monday", Kind.DELETED), new DiffPiece("Tuesday", Kind.INSERTED)),
                diff.diff("Treaty Organization\u00a0(NATO) on Monday", "Treaty Organization (NATO)  on Tuesday"));
    }

    @Test
    void identicalTextsAreOnePiece() {
        assertEquals(List.of(new DiffPiece("Same text.", Kind.SAME)), diff.diff("Same text.", "Same text."));
    }

    @Test
    void tokensAreWordsSpacesAndPunctuation() {
        assertEquals(List.of("NATO's", " ", "chief", ",", " ", "Jens", "."), diff.tokens("NATO's chief, Jens."));
    }

    /** The text without the pieces of kind {@code left}. */
    private static String join(List<DiffPiece> pieces, Kind left) {
        return pieces.stream().filter(p -> p.kind() != left).map(DiffPiece::text).collect(Collectors.joining());
    }
}
