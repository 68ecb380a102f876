package org.glossa.core.qa;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * QA's one binary encoding of findings and the strings and numbers beside them: what the QA spools hold
 * ({@link QaSession}) and what Spark's QA moves between JVMs as bytes ({@code org.glossa.spark.FindingBytes}, its
 * pairs). Strings go as one byte a character when they are Latin-1, else as their UTF-16 code units
 * ({@link #writeString}), so any Java string (lone surrogates included, whatever its length) comes back exactly; {@link SpoolIn} reads it. Not thread-safe: one per stream.
 */
public final class SpoolOut {
    private final DataOutputStream out;
    /** Grown on first need: Spark encodes and decodes one finding per stream. */
    private byte[] buffer = new byte[0];

    public SpoolOut(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    public void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    public void writeLong(long v) throws IOException {
        out.writeLong(v);
    }

    public void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    /**
     * Writes {@code s} (not null): a string of Latin-1 characters (U+0000 to U+00FF, most European text) as
     * {@code -1 - length} and one byte a character, any other as its length and its UTF-16 code units.
     */
    public void writeString(String s) throws IOException {
        int n = s.length();
        if (buffer.length < 2 * n) buffer = new byte[Math.max(2 * n, 2 * buffer.length)];
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c > 0xFF) break;
            buffer[i] = (byte) c;
        }
        if (i == n) {
            out.writeInt(-1 - n);
            out.write(buffer, 0, n);
            return;
        }
        out.writeInt(n);
        for (i = 0; i < n; i++) {
            char c = s.charAt(i);
            buffer[2 * i] = (byte) (c >>> 8);
            buffer[2 * i + 1] = (byte) c;
        }
        out.write(buffer, 0, 2 * n);
    }

    /** Writes {@code bytes} (not null) as its length and the bytes (an encoding nested in another, e.g. Spark's). */
    public void writeBytes(byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Writes {@code f}: its strings, severity, spans and term (a term's source may be null). */
    public void writeFinding(Finding f) throws IOException {
        writeString(f.file());
        writeString(f.unit());
        writeString(f.segment());
        writeString(f.check());
        out.writeByte(f.severity().ordinal());
        writeString(f.message());
        writeString(f.source());
        writeString(f.target());
        writeSpan(f.sourceSpan());
        writeSpan(f.targetSpan());
        out.writeBoolean(f.term().isPresent());
        if (f.term().isPresent()) {
            TermInfo t = f.term().get();
            writeString(t.source() == null ? "" : t.source());
            out.writeBoolean(t.source() == null);
            out.writeInt(t.expected().size());
            for (String e : t.expected()) writeString(e);
            writeString(t.found());
            writeString(t.glossary());
        }
    }

    private void writeSpan(Optional<Span> span) throws IOException {
        out.writeBoolean(span.isPresent());
        if (span.isPresent()) {
            out.writeInt(span.get().start());
            out.writeInt(span.get().end());
        }
    }

    public void flush() throws IOException {
        out.flush();
    }
}
