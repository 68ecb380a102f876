package org.glossa.core.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.glossa.core.qa.Check;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of every standard check. */
class CheckExamplesTest {

    static Stream<Arguments> examples() {
        return Checks.standard().stream().flatMap(check -> check.examples().stream()
                .map(ex -> Arguments.of(check.id() + (ex.findings() == 0 ? " good: " : " bad: ") + ex.note(), check, ex)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(String name, Check check, Check.Example example) {
        List<Finding> findings = check.check(example.pair());
        assertEquals(example.findings(), findings.size(), () -> name + "\n  source: " + example.pair().sourceText()
                + "\n  target: " + example.pair().targetText() + "\n  findings: " + findings);
        String source = example.pair().sourceText();
        String target = example.pair().targetText();
        for (Finding f : findings) {
            assertEquals(check.id(), f.check(), name);
            assertEquals(check.defaultSeverity(), f.severity(), name);
            assertFalse(f.message().isBlank(), name);
            assertEquals(source, f.source(), name);
            assertEquals(target, f.target(), name);
            assertWithin(f.sourceSpan(), source, name + " (source span)");
            assertWithin(f.targetSpan(), target, name + " (target span)");
        }
        if (!example.targetSpans().isEmpty()) {
            assertEquals(example.targetSpans(), findings.stream().map(f -> f.targetSpan().orElseThrow()).toList(), name);
        }
    }

    private static void assertWithin(Optional<Span> span, String text, String name) {
        span.ifPresent(s -> assertTrue(s.end() <= text.length(), () -> name + ": " + s + " beyond " + text.length()));
    }

    @Test
    void everyCheckHasItsOwnExamplesAndAUniqueId() {
        Set<String> ids = new HashSet<>();
        for (Check check : Checks.standard()) {
            assertTrue(ids.add(check.id()), "duplicate id " + check.id());
            assertTrue(check.id().matches("[a-z]+(-[a-z]+)*"), check.id());
            assertFalse(check.itsIssueType().isBlank(), check.id());
            long good = check.examples().stream().filter(e -> e.findings() == 0).count();
            long bad = check.examples().stream().filter(e -> e.findings() > 0).count();
            assertTrue(good >= 3, check.id() + " has " + good + " good examples");
            assertTrue(bad >= 3, check.id() + " has " + bad + " bad examples");
        }
        assertEquals(15, ids.size());
    }

    @Test
    void onlyEmptyTargetAsksForEmptyTargets() {
        for (Check check : Checks.standard()) {
            assertEquals(check.id().equals(EmptyTargetCheck.ID), check.checksEmptyTargets(), check.id());
        }
    }
}
