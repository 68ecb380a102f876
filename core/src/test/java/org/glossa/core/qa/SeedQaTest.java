package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.qa.check.Checks;
import org.glossa.core.qa.term.TermChecks;
import org.glossa.core.qa.term.TermForbiddenCheck;
import org.glossa.core.qa.term.TermMissingCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * All checks with the DW glossary on the seed article: the correct German translation (qa/seed.de.tsv) gives no
 * error-class finding; the same translation with deliberately injected errors gives exactly those.
 */
class SeedQaTest {
    static QaEngine engine;

    @BeforeAll
    static void setUp() {
        TermChecks dw = new TermChecks(List.of(GlossaryReader.read(Path.of("../glossaries/dw-en-de.tbx"))), "en", "de");
        List<Check> checks = new ArrayList<>(Checks.standard());
        checks.add(new TermMissingCheck(dw));
        checks.add(new TermForbiddenCheck(dw));
        engine = new QaEngine(checks, Set.of());
    }

    static List<Finding> run(Map<String, String> overrides) {
        return engine.run(QaEngine.pairs("seed.xlf", SeedTranslation.translated(overrides), Optional.empty(), Optional.empty()));
    }

    static List<String> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.unit() + "/" + f.segment() + " " + f.check()).toList();
    }

    @Test
    void theCorrectTranslationHasNoErrors() {
        List<Finding> findings = run(Map.of());
        assertEquals(List.of(), errors(findings), findings.toString());
        assertEquals(List.of(), findings.stream().filter(f -> f.severity() == Severity.WARNING).toList(),
                "and no warnings either");
    }

    @Test
    void injectedErrorsAreFoundExactly() {
        Map<String, String> injected = Map.of(
                // forbidden term, and the approved one is then missing
                "u19/s1", "Sie sagte, die EU werde die Sanktionen auf „diejenigen, die Russland militärisch unterstützen“, ausweiten, und nannte Weißrussland und den Iran.",
                // wrong number
                "u24/s1", "Die EU wurde nach dem Zweiten Weltkrieg gegründet und ist seitdem stark gewachsen; heute gehören ihr 28 Mitglieder an.",
                // left in English
                "u15/s1", "Europe backs stronger partnership",
                // empty
                "u22/s1", "",
                // the handle changed
                "u30/s2", "@Roshni",
                // a term paraphrased
                "u12/s1", "Der NATO-Chef sagte, der russische Präsident wolle ein anderes Europa, und sein Ehrgeiz werde langfristige Folgen für die Region haben, auf die man sich vorbereiten müsse.");
        List<String> errors = errors(run(injected));
        assertEquals(List.of(
                "u12/s1 term-missing",
                "u15/s1 untranslated",
                "u19/s1 term-forbidden",
                "u19/s1 term-missing",
                "u22/s1 empty-target",
                "u24/s1 number-mismatch",
                "u24/s1 number-mismatch",
                "u30/s2 url-email-mismatch",
                "u30/s2 url-email-mismatch"), errors.stream().sorted(SeedQaTest::byUnitNumber).toList());
    }

    private static int byUnitNumber(String a, String b) {
        int ua = Integer.parseInt(a.substring(1, a.indexOf('/')));
        int ub = Integer.parseInt(b.substring(1, b.indexOf('/')));
        return ua != ub ? Integer.compare(ua, ub) : a.compareTo(b);
    }
}
