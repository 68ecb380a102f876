package org.glossa.core.qa.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.output.Json;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.QaReport;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;

/**
 * The JSON report. Scripts depend on its shape, so the key names and their order are a contract:
 * <pre>
 * {"summary": {"segments": N, "issues": N, "byCheck": {"check-id": N, ...},
 *              "bySeverity": {"error": N, "warning": N, "info": N}},
 *  "issues": [{"file", "unit", "segment", "check", "severity", "message", "source", "target",
 *              "sourceSpan": {"start", "end"}, "targetSpan": {"start", "end"},
 *              "term": {"source", "expected": [...], "found", "glossary"}}]}
 * </pre>
 * The spans and the term are left out when a finding has none; {@code found} and {@code glossary} are
 * {@code ""} when unknown. Pretty-printed with a two-space indent.
 */
public final class JsonReportWriter {
    public void write(QaReport report, Writer writer) throws IOException {
        try (JsonGenerator json = Json.generator(writer)) {
            write(report, json);
        }
        Json.finish(writer);
    }

    /** As {@link #write(QaReport, Writer)} to a UTF-8 writer, encoded by Jackson in one pass (the same bytes). */
    public void write(QaReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = Json.generator(out)) {
            write(report, json);
        }
        Json.finish(out);
    }

    private static void write(QaReport report, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("summary");
        json.writeNumberField("segments", report.segments());
        json.writeNumberField("issues", report.issues());
        json.writeObjectFieldStart("byCheck");
        for (Map.Entry<String, Integer> e : report.countsByCheck().entrySet()) json.writeNumberField(e.getKey(), e.getValue());
        json.writeEndObject();
        json.writeObjectFieldStart("bySeverity");
        for (Map.Entry<Severity, Integer> e : report.countsBySeverity().entrySet()) json.writeNumberField(e.getKey().id(), e.getValue());
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayFieldStart("issues");
        for (Finding f : report.findings()) issue(json, f);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void issue(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", f.file());
        json.writeStringField("unit", f.unit());
        json.writeStringField("segment", f.segment());
        json.writeStringField("check", f.check());
        json.writeStringField("severity", f.severity().id());
        json.writeStringField("message", f.message());
        json.writeStringField("source", f.source());
        json.writeStringField("target", f.target());
        span(json, "sourceSpan", f.sourceSpan());
        span(json, "targetSpan", f.targetSpan());
        if (f.term().isPresent()) term(json, f.term().get());
        json.writeEndObject();
    }

    private static void span(JsonGenerator json, String key, Optional<Span> span) throws IOException {
        if (span.isEmpty()) return;
        json.writeObjectFieldStart(key);
        json.writeNumberField("start", span.get().start());
        json.writeNumberField("end", span.get().end());
        json.writeEndObject();
    }

    private static void term(JsonGenerator json, TermInfo term) throws IOException {
        json.writeObjectFieldStart("term");
        json.writeStringField("source", term.source());
        json.writeArrayFieldStart("expected");
        for (String e : term.expected()) json.writeString(e);
        json.writeEndArray();
        json.writeStringField("found", term.found());
        json.writeStringField("glossary", term.glossary());
        json.writeEndObject();
    }
}
