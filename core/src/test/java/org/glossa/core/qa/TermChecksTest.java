package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.qa.term.Examples;
import org.glossa.core.qa.term.TermChecks;
import org.glossa.core.qa.term.TermForbiddenCheck;
import org.glossa.core.qa.term.TermMissingCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TermChecksTest {
    static final TermChecks EXAMPLE_TERMS = new TermChecks(List.of(Examples.GLOSSARY), "en", "de");

    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Check c : List.of(new TermMissingCheck(EXAMPLE_TERMS), new TermForbiddenCheck(EXAMPLE_TERMS))) {
            for (Check.Example e : c.examples()) out.add(Arguments.of(c, e));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("examples")
    void eachExampleGivesItsFindings(Check check, Check.Example example) {
        List<Finding> findings = check.check(example.pair());
        assertEquals(example.findings(), findings.size(), example.note() + ": " + findings);
        for (Finding f : findings) {
            assertEquals(check.id(), f.check());
            assertTrue(f.term().isPresent(), "term findings carry the term");
        }
    }

    @Test
    void theCorrectSeedTranslationHasNoTermFindings() {
        TermChecks dw = new TermChecks(List.of(GlossaryReader.read(Path.of("../glossaries/dw-en-de.tbx"))), "en", "de");
        QaEngine engine = new QaEngine(List.of(new TermMissingCheck(dw), new TermForbiddenCheck(dw)), Set.of());
        List<Finding> findings = engine.run(QaEngine.pairs("seed", SeedTranslation.translated(Map.of()), Optional.empty(), Optional.empty()));
        assertEquals(List.of(), findings);
    }

    @Test
    void injectedTermErrorsAreFoundExactly() {
        TermChecks dw = new TermChecks(List.of(GlossaryReader.read(Path.of("../glossaries/dw-en-de.tbx"))), "en", "de");
        QaEngine engine = new QaEngine(List.of(new TermMissingCheck(dw), new TermForbiddenCheck(dw)), Set.of());
        var doc = SeedTranslation.translated(Map.of(
                "u19/s1", "Sie sagte, die EU werde die Sanktionen auf „diejenigen, die Russland militärisch unterstützen“, ausweiten, und nannte Weißrussland und den Iran.",
                "u4/s1", "NATO und EU haben seit dem Einmarsch Russlands eine Schlüsselrolle gespielt, sowohl bei den Waffenlieferungen nach Kyjiw als auch beim Schutz der regionalen Sicherheit."));
        List<Finding> findings = engine.run(QaEngine.pairs("seed", doc, Optional.empty(), Optional.empty()));
        assertEquals(List.of("u4/s1 term-missing Kyiv", "u19/s1 term-missing Belarus", "u19/s1 term-forbidden Belarus"),
                findings.stream().map(f -> f.unit() + "/" + f.segment() + " " + f.check() + " " + f.term().orElseThrow().source()).toList());
    }

    @Test
    void consistencyAcrossFiles() {
        var a = SegmentPair.of("Europe backs stronger partnership", "Europa unterstützt stärkere Partnerschaft", "en", "de");
        var b = new SegmentPair("b.xlf", "u9", "s1", a.source(), org.glossa.core.model.Content.of("Europa stützt stärkere Partnerschaft"), "en", "de");
        var c = new SegmentPair("c.xlf", "u3", "s1", org.glossa.core.model.Content.of("Europe supports a stronger partnership"),
                a.target(), "en", "de");
        List<Finding> f = new QaEngine(List.of(), Set.of()).run(List.of(a, b, c));
        assertEquals(List.of("b.xlf u9 inconsistent-target", "c.xlf u3 inconsistent-source"),
                f.stream().map(x -> x.file() + " " + x.unit() + " " + x.check()).toList());
        assertTrue(f.get(0).message().contains("\"Europa unterstützt stärkere Partnerschaft\" (example u1/s1)"), f.get(0).message());
        assertEquals(List.of(), new QaEngine(List.of(), Set.of("inconsistent-target", "inconsistent-source")).run(List.of(a, b, c)));
    }
}
