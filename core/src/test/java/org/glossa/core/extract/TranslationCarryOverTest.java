package org.glossa.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Note;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.model.UnitPart;
import org.junit.jupiter.api.Test;

class TranslationCarryOverTest {

    private static Segment seg(String id, Content source, String target, SegmentState state) {
        return new Segment(id, source, Optional.ofNullable(target).map(Content::of), state);
    }

    private static Unit unit(String id, Segment... segments) {
        return new Unit(id, Role.BODY, true, id, List.<UnitPart>of(segments));
    }

    private static Document doc(Unit... units) {
        return new Document("a.txt", Format.TEXT, "en", Optional.of("de"), List.of(units), Optional.empty());
    }

    private static List<String> targets(Document d) {
        List<String> out = new ArrayList<>();
        for (Segment s : d.segments()) {
            out.add(s.id() + "=" + s.target().map(Content::plainText).orElse("-") + "/" + s.state().id());
        }
        return out;
    }

    @Test
    void sameSourceTextCarriesTargetAndStateWhereverTheSegmentMoved() {
        Document previous = doc(unit("u1", seg("s1", Content.of("One."), "Eins.", SegmentState.FINAL),
                seg("s2", Content.of("Two."), "Zwei.", SegmentState.REVIEWED)),
                unit("u2", seg("s3", Content.of("Three."), "Drei.", SegmentState.TRANSLATED)));
        Document extracted = doc(unit("u1", seg("s1", Content.of("New."), null, null)),
                unit("u2", seg("s2", Content.of("One."), null, null), seg("s3", Content.of("Three!"), null, null)),
                unit("u3", seg("s4", Content.of("Two."), null, null)));

        TranslationCarryOver.Result r = TranslationCarryOver.carry(previous, extracted);

        assertEquals(List.of("s1=-/initial", "s2=Eins./final", "s3=-/initial", "s4=Zwei./reviewed"), targets(r.document()));
        assertEquals(new TranslationCarryOver.Report(2, 1), r.report());
        assertEquals("2 translations carried over, 1 not (source changed)", r.report().describe());
    }

    @Test
    void aRepeatedSentenceTranslatedTwoWaysKeepsEachTranslationAtItsOwnPlace() {
        Document previous = doc(unit("u1", seg("s1", Content.of("Yes."), "Ja.", SegmentState.TRANSLATED)),
                unit("u2", seg("s2", Content.of("Yes."), "Jawohl.", SegmentState.TRANSLATED)));
        Document extracted = doc(unit("u1", seg("s1", Content.of("Yes."), null, null)),
                unit("u2", seg("s2", Content.of("Yes."), null, null)),
                unit("u3", seg("s3", Content.of("Yes."), null, null)));

        TranslationCarryOver.Result r = TranslationCarryOver.carry(previous, extracted);

        assertEquals(List.of("s1=Ja./translated", "s2=Jawohl./translated", "s3=Ja./translated"), targets(r.document()));
        assertEquals(new TranslationCarryOver.Report(3, 0), r.report());
    }

    @Test
    void inlineCodesMustMatchForATargetToFit() {
        Content bold = new Content(List.of(new Inline.Tag(Inline.TagKind.OPEN, "1", "b", "<b>"), new Inline.Text("Hi"),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "b", "</b>")));
        Content boldTarget = new Content(List.of(new Inline.Tag(Inline.TagKind.OPEN, "1", "b", "<b>"), new Inline.Text("Hallo"),
                new Inline.Tag(Inline.TagKind.CLOSE, "1", "b", "</b>")));
        Document previous = doc(unit("u1", new Segment("s1", bold, Optional.of(boldTarget), SegmentState.TRANSLATED)));

        assertEquals(List.of("s1=-/initial"), targets(TranslationCarryOver.carry(previous,
                doc(unit("u1", seg("s1", Content.of("Hi"), null, null)))).document()), "the codes are gone: no fit");
        assertEquals(List.of("s1=Hallo/translated"), targets(TranslationCarryOver.carry(previous,
                doc(unit("u1", new Segment("s1", bold)))).document()));
    }

    @Test
    void aTargetAlreadyThereAndAnUntranslatedPreviousSegmentAreLeftAlone() {
        Document previous = doc(unit("u1", seg("s1", Content.of("One."), null, null),
                seg("s2", Content.of("Two."), "Zwei.", SegmentState.TRANSLATED)));
        Document extracted = doc(unit("u1", seg("s1", Content.of("One."), null, null),
                seg("s2", Content.of("Two."), "Zwo.", SegmentState.INITIAL)));

        TranslationCarryOver.Result r = TranslationCarryOver.carry(previous, extracted);

        assertEquals(List.of("s1=-/initial", "s2=Zwo./initial"), targets(r.document()));
        assertEquals(new TranslationCarryOver.Report(0, 1), r.report());
    }

    @Test
    void theTranslatorsNotesGoWithTheirParagraphOthersNotesAreNotCopied() {
        Note developer = new Note("", "Keep it short.", "developer", Note.AppliesTo.SOURCE, 2);
        Document previous = doc(unit("u1", seg("s1", Content.of("One."), null, null)).withNotes(List.of(developer,
                Note.own("Ask the client about this."))), unit("u2", seg("s1", Content.of("Two."), "Zwei.", SegmentState.FINAL)));
        Document extracted = doc(unit("u1", seg("s1", Content.of("New first."), null, null)),
                unit("u2", seg("s1", Content.of("Two."), null, null)), unit("u3", seg("s1", Content.of("One."), null, null)));

        Document carried = TranslationCarryOver.carry(previous, extracted).document();
        assertEquals(List.of(), carried.units().get(0).notes(), "u1's source changed: its note stays behind");
        assertEquals(List.of(Note.own("Ask the client about this.")), carried.units().get(2).notes(),
                "the paragraph moved to u3: the translator's note moved with it, the developer's is the source's");
        assertEquals(List.of("s1=-/initial", "s1=Zwei./final", "s1=-/initial"), targets(carried));
    }

    @Test
    void nothingIsCarriedFromAnotherLanguagePair() {
        Document previous = doc(unit("u1", seg("s1", Content.of("One."), "Un.", SegmentState.FINAL)))
                .withTargetLanguage("fr");
        Document extracted = doc(unit("u1", seg("s1", Content.of("One."), null, null)));

        TranslationCarryOver.Result r = TranslationCarryOver.carry(previous, extracted);

        assertEquals(List.of("s1=-/initial"), targets(r.document()));
        assertEquals("0 translations carried over, 1 not (languages changed)", r.report().describe());
    }
}
