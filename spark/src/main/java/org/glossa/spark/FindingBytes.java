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
 * ({@code SizeEstimator}) and an object-by-object Java deserialization at every read. Strings are written in
 * modified UTF-8 (every {@code char} sequence round-trips, unpaired surrogates included), in chunks under
 * {@code writeUTF}'s 64 KiB limit.
 */
final class FindingBytes {
    /** Characters per {@code writeUTF} chunk: at most three bytes each, under its 65,535-byte limit. */
    private static final int CHUNK = 16_384;
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
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        for (int i = 0; i < s.length(); i += CHUNK) out.writeUTF(s.substring(i, Math.min(s.length(), i + CHUNK)));
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) return null;
        if (length <= CHUNK) return length == 0 ? "" : in.readUTF();
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) s.append(in.readUTF());
        return s.toString();
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
