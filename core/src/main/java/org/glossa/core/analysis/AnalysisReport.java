package org.glossa.core.analysis;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.output.Csv;
import org.glossa.core.output.Json;

/**
 * Writes an analysis as text (a table per file and the total), JSON (the contract:
 * {@code {"files": [...], "total": {"words", "segments", "bands": {"101": words, …}}}}), CSV or HTML.
 */
public final class AnalysisReport {
    private AnalysisReport() {
    }

    /** Writes one of this class's formats to a stream. */
    @FunctionalInterface
    public interface Format {
        void write(Analysis.Result r, Writer out) throws IOException;
    }

    /**
     * Writes {@code r} as UTF-8 to {@code file} in {@code format} (e.g. {@code AnalysisReport::json}), atomically (the
     * file is the old one or the complete new one).
     */
    public static void write(Analysis.Result r, Format format, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            format.write(r, w);
            w.flush();
        });
    }

    public static void text(Analysis.Result r, Writer out) throws IOException {
        for (Analysis.FileCounts f : r.files()) table(f.file(), f.counts(), out);
        if (r.files().size() != 1) table("Total (" + r.files().size() + " files)", r.total(), out);
        out.flush();
    }

    private static void table(String title, BandCounts c, Writer out) throws IOException {
        out.write(title + "\n");
        out.write(String.format(Locale.ROOT, "  %-12s %10s %9s %7s%n", "band", "words", "segments", "words%"));
        for (Band b : Band.inReportOrder()) {
            out.write(String.format(Locale.ROOT, "  %-12s %10d %9d %6.1f%%%n", b.id(), c.words(b), c.segments(b),
                    percent(c.words(b), c.totalWords())));
        }
        out.write(String.format(Locale.ROOT, "  %-12s %10d %9d%n%n", "total", c.totalWords(), c.totalSegments()));
    }

    public static void json(Analysis.Result r, Writer out) throws IOException {
        try (JsonGenerator j = Json.generator(out)) {
            j.writeStartObject();
            j.writeArrayFieldStart("files");
            for (Analysis.FileCounts f : r.files()) {
                j.writeStartObject();
                j.writeStringField("file", f.file());
                counts(j, f.counts());
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeObjectFieldStart("total");
            counts(j, r.total());
            j.writeEndObject();
            j.writeEndObject();
        }
        Json.finish(out);
    }

    private static void counts(JsonGenerator j, BandCounts c) throws IOException {
        j.writeNumberField("words", c.totalWords());
        j.writeNumberField("segments", c.totalSegments());
        j.writeObjectFieldStart("bands");
        for (Band b : Band.inReportOrder()) j.writeNumberField(b.id(), c.words(b));
        j.writeEndObject();
        j.writeObjectFieldStart("segmentsByBand");
        for (Band b : Band.inReportOrder()) j.writeNumberField(b.id(), c.segments(b));
        j.writeEndObject();
    }

    public static void csv(Analysis.Result r, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("file", "words", "segments"));
        for (Band b : Band.inReportOrder()) header.add("words " + b.id());
        for (Band b : Band.inReportOrder()) header.add("segments " + b.id());
        out.write(Csv.BOM);
        Csv.row(out, header);
        for (Analysis.FileCounts f : r.files()) csvRow(f.file(), f.counts(), out);
        csvRow("total", r.total(), out);
        out.flush();
    }

    private static void csvRow(String name, BandCounts c, Writer out) throws IOException {
        List<String> row = new ArrayList<>(List.of(name, Long.toString(c.totalWords()), Long.toString(c.totalSegments())));
        for (Band b : Band.inReportOrder()) row.add(Long.toString(c.words(b)));
        for (Band b : Band.inReportOrder()) row.add(Long.toString(c.segments(b)));
        Csv.row(out, row);
    }

    public static void html(Analysis.Result r, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Glossa analysis</title><style>"
                + "body{font:14px system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem;color:#1f2933}"
                + "table{border-collapse:collapse;margin:0 0 2rem}th,td{padding:.35rem .8rem;border-bottom:1px solid #e4e7eb;"
                + "text-align:right}th:first-child,td:first-child{text-align:left}thead th{background:#f5f7fa}"
                + "tfoot td{font-weight:600}h2{font-size:1.1rem}</style></head><body>\n<h1>Match analysis</h1>\n");
        for (Analysis.FileCounts f : r.files()) htmlTable(f.file(), f.counts(), out);
        htmlTable("Total (" + r.files().size() + (r.files().size() == 1 ? " file)" : " files)"), r.total(), out);
        out.write("</body></html>\n");
        out.flush();
    }

    private static void htmlTable(String title, BandCounts c, Writer out) throws IOException {
        out.write("<h2>" + escape(title) + "</h2>\n<table><thead><tr><th scope=\"col\">Band</th><th scope=\"col\">Words</th>"
                + "<th scope=\"col\">Segments</th><th scope=\"col\">Words %</th></tr></thead><tbody>\n");
        for (Band b : Band.inReportOrder()) {
            out.write(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%d</td><td>%.1f</td></tr>%n", escape(b.id()),
                    c.words(b), c.segments(b), percent(c.words(b), c.totalWords())));
        }
        out.write(String.format(Locale.ROOT, "</tbody><tfoot><tr><td>Total</td><td>%d</td><td>%d</td><td>100.0</td></tr></tfoot></table>%n",
                c.totalWords(), c.totalSegments()));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

}
