package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Ignorable;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.junit.jupiter.api.Test;

class ResegmenterTest {

    static final Inline.Tag OPEN = new Inline.Tag(Inline.TagKind.OPEN, "1", "bold", "<b>");
    static final Inline.Tag CLOSE = new Inline.Tag(Inline.TagKind.CLOSE, "1", "bold", "</b>");

    @Test
    void splitPutsTheSpaceBetweenTheTwoSegmentsIntoAnIgnorable() {
        Unit unit = unit(new Segment("s1", Content.of("Storm hits. Harbour closes.")));

        Resegmenter.Done done = done(Resegmenter.split(unit, "s1", 12, Locale.ENGLISH));

        List<UnitPart> parts = done.unit().parts();
        assertEquals(3, parts.size());
        assertEquals(new Segment("s1", Content.of("Storm hits.")), parts.get(0));
        assertEquals(new Ignorable("i1", Content.of(" ")), parts.get(1));
        assertEquals(new Segment("s2", Content.of("Harbour closes.")), parts.get(2));
        assertEquals(unit.source(), done.unit().source(), "the unit's text is unchanged");
        assertEquals("s1", done.segmentId());
    }

    @Test
    void splitRefusesInsideAWordInsideACodeAndAtTheEdges() {
        Unit unit = unit(new Segment("s1", new Content(List.of(new Inline.Text("The "), OPEN,
                new Inline.Text("EU"), CLOSE, new Inline.Text(" acts now.")))));
        // displayed: "The ⟨1⟩EU⟨/1⟩ acts now."
        assertEquals("Split between two words, not inside one",
                refused(Resegmenter.split(unit, "s1", 2, Locale.ENGLISH)));
        assertEquals("Cannot split inside an inline code", refused(Resegmenter.split(unit, "s1", 5, Locale.ENGLISH)));
        assertEquals("Split between two words, not inside one",
                refused(Resegmenter.split(unit, "s1", 0, Locale.ENGLISH)));
        Unit image = unit(new Segment("s1", new Content(List.of(new Inline.Tag(Inline.TagKind.STANDALONE, "2",
                "image", "<img>"), new Inline.Text(" Caption here")))));
        assertTrue(refused(Resegmenter.split(image, "s1", 5, Locale.ENGLISH)).startsWith("Both parts"),
                "only a code before the split");
    }

    @Test
    void splitInsideATagPairKeepsTheCodesOnTheirSides() {
        Unit unit = unit(new Segment("s1", new Content(List.of(new Inline.Text("A "), OPEN,
                new Inline.Text("bold one. And more"), CLOSE, new Inline.Text(".")))));
        String display = TagText.display(unit.segments().get(0).source());
        int at = display.indexOf("And");

        Resegmenter.Done done = done(Resegmenter.split(unit, "s1", at, Locale.ENGLISH));

        List<Segment> segments = done.unit().segments();
        assertEquals("A ⟨1⟩bold one.", TagText.display(segments.get(0).source()));
        assertEquals("And more⟨/1⟩.", TagText.display(segments.get(1).source()));
        assertEquals(Optional.empty(), UnitCheck.problem(EditorViewModelTest.document(List.of(unit)), done.unit()),
                "sc and ec in two segments of one unit are valid XLIFF 2");
    }

    @Test
    void splitKeepsTheTargetOnTheFirstPartWithoutTheSecondPartsCodes() {
        Content source = new Content(List.of(new Inline.Text("One. Two "), OPEN, new Inline.Text("bold"), CLOSE));
        Content target = new Content(List.of(new Inline.Text("Eins. Zwei "), OPEN, new Inline.Text("fett"), CLOSE));
        Unit unit = unit(new Segment("s1", source, Optional.of(target), SegmentState.TRANSLATED));

        Resegmenter.Done done = done(Resegmenter.split(unit, "s1", 5, Locale.ENGLISH));

        Segment first = done.unit().segments().get(0);
        assertEquals(Optional.of(Content.of("Eins. Zwei fett")), first.target());
        assertEquals(SegmentState.INITIAL, first.state(), "a split target is a draft again");
        assertEquals(Optional.empty(), done.unit().segments().get(1).target());
        assertTrue(done.message().contains("without the codes of the second"), done.message());
    }

