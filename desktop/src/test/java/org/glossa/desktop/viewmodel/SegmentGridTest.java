package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.model.Role;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.SegmentPair;
import org.junit.jupiter.api.Test;

/** The grid's bookkeeping: rows in document order, the unit and segment behind each row, renumbering after a split. */
class SegmentGridTest {

    private static Segment segment(String id, String source, String target, SegmentState state) {
        return new Segment(id, Content.of(source), Optional.ofNullable(target).map(Content::of), state);
    }

    private static Document document() {
        Unit first = new Unit("u1", Role.BODY, true, "p1", List.of(
                segment("s1", "One two.", "Eins zwei.", SegmentState.TRANSLATED),
                segment("s2", "Three.", null, SegmentState.INITIAL)));
        Unit locked = new Unit("u2", Role.BOILERPLATE, false, "p2", List.of(
                segment("s1", "Skip to main content", null, SegmentState.INITIAL)));
        Unit last = new Unit("u3", Role.BODY, true, "p3", List.of(
                segment("s1", "Four five six.", null, SegmentState.INITIAL)));
        return new Document("a.html", Format.HTML, "en", Optional.of("fr"), List.of(first, locked, last),
                Optional.empty());
    }

    private static SegmentGrid grid(DocumentSession session) {
        SegmentGrid grid = new SegmentGrid();
        grid.build(session, session.document(), "fr");
        return grid;
    }

    @Test
    void buildsOneNumberedRowPerSegmentWithItsUnitAndSegment() {
        DocumentSession session = DocumentSession.unsaved(document());
        SegmentGrid grid = grid(session);

        assertEquals(4, grid.size());
        assertEquals(List.of(1, 2, 3, 4), grid.rows().stream().map(SegmentRow::number).toList());
        assertEquals(List.of(0, 0, 1, 2), List.of(grid.unitOf(0), grid.unitOf(1), grid.unitOf(2), grid.unitOf(3)));
        assertEquals(Optional.of(3), grid.rowOf("u3", "s1"));
        assertEquals(Optional.empty(), grid.rowOf("u3", "s9"));
        assertTrue(grid.row(2).locked());
        assertEquals("Three.", grid.segment(1).source().plainText());
        assertEquals(Optional.of("One two."), grid.previousSource(1).map(Content::plainText));
        assertEquals(Optional.empty(), grid.previousSource(0));
        assertEquals("1 of 3 segments confirmed (33%) · 2 of 6 words", grid.progress());
    }

    @Test
    void pairsLeaveOutLockedRowsAndCarryTheDocumentsLanguages() {
        SegmentGrid grid = grid(DocumentSession.unsaved(document()));

        List<SegmentPair> pairs = grid.pairs();

        assertEquals(List.of("u1/s1", "u1/s2", "u3/s1"),
                pairs.stream().map(p -> p.unit() + "/" + p.segment()).toList());
        assertEquals("a.html", pairs.get(0).file());
        assertEquals("en", pairs.get(0).sourceLanguage());
        assertEquals("fr", pairs.get(0).targetLanguage());
        assertEquals("Eins zwei.", pairs.get(0).target().plainText());
        assertEquals("", pairs.get(1).target().plainText());
    }

    @Test
    void rebuildAfterASplitBuildsTheChangedUnitAndRenumbersTheOthers() {
        DocumentSession session = DocumentSession.unsaved(document());
        SegmentGrid grid = grid(session);
        SegmentRow locked = grid.row(2);
        Unit split = session.unit(0).withParts(List.of(
                segment("s1", "One two.", "Eins zwei.", SegmentState.TRANSLATED),
                segment("s2", "Three", null, SegmentState.INITIAL),
                segment("s3", ".", null, SegmentState.INITIAL)));
        session.replace(0, split);

        grid.rebuild(Set.of(0));

        assertEquals(5, grid.size());
        assertEquals(List.of(1, 2, 3, 4, 5), grid.rows().stream().map(SegmentRow::number).toList());
        assertEquals(Optional.of(2), grid.rowOf("u1", "s3"));
        assertEquals(Optional.of(4), grid.rowOf("u3", "s1"));
        assertEquals(2, grid.unitOf(4));
        assertEquals("Skip to main content", grid.row(3).sourceText());
        assertEquals(4, grid.row(3).number());
        assertEquals(3, locked.number(), "the old row object is not changed: a renumbered copy replaces it");
    }

    @Test
    void updateShowsAUnitsNewTargetsAndStatuses() {
        DocumentSession session = DocumentSession.unsaved(document());
        SegmentGrid grid = grid(session);
        SegmentRow row = grid.row(1);
        session.update(0, segment("s2", "Three.", "Trois.", SegmentState.REVIEWED));

        grid.update(session.unit(0));

        assertSame(row, grid.row(1));
        assertEquals("Trois.", row.targetText());
        assertEquals(SegmentStatus.REVIEWED, RowFilter.status(row));
        assertEquals("2 of 3 segments confirmed (66%) · 3 of 6 words", grid.progress());
    }
}
