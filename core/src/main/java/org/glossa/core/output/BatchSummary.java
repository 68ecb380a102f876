package org.glossa.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * The JSON summary of a batch that writes files ({@code extract --json}, {@code merge --json}, {@code glossa spark
 * extract --json}): {@code {"files", "ok", "failed", "skipped", "units", "segments", "words", "errors": [{"file",
 * "message"}], "outputs": [{"input", "output", "units", "segments", "words"}]}}.
 */
public record BatchSummary(int files, int ok, int skipped, long units, long segments, long words, List<Error> errors,
                           List<Output> outputs) {
    /** A file that failed. */
    public record Error(String file, String message) {
    }

    /** One file written. */
    public record Output(String input, String output, long units, long segments, long words) {
    }

    public BatchSummary {
        errors = List.copyOf(errors);
        outputs = List.copyOf(outputs);
    }

    /** Writes the summary and a line break, and flushes {@code out}. */
    public void writeJson(PrintWriter out) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            g.writeStartObject();
            g.writeNumberField("files", files);
            g.writeNumberField("ok", ok);
            g.writeNumberField("failed", errors.size());
            g.writeNumberField("skipped", skipped);
            g.writeNumberField("units", units);
            g.writeNumberField("segments", segments);
            g.writeNumberField("words", words);
            g.writeArrayFieldStart("errors");
            for (Error e : errors) {
                g.writeStartObject();
                g.writeStringField("file", e.file());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            for (Output o : outputs) {
                g.writeStartObject();
                g.writeStringField("input", o.input());
                g.writeStringField("output", o.output());
                g.writeNumberField("units", o.units());
                g.writeNumberField("segments", o.segments());
                g.writeNumberField("words", o.words());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.println();
        out.flush();
    }
}
