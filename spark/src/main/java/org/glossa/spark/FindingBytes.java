package org.glossa.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;
import org.glossa.core.qa.TermInfo;

/**
 * A {@link Finding} as bytes, encoded once by the task that finds it and decoded once by the driver that writes the
 * report. This is what QA's shuffles and cached results move: Spark sizes an array of bytes in one step and serializes
 * it as one object, where a finding's graph of records and strings cost a walk of the graph at every size sample
 * ({@code SizeEstimator}) and an object-by-object Java deserialization at every read. Strings as
 * {@link DataStrings} writes them.
 */
final class FindingBytes {
    private static final Severity[] SEVERITIES = Severity.values();

    private FindingBytes() {
    }

    static byte[] encode(Finding f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, f.file());
            string(out, f.unit());
            string(out, f.segment());
            string(out, f.check());
            out.writeByte(f.severity().ordinal());
            string(out, f.message());
            string(out, f.source());
            string(out, f.target());
            span(out, f.sourceSpan());
            span(out, f.targetSpan());
            out.writeBoolean(f.term().isPresent());
            if (f.term().isPresent()) {
                TermInfo t = f.term().get();
                string(out, t.source());
                out.writeInt(t.expected().size());
                for (String e : t.expected()) string(out, e);
                string(out, t.found());
                string(out, t.glossary());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a finding in memory", e);
        }
        return bytes.toByteArray();
    }

    static Finding decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            String file = string(in);
            String unit = string(in);
            String segment = string(in);
            String check = string(in);
            Severity severity = SEVERITIES[in.readByte()];
            String message = string(in);
            String source = string(in);
            String target = string(in);
            Optional<Span> sourceSpan = span(in);
            Optional<Span> targetSpan = span(in);
            Optional<TermInfo> term = Optional.empty();
            if (in.readBoolean()) {
                String termSource = string(in);
                int n = in.readInt();
                List<String> expected = new ArrayList<>(n);
                for (int i = 0; i < n; i++) expected.add(string(in));
                term = Optional.of(new TermInfo(termSource, expected, string(in), string(in)));
            }
            return new Finding(file, unit, segment, check, severity, message, source, target, sourceSpan, targetSpan, term);
        } catch (IOException e) {
            throw new UncheckedIOException("decoding a finding from memory", e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        DataStrings.write(out, s);
    }

    private static String string(DataInputStream in) throws IOException {
        return DataStrings.read(in);
    }

    private static void span(DataOutputStream out, Optional<Span> span) throws IOException {
        out.writeInt(span.map(Span::start).orElse(-1));
        out.writeInt(span.map(Span::end).orElse(-1));
    }

    private static Optional<Span> span(DataInputStream in) throws IOException {
        int start = in.readInt();
        int end = in.readInt();
        return start < 0 ? Optional.empty() : Optional.of(new Span(start, end));
    }
}
