package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.TermMark;
import org.junit.jupiter.api.Test;

class InlineTagsTest {

    static final Inline.Tag B = new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<strong>");
    static final Inline.Tag B_END = new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</strong>");
    static final Inline.Tag BR = new Inline.Tag(Inline.TagKind.STANDALONE, "2", "lb", "<br/>");

    /** "The <strong>European Commission</strong> agreed." */
    static final Content SOURCE = new Content(List.of(new Inline.Text("The "), B, new Inline.Text("European Commission"),
            B_END, new Inline.Text(" agreed.")));

    @Test
    void theNextMissingTagGoesToTheCaretOpeningFirstThenClosing() {
        InlineTags.Edit first = InlineTags.insertNext(SOURCE, "Die Kommission", 4, 4).orElseThrow();
        assertEquals("Die ⟨1⟩Kommission", first.text());
        assertEquals(7, first.caret());
        InlineTags.Edit second = InlineTags.insertNext(SOURCE, first.text(), 17, 17).orElseThrow();
        assertEquals("Die ⟨1⟩Kommission⟨/1⟩", second.text());
        assertTrue(InlineTags.insertNext(SOURCE, second.text(), 0, 0).isEmpty(), "nothing left to insert");
    }

    @Test
    void aSelectionIsWrappedInTheMissingPair() {
        String text = "Die Europäische Kommission stimmte zu.";
        InlineTags.Edit edit = InlineTags.insertNext(SOURCE, text, 4, 26).orElseThrow();
        assertEquals("Die ⟨1⟩Europäische Kommission⟨/1⟩ stimmte zu.", edit.text());
        assertEquals(TagText.parse(edit.text(), SOURCE).tags(), List.of(B, B_END));
    }

    @Test
    void statesShowMissingMisplacedAndExtraTags() {
        assertEquals(List.of(InlineTags.State.MISSING, InlineTags.State.MISSING),
                InlineTags.states(SOURCE, "Die Kommission").stream().map(InlineTags.TagState::state).toList());
        assertEquals(List.of(InlineTags.State.PLACED, InlineTags.State.PLACED),
                InlineTags.states(SOURCE, "Die ⟨1⟩Kommission⟨/1⟩").stream().map(InlineTags.TagState::state).toList());
        List<InlineTags.TagState> wrong = InlineTags.states(SOURCE, "Die ⟨/1⟩Kommission⟨1⟩ ⟨7/⟩");
        assertEquals(List.of(InlineTags.State.OUT_OF_ORDER, InlineTags.State.OUT_OF_ORDER, InlineTags.State.EXTRA),
                wrong.stream().map(InlineTags.TagState::state).toList());
        assertEquals("⟨7/⟩", wrong.get(2).placeholder());
    }

    @Test
    void aMatchWithoutTagsGetsThePairAroundTheSameText() {
        Content source = new Content(List.of(new Inline.Text("Talks with "), B, new Inline.Text("Jens Stoltenberg"),
                B_END, new Inline.Text(" in Brussels.")));
        Content placed = InlineTags.placeInto(Content.of("Gespräche mit Jens Stoltenberg in Brüssel."), source,
                List.of());
        assertEquals("Gespräche mit {1}Jens Stoltenberg{/1} in Brüssel.", placed.toString());
    }

    @Test
    void aMatchWithoutTagsGetsThePairAroundTheGlossaryTermsTarget() {
        TermMark term = new TermMark("1", 5, 24, "European Commission",
                List.of(new TermMark.Target("Europäische Kommission", "preferred")), "g.tbx#1");
        Content placed = InlineTags.placeInto(Content.of("Die Europäische Kommission stimmte zu."), SOURCE,
                List.of(term));
        assertEquals("Die {1}Europäische Kommission{/1} stimmte zu.", placed.toString());
    }

    @Test
    void withoutAnAnchorThePairGoesAroundTheWordsAtTheSamePlaceAndAStandaloneCodeToItsBoundary() {
        Content source = new Content(List.of(B, new Inline.Text("Warning:"), B_END,
                new Inline.Text(" read this first."), BR));
        Content placed = InlineTags.placeInto(Content.of("Achtung: zuerst dies lesen."), source, List.of());
        assertEquals("{1}Achtung{/1}: zuerst dies lesen.{2/}", placed.toString());
    }

    @Test
    void aPairAroundNoWordsIsNotPlacedEmpty() {
        Content source = new Content(List.of(new Inline.Text("Done"), B, new Inline.Text(" "), B_END,
                new Inline.Text(".")));
        assertEquals("Erledigt.", InlineTags.placeInto(Content.of("Erledigt."), source, List.of()).toString());
    }

    @Test
    void aMatchThatHasTheCodesIsKept() {
        Content match = new Content(List.of(new Inline.Text("Die "), B, new Inline.Text("EU"), B_END));
        assertEquals(match, InlineTags.placeInto(match, SOURCE, List.of()));
    }
}
