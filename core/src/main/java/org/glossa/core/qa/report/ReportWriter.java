package org.glossa.core.qa.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.qa.QaReport;

/** Writes a {@link QaReport} in one of the {@link ReportFormat}s. */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * Writes the report to {@code out} and flushes it; {@code out} stays open. The JSON, CSV and HTML formats
     * declare UTF-8 (the CSV starts with a byte order mark), so {@code out} should encode UTF-8; prefer
     * {@link #write(QaReport, ReportFormat, OutputStream)}, which does.
     */
    public static void write(QaReport report, ReportFormat format, Writer out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        switch (format) {
            case TEXT -> TextReportWriter.plain().write(report, out);
            case JSON -> new JsonReportWriter().write(report, out);
            case CSV -> new CsvReportWriter().write(report, out);
            case HTML -> new HtmlReportWriter().write(report, out);
        }
        out.flush();
    }

    /**
     * Writes the report as UTF-8 to {@code out} and flushes it; {@code out} stays open. JSON is encoded by Jackson
     * itself (the same bytes in one pass: a QA report of 52,270 segments is ~55 MB, written after the checks).
     */
    public static void write(QaReport report, ReportFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        if (format == ReportFormat.JSON) {
            Objects.requireNonNull(report, "report");
            new JsonReportWriter().write(report, out);
            out.flush();
            return;
        }
        write(report, format, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes the report as UTF-8 to {@code file}, atomically (the file is the old one or the complete new one). */
    public static void write(QaReport report, ReportFormat format, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(report, format, out));
    }
}
