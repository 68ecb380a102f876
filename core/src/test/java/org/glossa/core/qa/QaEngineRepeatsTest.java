package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.glossa.core.model.Content;
import org.glossa.core.qa.check.Checks;
import org.junit.jupiter.api.Test;

/** A repeated pair is checked once; each repeat gets the same findings at its own location. */
class QaEngineRepeatsTest {
    private static SegmentPair at(String file, String unit, String source, String target) {
        return new SegmentPair(file, unit, "1", Content.of(source), Content.of(target), "en", "de");
    }

    @Test
    void aRepeatGetsTheFindingsAFreshEngineGivesIt() {
        String source = "NATO has 30 members and will never accept the annexation.";
        String target = "Die NATO hat 31 Mitglieder und wird die die Annexion akzeptieren.";
        SegmentPair first = at("a.xlf", "u1", source, target);
        SegmentPair repeat = at("b.xlf", "u7", source, target);
        QaEngine engine = new QaEngine(Checks.standard(), Set.of());
        List<Finding> ofFirst = engine.check(first);
        List<Finding> ofRepeat = engine.check(repeat);
        assertFalse(ofFirst.isEmpty());
        assertEquals(new QaEngine(Checks.standard(), Set.of()).check(repeat), ofRepeat);
        for (Finding f : ofRepeat) {
            assertEquals(List.of("b.xlf", "u7", "1"), List.of(f.file(), f.unit(), f.segment()));
        }
        assertEquals(ofFirst.stream().map(Finding::message).toList(), ofRepeat.stream().map(Finding::message).toList());
    }

    @Test
    void theSameTextsInOtherLanguagesAreCheckedAgain() {
        String text = "Stoltenberg said the officials met almost a year ago in the same place.";
        QaEngine engine = new QaEngine(Checks.standard(), Set.of());
        List<Finding> asGerman = engine.check(new SegmentPair("a.xlf", "u1", "1", Content.of("Er sagte es."),
                Content.of(text), "en", "de"));
        List<Finding> asEnglish = engine.check(new SegmentPair("a.xlf", "u2", "1", Content.of("Er sagte es."),
                Content.of(text), "de", "en"));
        assertEquals(List.of("wrong-language"), asGerman.stream().map(Finding::check).filter("wrong-language"::equals).toList());
        assertEquals(List.of(), asEnglish.stream().map(Finding::check).filter("wrong-language"::equals).toList());
    }
}
