package org.glossa.core.qa;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Writes what the QA spools hold. A string of Latin-1 characters only goes as one byte a character (its length
 * written as {@code -length - 1}), any other as UTF-16 code units (its length as is), so any Java string (lone
 * surrogates included) comes back exactly, and most come back with a copy of bytes; {@link SpoolIn} reads it.
 */
final class SpoolOut {
    private final DataOutputStream out;
    private byte[] buffer = new byte[1024];

    SpoolOut(OutputStream out) {
        this.out = new DataOutputStream(out);
    }

    void writeInt(int v) throws IOException {
        out.writeInt(v);
    }

    void writeLong(long v) throws IOException {
        out.writeLong(v);
    }

    void writeBoolean(boolean v) throws IOException {
        out.writeBoolean(v);
    }

    void writeString(String s) throws IOException {
        int n = s.length();
        if (latin1(s)) {
            out.writeInt(-n - 1);
            out.write(s.getBytes(StandardCharsets.ISO_8859_1));
            return;
        }
        out.writeInt(n);
        if (buffer.length < 2 * n) buffer = new byte[Math.max(2 * n, 2 * buffer.length)];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            buffer[2 * i] = (byte) (c >>> 8);
            buffer[2 * i + 1] = (byte) c;
        }
        out.write(buffer, 0, 2 * n);
    }

    private static boolean latin1(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0xff) return false;
        return true;
    }

    void writeFinding(Finding f) throws IOException {
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

    void flush() throws IOException {
        out.flush();
    }
}
