package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.junit.jupiter.api.Test;

class TagTextTest {

    static final Inline.Tag OPEN = new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>");
    static final Inline.Tag CLOSE = new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>");
    static final Inline.Tag IMAGE = new Inline.Tag(Inline.TagKind.STANDALONE, "2", "image", "<img/>");
    static final Content SOURCE = new Content(List.of(new Inline.Text("The "), OPEN, new Inline.Text("EU"), CLOSE,
            new Inline.Text(" acts"), IMAGE));

    @Test
    void displayShowsPlaceholders() {
        assertEquals("The ⟨1⟩EU⟨/1⟩ acts⟨2/⟩", TagText.display(SOURCE));
    }

    @Test
    void parseTurnsPlaceholdersBackIntoTheSourceCodes() {
        Content target = TagText.parse("Die ⟨1⟩EU⟨/1⟩ handelt⟨2/⟩", SOURCE);

        assertEquals(List.of(new Inline.Text("Die "), OPEN, new Inline.Text("EU"), CLOSE, new Inline.Text(" handelt"),
                IMAGE), target.parts());
    }

    @Test
    void codesMissingFromTheTextStayMissing() {
        Content target = TagText.parse("Die EU handelt", SOURCE);

        assertEquals(List.of(new Inline.Text("Die EU handelt")), target.parts(), "no code is placed silently");
    }

    @Test
    void aMissingOpeningCodeIsNotPutBeforeItsClosingCode() {
        Content target = TagText.parse("Die EU⟨/1⟩ handelt⟨2/⟩", SOURCE);

        assertEquals(List.of(new Inline.Text("Die EU"), CLOSE, new Inline.Text(" handelt"), IMAGE),
                target.parts());
    }

    @Test
    void unknownOrRepeatedPlaceholdersStayText() {
        Content target = TagText.parse("⟨9⟩ ⟨2/⟩⟨2/⟩", new Content(List.of(IMAGE)));

        assertEquals(List.of(new Inline.Text("⟨9⟩ "), IMAGE, new Inline.Text("⟨2/⟩")), target.parts());
    }

    @Test
    void protectWidensEditsThatCutAPlaceholder() {
        String text = "Die ⟨1⟩EU";
        assertArrayEquals(new int[] {4, 7}, TagText.protect(text, 6, 7), "backspace at the end of ⟨1⟩");
        assertArrayEquals(new int[] {4, 7}, TagText.protect(text, 5, 6), "delete inside ⟨1⟩");
        assertArrayEquals(new int[] {7, 7}, TagText.protect(text, 5, 5), "typing inside ⟨1⟩");
        assertArrayEquals(new int[] {0, 3}, TagText.protect(text, 0, 3), "edits of text stay");
        assertEquals(7, TagText.caretOutside(text, 6));
    }

    @Test
    void displayAgainstAReferenceDropsForeignCodes() {
        Content match = new Content(List.of(new Inline.Text("Die "), new Inline.Tag(Inline.TagKind.STANDALONE, "7",
                "x", ""), new Inline.Text("EU"), IMAGE));

        assertEquals("Die EU⟨2/⟩", TagText.display(match, SOURCE));
    }
}
