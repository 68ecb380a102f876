package org.glossa.core.qa.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Optional;
import org.glossa.core.io.Failures;
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

    /**
     * As {@link #write(QaReport, Writer)} to a UTF-8 writer, the same bytes, encoded by Jackson in one pass and on two
     * threads: the issues are rendered {@value #BATCH} at a time, every other batch on a thread of its own
     * ({@code qa-report-json}) while this one renders the next, and written in order. The report is written after the
     * checks, when a core is free (the bench's is ~55 MB for 90,952 findings).
     */
    public void write(QaReport report, OutputStream out) throws IOException {
        ExecutorService helper = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "qa-report-json");
            t.setDaemon(true);
            return t;
        });
        try (JsonGenerator json = Json.generator(out)) {
            summary(report, json);
            json.writeArrayFieldStart("issues");
            Iterator<Finding> findings = report.findings().iterator();
            while (findings.hasNext()) {
                List<Finding> theirs = batch(findings);
                Future<Rendered> ahead = helper.submit(() -> render(theirs));
                Rendered mine = findings.hasNext() ? render(batch(findings)) : null;
                put(json, out, done(ahead));
                if (mine != null) put(json, out, mine);
            }
            json.writeEndArray();
            json.writeEndObject();
        } finally {
            helper.shutdownNow();
        }
        Json.finish(out);
    }

    /** How many findings are rendered at once. */
    static final int BATCH = 512;
    /** What the pretty printer writes before an array's first element at the issues' depth. */
    private static final byte[] FIRST_ELEMENT = "\n    ".getBytes(StandardCharsets.US_ASCII);

    /** Issues rendered as they stand in the report's array, without the separator before the first. */
    private record Rendered(byte[] bytes, int from, int to) {
    }

    private static List<Finding> batch(Iterator<Finding> findings) {
        List<Finding> batch = new ArrayList<>(BATCH);
        while (batch.size() < BATCH && findings.hasNext()) batch.add(findings.next());
        return batch;
    }

    /**
     * {@code batch} as the report's generator would write it at the issues' depth: rendered inside an array at that
     * depth by a generator of its own, from the first issue's opening brace (its line break and indent, or the
     * comma before a later one, are the report's generator's to write).
     */
    private static Rendered render(List<Finding> batch) throws IOException {
        Bytes bytes = new Bytes(batch.size() * 640);
        int from;
        try (JsonGenerator json = Json.generator(bytes)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            json.writeStartObject();
            json.writeArrayFieldStart("issues");
            json.flush();
            from = bytes.size() + FIRST_ELEMENT.length;
            for (Finding f : batch) issue(json, f);
        }
        Rendered r = new Rendered(bytes.array(), from, bytes.size());
        if (!Arrays.equals(r.bytes(), from - FIRST_ELEMENT.length, from, FIRST_ELEMENT, 0, FIRST_ELEMENT.length)) {
            throw new IllegalStateException("the JSON pretty printer no longer starts an array's element with a line break and four spaces");
        }
        return r;
    }

    /** Writes rendered issues as one value of the report's array: the generator writes what goes before it. */
    private static void put(JsonGenerator json, OutputStream out, Rendered r) throws IOException {
        json.writeRawValue("");
        json.flush();
        out.write(r.bytes(), r.from(), r.to() - r.from());
    }

    private static Rendered done(Future<Rendered> rendering) throws IOException {
        try {
            return rendering.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the JSON report");
        } catch (ExecutionException e) {
            // render throws no checked exception but an IOException, so the wrapping is never reached
            throw Failures.asIOException(e.getCause(), "rendering the JSON report failed");
        }
    }

    /** A byte array stream whose array is read in place. */
    private static final class Bytes extends ByteArrayOutputStream {
        Bytes(int size) {
            super(size);
        }

        byte[] array() {
            return buf;
        }
    }

    private static void summary(QaReport report, JsonGenerator json) throws IOException {
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
    }

    private static void write(QaReport report, JsonGenerator json) throws IOException {
        summary(report, json);
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
