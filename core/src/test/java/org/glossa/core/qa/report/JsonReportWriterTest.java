package org.glossa.core.qa.report;

import org.glossa.core.qa.QaReport;
import org.glossa.core.testing.MiniJson;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import org.glossa.core.output.Json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {
    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(QaReport report) {
        return (Map<String, Object>) MiniJson.parse(Render.render(report, ReportFormat.JSON));
    }

    @Test
    @SuppressWarnings("unchecked")
    void sampleReportHasTheContractShape() {
        Map<String, Object> json = parse(SampleFindings.report());
        assertEquals(List.of("summary", "issues"), List.copyOf(json.keySet()));
        Map<String, Object> summary = (Map<String, Object>) json.get("summary");
        assertEquals(List.of("segments", "issues", "byCheck", "bySeverity"), List.copyOf(summary.keySet()));
        assertEquals(120L, summary.get("segments"));
        assertEquals(6L, summary.get("issues"));
        Map<String, Object> byCheck = (Map<String, Object>) summary.get("byCheck");
        assertEquals(List.of("double-space", "empty-target", "length-ratio", "number-mismatch", "term-forbidden", "term-missing"),
                List.copyOf(byCheck.keySet()));
        assertEquals(Map.of("error", 3L, "warning", 2L, "info", 1L), summary.get("bySeverity"));
        assertEquals(List.of("error", "warning", "info"), List.copyOf(((Map<String, Object>) summary.get("bySeverity")).keySet()));

        List<Object> issues = (List<Object>) json.get("issues");
        assertEquals(6, issues.size());

        Map<String, Object> missing = (Map<String, Object>) issues.get(0);
        assertEquals(List.of("file", "unit", "segment", "check", "severity", "message", "source", "target", "sourceSpan", "term"),
                List.copyOf(missing.keySet()));
        assertEquals(SampleFindings.SANCTIONS, missing.get("file"));
        assertEquals("u8", missing.get("unit"));
        assertEquals("s1", missing.get("segment"));
        assertEquals("term-missing", missing.get("check"));
        assertEquals("error", missing.get("severity"));
        assertEquals("\"European Commission\" is not translated with a glossary term", missing.get("message"));
        assertEquals(SampleFindings.TERM_MISSING_SOURCE, missing.get("source"));
        assertEquals(SampleFindings.TERM_MISSING_TARGET, missing.get("target"));
        assertEquals(Map.of("start", 4L, "end", 23L), missing.get("sourceSpan"));
        Map<String, Object> term = (Map<String, Object>) missing.get("term");
        assertEquals(List.of("source", "expected", "found", "glossary"), List.copyOf(term.keySet()));
        assertEquals("European Commission", term.get("source"));
        assertEquals(List.of("Europäische Kommission", "EU-Kommission"), term.get("expected"));
        assertEquals("", term.get("found"));
        assertEquals("dw-en-de.tbx#dw022", term.get("glossary"));

        Map<String, Object> forbidden = (Map<String, Object>) issues.get(1);
        assertEquals(Map.of("start", 0L, "end", 12L), forbidden.get("targetSpan"));
        assertEquals("Weißrussland", ((Map<String, Object>) forbidden.get("term")).get("found"));

        Map<String, Object> number = (Map<String, Object>) issues.get(2);
        assertEquals(Map.of("start", 10L, "end", 15L), number.get("sourceSpan"));
        assertEquals(Map.of("start", 9L, "end", 15L), number.get("targetSpan"));
        assertFalse(number.containsKey("term"));

        Map<String, Object> length = (Map<String, Object>) issues.get(4);
        assertEquals(List.of("file", "unit", "segment", "check", "severity", "message", "source", "target"),
                List.copyOf(length.keySet()), "no spans and no term: the keys are absent");
        assertEquals("info", length.get("severity"));
        assertEquals("", ((Map<String, Object>) issues.get(5)).get("target"));
    }

    @Test
    void prettyPrintedWithTwoSpaces() {
        String json = Render.render(SampleFindings.report(), ReportFormat.JSON);
        assertTrue(json.startsWith("{\n  \"summary\": {\n    \"segments\": 120,\n    \"issues\": 6,\n    \"byCheck\": {\n"
                + "      \"double-space\": 1,\n"), json);
        assertTrue(json.contains("\n  \"issues\": [\n    {\n      \"file\": \"dw-eu-sanctions-belarus.xlf\",\n"), json);
        assertTrue(json.contains("      \"sourceSpan\": {\n        \"start\": 4,\n        \"end\": 23\n      },\n"), json);
        assertTrue(json.contains("        \"expected\": [\n          \"Europäische Kommission\",\n          \"EU-Kommission\"\n        ],\n"), json);
        assertTrue(json.endsWith("    }\n  ]\n}\n"), json);
    }

    @Test
    void emptyReport() {
        assertEquals("""
                {
                  "summary": {
                    "segments": 42,
                    "issues": 0,
                    "byCheck": {},
                    "bySeverity": {
                      "error": 0,
                      "warning": 0,
                      "info": 0
                    }
                  },
                  "issues": []
                }
                """, Render.render(SampleFindings.empty(), ReportFormat.JSON));
    }

    @Test
    @SuppressWarnings("unchecked")
    void escapingRoundTrips() {
        var hostile = SampleFindings.hostile();
        String text = Render.render(new QaReport(List.of(hostile), 1, List.of(hostile.file())), ReportFormat.JSON);
        for (char c : text.toCharArray()) {
            assertFalse(c < 0x20 && c != '\n', "raw control character " + (int) c);
            assertFalse(c == '\u2028' || c == '\u2029', "raw line or paragraph separator");
        }
        assertTrue(text.contains("\\u001b[31mred\\u2028sep\\u0000"), text);
        assertTrue(text.contains("\\\"quotes\\\"\\nline two"), text);
        Map<String, Object> issue = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) MiniJson.parse(text)).get("issues")).get(0);
        assertEquals(hostile.file(), issue.get("file"));
        assertEquals(hostile.unit(), issue.get("unit"));
        assertEquals(hostile.segment(), issue.get("segment"));
        assertEquals(hostile.message(), issue.get("message"));
        assertEquals(hostile.source(), issue.get("source"));
        assertEquals(hostile.target(), issue.get("target"));
    }

    @Test
    void escapesEveryControlCharacterAndSurrogates() throws Exception {
        assertEquals("\\u0001\\u001f\\b\\f\\t\\r\\n\\u007f", escaped("\u0001\u001f\b\f\t\r\n\u007f"));
        assertEquals("a\\\\b\\\"c/", escaped("a\\b\"c/"));
        assertEquals("\\u2028\\u2029", escaped("\u2028\u2029"));
        assertEquals("\\ud83d\\ude00 \\ud83d x", escaped("😀 \ud83d x"));
        assertEquals("Straße – „Zitat“", escaped("Straße – „Zitat“"));
    }

    @Test
    void prettyPrintsWithTwoSpacesAndColonSpace() throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("n", 1);
            g.writeArrayFieldStart("a");
            g.writeString("x");
            g.writeString("y");
            g.writeEndArray();
            g.writeObjectFieldStart("empty");
            g.writeEndObject();
            g.writeArrayFieldStart("none");
            g.writeEndArray();
            g.writeEndObject();
        }
        Json.finish(out);
        assertEquals("{\n  \"n\": 1,\n  \"a\": [\n    \"x\",\n    \"y\"\n  ],\n  \"empty\": {},\n  \"none\": []\n}\n", out.toString());
    }

    /**
     * Json's byte generator (Jackson's own UTF-8 encoding, what the report files are written with) writes the bytes
     * its character generator gives through a UTF-8 writer: every char of the Basic Multilingual Plane, lone
     * surrogates, pairs, in strings short and longer than Jackson's buffers (which it writes in pieces).
     */
    @Test
    void theByteGeneratorWritesWhatTheWriterGeneratorEncodes() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) every.append(c).append(c % 7 == 0 ? "😀" : "");
        String all = every.toString();
        List<String> texts = new java.util.ArrayList<>(List.of("", "a", "😀", "\ud83d", "\ude00x", "Straße – „Zitat“ \u2028\u0000\u007f"));
        for (int i = 0; i < all.length(); i += 997) texts.add(all.substring(i, Math.min(all.length(), i + 997)));
        for (int len : new int[] {1000, 4000, 8000, 20000}) texts.add(all.substring(0xd700, 0xd700 + len)); // surrogates at the cut
        texts.add(all);
        for (String text : texts) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (JsonGenerator g = Json.generator(bytes)) {
                document(g, text);
            }
            Json.finish(bytes);
            StringWriter chars = new StringWriter();
            try (JsonGenerator g = Json.generator(chars)) {
                document(g, text);
            }
            Json.finish(chars);
            assertSameBytes(chars.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes.toByteArray());
        }
    }

    /** {@code text} as a field's name (when short) and value, and in an array. */
    private static void document(JsonGenerator g, String text) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField(text.length() < 50 ? text : "k", text);
        g.writeArrayFieldStart("a");
        g.writeString(text);
        g.writeEndArray();
        g.writeEndObject();
    }

    /** {@link ReportWriter} writes a JSON report to a stream as the same bytes as to a UTF-8 writer. */
    @Test
    void aReportWrittenToAStreamHasTheBytesOfTheWriters() throws Exception {
        var hostile = SampleFindings.hostile();
        for (QaReport report : List.of(SampleFindings.report(), SampleFindings.empty(),
                new QaReport(List.of(hostile, hostile), 2, List.of(hostile.file())))) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ReportWriter.write(report, ReportFormat.JSON, bytes);
            byte[] expected = Render.render(report, ReportFormat.JSON).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertSameBytes(expected, bytes.toByteArray());
            assertTrue(expected.length > 100);
        }
    }

    /**
     * The stream path renders the issues in batches on two threads: any number of findings around the batches' size
     * gives the writer's bytes, in order (each finding's message names its index, so a batch out of place shows).
     */
    @Test
    void issuesRenderedInBatchesOnTwoThreadsComeInOrderWithTheWritersBytes() throws Exception {
        List<org.glossa.core.qa.Finding> sample = new java.util.ArrayList<>();
        SampleFindings.report().findings().forEach(sample::add);
        sample.add(SampleFindings.hostile());
        int b = JsonReportWriter.BATCH;
        for (int n : new int[] {0, 1, b - 1, b, b + 1, 2 * b, 2 * b + 1, 3 * b + 7, 5 * b}) {
            List<org.glossa.core.qa.Finding> findings = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                var f = sample.get(i % sample.size());
                findings.add(new org.glossa.core.qa.Finding(f.file(), f.unit(), f.segment(), f.check(), f.severity(),
                        "finding " + i + ": " + f.message(), f.source(), f.target(), f.sourceSpan(), f.targetSpan(), f.term()));
            }
            QaReport report = new QaReport(findings, n, List.of("a.xlf"));
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            ReportWriter.write(report, ReportFormat.JSON, bytes);
            assertSameBytes(Render.render(report, ReportFormat.JSON).getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes.toByteArray());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> issues = (List<Map<String, Object>>) ((Map<String, Object>) MiniJson.parse(
                    bytes.toString(java.nio.charset.StandardCharsets.UTF_8))).get("issues");
            assertEquals(n, issues.size());
            for (int i = 0; i < n; i++) assertTrue(((String) issues.get(i).get("message")).startsWith("finding " + i + ": "), "issue " + i);
        }
    }

    /** Equal bytes, or a failure that shows where they first differ. */
    private static void assertSameBytes(byte[] expected, byte[] actual) {
        int at = java.util.Arrays.mismatch(expected, actual);
        if (at < 0) return;
        String want = new String(expected, Math.max(0, at - 20), Math.min(expected.length, at + 20) - Math.max(0, at - 20),
                java.nio.charset.StandardCharsets.UTF_8);
        String got = new String(actual, Math.max(0, at - 20), Math.min(actual.length, at + 20) - Math.max(0, at - 20),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(want, got, "first difference at byte " + at + " of " + expected.length + " / " + actual.length);
        assertEquals(expected.length, actual.length, "lengths (the bytes agree up to the shorter)");
    }

    /** The JSON string body Json writes for {@code s}. */
    private static String escaped(String s) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.generator(out)) {
            g.writeString(s);
        }
        String json = out.toString();
        return json.substring(1, json.length() - 1);
    }
}
