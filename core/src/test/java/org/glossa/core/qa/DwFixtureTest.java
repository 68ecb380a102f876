package org.glossa.core.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.qa.check.Checks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check (with the DW glossary) on realistic DW-style sentence pairs, {@code qa/dw-en-de-fixture.tsv}: a correct
 * translation gives no error or warning; a faulty one gives the expected check with its marker on the expected text
 * (the span in the source or the target), LanguageTool style.
 */
class DwFixtureTest {
    static final Path FIXTURE = Path.of("src/test/resources/qa/dw-en-de-fixture.tsv");
    static final List<Check> CHECKS = Checks.withTerms(List.of(GlossaryReader.read(Path.of("../glossaries/dw-en-de.tbx"))), "en", "de");

    record Row(int line, String topic, String source, String target, String expect, String side, String marker) {
        @Override
        public String toString() {
            return line + " " + topic + " " + (expect.equals("ok") ? "correct" : expect) + ": " + target;
        }
    }

    static List<Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(FIXTURE, StandardCharsets.UTF_8);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("#") || lines.get(i).isBlank()) continue;
            String[] f = lines.get(i).split("\t", -1);
            out.add(new Row(i + 1, f[0], f[1], f[2], f[3], f[4], f[5]));
        }
        return out;
    }

    static Stream<Arguments> pairs() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    static List<Finding> findings(Row r) {
        SegmentPair pair = SegmentPair.of(r.source(), r.target(), "en", "de");
        List<Finding> out = new ArrayList<>();
        for (Check c : CHECKS) out.addAll(c.check(pair));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void eachPairGivesWhatItShould(Row r) {
        List<Finding> found = findings(r);
        if (r.expect().equals("ok")) {
            List<Finding> serious = found.stream().filter(f -> f.severity() != Severity.INFO).toList();
            assertEquals(List.of(), serious, r + ": a correct translation");
            return;
        }
        List<Finding> ofCheck = found.stream().filter(f -> f.check().equals(r.expect())).toList();
        assertTrue(!ofCheck.isEmpty(), r + ": expected " + r.expect() + ", found " + found);
        String text = r.side().equals("source") ? r.source() : r.target();
        assertTrue(ofCheck.stream().anyMatch(f -> marked(f, r.side(), text).equals(Optional.of(r.marker()))),
                r + ": the marker should cover \"" + r.marker() + "\" in the " + r.side() + ", found "
                        + ofCheck.stream().map(f -> r.side() + " " + marked(f, r.side(), text).orElse("(no span)") + ": " + f.message()).toList());
    }

    static Optional<String> marked(Finding f, String side, String text) {
        Optional<Span> span = side.equals("source") ? f.sourceSpan() : f.targetSpan();
        return span.map(s -> text.substring(s.start(), s.end()));
    }

    @Test
    void everyTopicOfTheIssueHasACorrectAndAFaultyPair() throws IOException {
        List<Row> rows = rows();
        for (String topic : List.of("date", "time", "version", "spelled", "ordinal", "magnitude", "thousands", "quotes",
                "negation", "derived")) {
            assertTrue(rows.stream().anyMatch(r -> r.topic().equals(topic) && r.expect().equals("ok")), topic);
            assertTrue(rows.stream().anyMatch(r -> r.topic().equals(topic) && !r.expect().equals("ok")), topic);
        }
    }
}