    @Test
    void newIdsAreUniqueInTheUnit() {
        Unit unit = unit(new Segment("s1", Content.of("A b.")), new Ignorable("i1", Content.of(" ")),
                new Segment("s2", Content.of("C d.")));

        Resegmenter.Done done = done(Resegmenter.split(unit, "s1", 2, Locale.ENGLISH));

        assertEquals(List.of("s1", "i2", "s3", "i1", "s2"), done.unit().parts().stream().map(UnitPart::id).toList());
    }

    @Test
    void joinTakesTheIgnorablesBackAndIsTheInverseOfSplit() {
        Unit unit = unit(new Segment("s1", Content.of("One."), Optional.of(Content.of("Eins.")), SegmentState.FINAL),
                new Ignorable("i1", Content.of("  ")),
                new Segment("s2", Content.of("Two."), Optional.of(Content.of("Zwei.")), SegmentState.TRANSLATED),
                new Ignorable("i2", Content.of(" ")), new Segment("s3", Content.of("Three.")));

        Resegmenter.Done done = done(Resegmenter.join(unit, "s1"));

        assertEquals(List.of(new Segment("s1", Content.of("One.  Two."), Optional.of(Content.of("Eins.  Zwei.")),
                SegmentState.TRANSLATED), new Ignorable("i2", Content.of(" ")), new Segment("s3",
                Content.of("Three."))), done.unit().parts());
        assertEquals(unit.source(), done.unit().source());
        assertTrue(refused(Resegmenter.join(done.unit(), "s3")).startsWith("This is the last segment"));

        Resegmenter.Done split = done(Resegmenter.split(unit(new Segment("s1", Content.of("One. Two."))), "s1", 5,
                Locale.ENGLISH));
        assertEquals(List.of(new Segment("s1", Content.of("One. Two."))),
                done(Resegmenter.join(split.unit(), "s1")).unit().parts());
    }

    @Test
    void termMarksFollowTheirText() {
        TermMark eu = new TermMark("s1", 0, 2, "EU", List.of(new TermMark.Target("EU", "preferred")), "g");
        TermMark nato = new TermMark("s1", 9, 13, "NATO", List.of(new TermMark.Target("NATO", "preferred")), "g");
        Unit unit = unit(new Segment("s1", Content.of("EU meets NATO."))).withTerms(List.of(eu, nato));

        Resegmenter.Done split = done(Resegmenter.split(unit, "s1", 9, Locale.ENGLISH));

        assertEquals(List.of(eu, new TermMark("s2", 0, 4, "NATO", nato.targets(), "g")), split.unit().terms());
        assertEquals(unit.terms(), done(Resegmenter.join(split.unit(), "s1")).unit().terms());
    }

    @Test
    void lockedUnitsAreRefused() {
        Unit locked = new Unit("u1", Role.BOILERPLATE, false, "u1", List.of(new Segment("s1", Content.of("A b."))));

        assertTrue(refused(Resegmenter.split(locked, "s1", 2, Locale.ENGLISH)).contains("locked"));
        assertTrue(refused(Resegmenter.join(locked, "s1")).contains("locked"));
    }

    static Unit unit(UnitPart... parts) {
        return new Unit("u1", Role.BODY, true, "u1", List.of(parts));
    }

    static Resegmenter.Done done(Resegmenter.Outcome outcome) {
        return assertInstanceOf(Resegmenter.Done.class, outcome, outcome::toString);
    }

    static String refused(Resegmenter.Outcome outcome) {
        return assertInstanceOf(Resegmenter.Refused.class, outcome, outcome::toString).reason();
    }
}
