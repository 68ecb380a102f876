package org.glossa.core.qa;

import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what {@link SpoolOut} wrote, in the order it wrote it. Not thread-safe: one per stream. */
public final class SpoolIn implements Closeable {
    private static final Severity[] SEVERITIES = Severity.values();

    private final DataInputStream in;
    /** Grown on first need: Spark encodes and decodes one finding per stream. */
    private byte[] buffer = new byte[0];
    private char[] chars = new char[0];

    public SpoolIn(InputStream in) {
        this.in = new DataInputStream(in);
    }

    public int readInt() throws IOException {
        return in.readInt();
    }

    public long readLong() throws IOException {
        return in.readLong();
    }

    public boolean readBoolean() throws IOException {
        return in.readBoolean();
    }

    public String readString() throws IOException {
        int n = in.readInt();
        if (n == 0 || n == -1) return "";
        if (n < 0) { // Latin-1, one byte a character
            n = -1 - n;
            if (buffer.length < n) buffer = new byte[Math.max(n, 2 * buffer.length)];
            in.readFully(buffer, 0, n);
            return new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        }
        if (buffer.length < 2 * n) buffer = new byte[Math.max(2 * n, 2 * buffer.length)];
        if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
        in.readFully(buffer, 0, 2 * n);
        for (int i = 0; i < n; i++) chars[i] = (char) (((buffer[2 * i] & 0xff) << 8) | (buffer[2 * i + 1] & 0xff));
        return new String(chars, 0, n);
    }

    /** Reads what {@link SpoolOut#writeBytes} wrote. */
    public byte[] readBytes() throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    public Finding readFinding() throws IOException {
        String file = readString();
        String unit = readString();
        String segment = readString();
        String check = readString();
        Severity severity = SEVERITIES[in.readByte()];
        String message = readString();
        String source = readString();
        String target = readString();
        Optional<Span> sourceSpan = readSpan();
        Optional<Span> targetSpan = readSpan();
        Optional<TermInfo> term = Optional.empty();
        if (in.readBoolean()) {
            String termSource = readString();
            if (in.readBoolean()) termSource = null;
            int n = in.readInt();
            List<String> expected = new ArrayList<>(n);
            for (int i = 0; i < n; i++) expected.add(readString());
            term = Optional.of(new TermInfo(termSource, expected, readString(), readString()));
        }
        return new Finding(file, unit, segment, check, severity, message, source, target, sourceSpan, targetSpan, term);
    }

    private Optional<Span> readSpan() throws IOException {
        if (!in.readBoolean()) return Optional.empty();
        int start = in.readInt();
        return Optional.of(new Span(start, in.readInt()));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
