package org.glossa.core.qa.report;

import org.glossa.core.io.JsonOut;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.qa.Finding;
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
        JsonOut json = new JsonOut(writer);
        json.beginObject();
        json.key("summary").beginObject();
        json.key("segments").value(report.segments());
        json.key("issues").value(report.issues());
        json.key("byCheck").beginObject();
        for (Map.Entry<String, Integer> e : report.countsByCheck().entrySet()) json.key(e.getKey()).value(e.getValue());
        json.endObject();
        json.key("bySeverity").beginObject();
        for (Map.Entry<Severity, Integer> e : report.countsBySeverity().entrySet()) json.key(e.getKey().id()).value(e.getValue());
        json.endObject();
        json.endObject();
        json.key("issues").beginArray();
        for (Finding f : report.findings()) issue(json, f);
        json.endArray();
        json.endObject();
        json.finish();
    }

    private static void issue(JsonOut json, Finding f) throws IOException {
        json.beginObject();
        json.key("file").value(f.file());
        json.key("unit").value(f.unit());
        json.key("segment").value(f.segment());
        json.key("check").value(f.check());
        json.key("severity").value(f.severity().id());
        json.key("message").value(f.message());
        json.key("source").value(f.source());
        json.key("target").value(f.target());
        span(json, "sourceSpan", f.sourceSpan());
        span(json, "targetSpan", f.targetSpan());
        if (f.term().isPresent()) term(json, f.term().get());
        json.endObject();
    }

    private static void span(JsonOut json, String key, Optional<Span> span) throws IOException {
        if (span.isEmpty()) return;
        json.key(key).beginObject();
        json.key("start").value(span.get().start());
        json.key("end").value(span.get().end());
        json.endObject();
    }

    private static void term(JsonOut json, TermInfo term) throws IOException {
        json.key("term").beginObject();
        json.key("source").value(term.source());
        json.key("expected").beginArray();
        for (String e : term.expected()) json.value(e);
        json.endArray();
        json.key("found").value(term.found());
        json.key("glossary").value(term.glossary());
        json.endObject();
    }
}
