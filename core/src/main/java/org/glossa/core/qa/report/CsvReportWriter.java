package org.glossa.core.qa.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.output.Csv;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;

/**
 * The CSV report: RFC 4180 (fields with a comma, quote, CR or LF quoted, quotes doubled, CRLF line ends), one
 * row per finding after a header row, starting with a UTF-8 byte order mark so that Excel reads it as UTF-8.
 * Span columns are empty when a finding has no span; the {@code term} column reads
 * {@code source → expected | expected (found: x) [glossary]}.
 *
 * <p>Cells are written as they are: a source text starting with {@code =} is not defused against spreadsheet
 * formula evaluation, since that would change the data for scripts.
 */
public final class CsvReportWriter {
    public static final List<String> HEADER = List.of("file", "unit", "segment", "check", "severity", "message",
            "source", "target", "source_start", "source_end", "target_start", "target_end", "term");

    public void write(QaReport report, Writer out) throws IOException {
        out.write(Csv.BOM);
        Csv.row(out, HEADER);
        for (Finding f : report.findings()) Csv.row(out, cells(f));
    }

    private static List<String> cells(Finding f) {
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add(f.file());
        cells.add(f.unit());
        cells.add(f.segment());
        cells.add(f.check());
        cells.add(f.severity().id());
        cells.add(f.message());
        cells.add(f.source());
        cells.add(f.target());
        cells.add(start(f.sourceSpan()));
        cells.add(end(f.sourceSpan()));
        cells.add(start(f.targetSpan()));
        cells.add(end(f.targetSpan()));
        cells.add(f.term().map(CsvReportWriter::term).orElse(""));
        return cells;
    }

    private static String start(Optional<Span> span) {
        return span.map(s -> Integer.toString(s.start())).orElse("");
    }

    private static String end(Optional<Span> span) {
        return span.map(s -> Integer.toString(s.end())).orElse("");
    }

    static String term(TermInfo t) {
        StringBuilder b = new StringBuilder(t.source() == null ? "" : t.source());
        b.append(" → ").append(String.join(" | ", t.expected()));
        if (!t.found().isEmpty()) b.append(" (found: ").append(t.found()).append(')');
        if (!t.glossary().isEmpty()) b.append(" [").append(t.glossary()).append(']');
        return b.toString();
    }
}
