package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.qa.Check;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.spelling.InstalledDictionaries;
import org.glossa.core.spelling.WordList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The spelling check's examples (with the spans they mark) and its known words; needs Debian's dictionaries. */
class SpellingCheckTest {

    static Stream<Arguments> examples() {
        SpellingCheck check = new SpellingCheck(List.of(), tag -> List.of());
        return check.examples().stream()
                .map(ex -> Arguments.of((ex.findings() == 0 ? "good: " : "bad: ") + ex.note(), check, ex));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String name, Check check, Check.Example example) {
        InstalledDictionaries.require(example.pair().targetLanguage());
        List<Finding> findings = check.check(example.pair());
        assertEquals(example.findings(), findings.size(), () -> name + ": " + findings);
        for (Finding f : findings) {
            assertEquals(SpellingCheck.ID, f.check());
            assertEquals(Severity.WARNING, f.severity());
        }
        if (!example.targetSpans().isEmpty()) {
            assertEquals(example.targetSpans(), findings.stream().map(f -> f.targetSpan().orElseThrow()).toList(), name);
        }
    }

    @Test
    void inTheCheckSetOfQaAndTheEditor() {
        List<String> ids = Checks.withTerms(List.of(), "en", "de").stream().map(Check::id).toList();
        assertTrue(ids.contains(SpellingCheck.ID), ids.toString());
        long good = new SpellingCheck(List.of()).examples().stream().filter(e -> e.findings() == 0).count();
        assertTrue(good >= 3);
    }

    @Test
    void glossaryTermsDoNotTranslateNamesAndWordListsAreKnown(@TempDir Path dir) throws Exception {
        InstalledDictionaries.require("de-DE");
        Concept term = new Concept("c1", Optional.empty(), Optional.empty(), false,
                List.of(new Term("joint declaration", "en"), new Term("Gemeinschaftserklärungsentwurf", "de")));
        Concept name = new Concept("c2", Optional.empty(), Optional.empty(), true, List.of(new Term("Kaja Kallasova", "en")));
        Files.writeString(dir.resolve("words-de.txt"), "# project words\nDachzeilenwerk\n");
        SpellingCheck check = new SpellingCheck(List.of(new Glossary("g", List.of(term, name))),
                tag -> List.of(WordList.project(dir, tag)));
        SegmentPair pair = SegmentPair.of("the joint declaration draft",
                "Der Gemeinschaftserklärungsentwurf von Kallasova im Dachzeilenwerk, Dachzeilenwerkk.", "en", "de-DE");
        List<Finding> findings = check.check(pair);
        assertEquals(List.of(new Span(68, 83)), findings.stream().map(f -> f.targetSpan().orElseThrow()).toList());
        assertTrue(findings.get(0).message().contains("\"Dachzeilenwerkk\""), findings.get(0).message());
    }

    @Test
    void noDictionaryNoFindings() {
        SegmentPair pair = SegmentPair.of("Hello", "Xqzzy blorpt", "en", "tlh");
        assertEquals(List.of(), new SpellingCheck(List.of(), tag -> List.of()).check(pair));
    }
}
