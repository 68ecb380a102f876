package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.junit.jupiter.api.Test;

class UnitCheckTest {

    @Test
    void aUnitThatWouldNotBeValidXliffIsReported() {
        // two segments with one id (a code whose id is a segment's is written apart since decision 0017)
        Unit clash = ResegmenterTest.unit(new Segment("s2", Content.of("A.")), new Segment("s2", Content.of("B.")));

        Optional<String> problem = UnitCheck.problem(EditorViewModelTest.document(List.of(clash)), clash);

        assertTrue(problem.orElseThrow().contains("duplicate id 's2'"), problem.toString());
    }

    @Test
    void aValidUnitPasses() {
        Unit unit = ResegmenterTest.unit(new Segment("s1", Content.of("A.")), new Segment("s2", Content.of("B.")));

        assertEquals(Optional.empty(), UnitCheck.problem(EditorViewModelTest.document(List.of(unit)), unit));
    }
}
