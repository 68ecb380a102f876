package org.glossa.core.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;
import org.junit.jupiter.api.Test;

class QaReportTest {
    @Test
    void countsByCheckAreOrderedByCheckId() {
        Map<String, Integer> counts = SampleFindings.report().countsByCheck();
        assertEquals(List.of("double-space", "empty-target", "length-ratio", "number-mismatch", "term-forbidden", "term-missing"),
                List.copyOf(counts.keySet()));
        assertEquals(List.of(1, 1, 1, 1, 1, 1), List.copyOf(counts.values()));
    }

    @Test
    void countsBySeverityAreWorstFirstAndComplete() {
        Map<Severity, Integer> counts = SampleFindings.report().countsBySeverity();
        assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO), List.copyOf(counts.keySet()));
        assertEquals(List.of(3, 2, 1), List.copyOf(counts.values()));
        assertEquals(List.of(0, 0, 0), List.copyOf(SampleFindings.empty().countsBySeverity().values()));
        assertEquals(Map.of(), SampleFindings.empty().countsByCheck());
    }

    @Test
    void countsByCheckAndSeverity() {
        QaReport report = new QaReport(List.of(SampleFindings.termMissing(), SampleFindings.termMissing(),
                SampleFindings.doubleSpace()), 10, List.of());
        Map<String, Map<Severity, Integer>> counts = report.countsByCheckAndSeverity();
        assertEquals(List.of("double-space", "term-missing"), List.copyOf(counts.keySet()));
        assertEquals(List.of(2, 0, 0), List.copyOf(counts.get("term-missing").values()));
        assertEquals(List.of(0, 1, 0), List.copyOf(counts.get("double-space").values()));
    }

    @Test
    void rejectsNegativeSegmentCount() {
        assertThrows(IllegalArgumentException.class, () -> new QaReport(List.of(), -1, List.of()));
    }

    @Test
    void formatIds() {
        assertEquals(Optional.of(ReportFormat.TEXT), ReportFormat.fromId("text"));
        assertEquals(Optional.of(ReportFormat.JSON), ReportFormat.fromId("json"));
        assertEquals(Optional.of(ReportFormat.CSV), ReportFormat.fromId("CSV"));
        assertEquals(Optional.of(ReportFormat.HTML), ReportFormat.fromId("html"));
        assertEquals(Optional.empty(), ReportFormat.fromId("xml"));
        assertEquals(Optional.empty(), ReportFormat.fromId(null));
        for (ReportFormat f : ReportFormat.values()) assertEquals(Optional.of(f), ReportFormat.fromId(f.id()));
    }

    @Test
    void outputStreamsGetUtf8() throws IOException {
        for (ReportFormat f : ReportFormat.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ReportWriter.write(SampleFindings.report(), f, bytes);
            assertEquals(Render.render(SampleFindings.report(), f), bytes.toString(StandardCharsets.UTF_8), f.id());
        }
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        ReportWriter.write(SampleFindings.empty(), ReportFormat.CSV, csv);
        byte[] b = csv.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(b[0], b[1], b[2]), "UTF-8 byte order mark");
    }
}
