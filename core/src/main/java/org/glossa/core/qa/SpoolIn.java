package org.glossa.core.qa;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads what {@link SpoolOut} wrote, in the order it wrote it, through a buffer of its own (a stream's bytes are read
 * in blocks). Not thread-safe: one per stream.
 */
public final class SpoolIn implements Closeable {
    private static final Severity[] SEVERITIES = Severity.values();
    private static final int BLOCK = 1 << 15;

    private final InputStream in;
    private byte[] block = new byte[0];
    private int at;
    private int end;
    /** Bytes consumed before {@code block[0]}. */
    private long base;
    private char[] chars = new char[0];

    public SpoolIn(InputStream in) {
        this.in = in;
    }

    public int readInt() throws IOException {
        need(4);
        int v = ((block[at] & 0xff) << 24) | ((block[at + 1] & 0xff) << 16) | ((block[at + 2] & 0xff) << 8)
                | (block[at + 3] & 0xff);
        at += 4;
        return v;
    }

    public long readLong() throws IOException {
        long hi = readInt();
        return (hi << 32) | (readInt() & 0xffffffffL);
    }

    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    private int readByte() throws IOException {
        need(1);
        return block[at++];
    }

    public String readString() throws IOException {
        int n = readInt();
        if (n == 0 || n == -1) return "";
        if (n < 0) { // Latin-1, one byte a character
            n = -1 - n;
            need(n);
            String s = new String(block, at, n, StandardCharsets.ISO_8859_1);
            at += n;
            return s;
        }
        need(2 * n);
        if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
        for (int i = 0, b = at; i < n; i++, b += 2) chars[i] = (char) (((block[b] & 0xff) << 8) | (block[b + 1] & 0xff));
        at += 2 * n;
        return new String(chars, 0, n);
    }

    /** Reads what {@link SpoolOut#writeBytes} wrote. */
    public byte[] readBytes() throws IOException {
        int n = readInt();
        need(n);
        byte[] bytes = Arrays.copyOfRange(block, at, at + n);
        at += n;
        return bytes;
    }

    public Finding readFinding() throws IOException {
        String file = readString();
        String unit = readString();
        return readRest(file, unit, readString());
    }

    /** Reads what {@link SpoolOut#writeFinding(Finding, Finding)} wrote with the same {@code like}. */
    Finding readFinding(Finding like) throws IOException {
        int differ = readByte();
        String file = (differ & 1) != 0 ? readString() : like.file();
        String unit = (differ & 2) != 0 ? readString() : like.unit();
        String segment = (differ & 4) != 0 ? readString() : like.segment();
        String check = readString();
        Severity severity = SEVERITIES[readByte()];
        String message = readString();
        String source = (differ & 8) != 0 ? readString() : like.source();
        String target = (differ & 16) != 0 ? readString() : like.target();
        return readTail(file, unit, segment, check, severity, message, source, target);
    }

    private Finding readRest(String file, String unit, String segment) throws IOException {
        String check = readString();
        Severity severity = SEVERITIES[readByte()];
        String message = readString();
        String source = readString();
        return readTail(file, unit, segment, check, severity, message, source, readString());
    }

    private Finding readTail(String file, String unit, String segment, String check, Severity severity, String message,
                             String source, String target) throws IOException {
        Optional<Span> sourceSpan = readSpan();
        Optional<Span> targetSpan = readSpan();
        Optional<TermInfo> term = Optional.empty();
        if (readBoolean()) {
            String termSource = readString();
            if (readBoolean()) termSource = null;
            int n = readInt();
            List<String> expected = new ArrayList<>(n);
            for (int i = 0; i < n; i++) expected.add(readString());
            term = Optional.of(new TermInfo(termSource, expected, readString(), readString()));
        }
        return new Finding(file, unit, segment, check, severity, message, source, target, sourceSpan, targetSpan, term);
    }

    private Optional<Span> readSpan() throws IOException {
        if (!readBoolean()) return Optional.empty();
        int start = readInt();
        return Optional.of(new Span(start, readInt()));
    }

    /** How many bytes were read so far. */
    long position() {
        return base + at;
    }

    /** Skips {@code n} bytes. */
    void skip(long n) throws IOException {
        while (n > 0) {
            if (at == end) fill(1);
            int k = (int) Math.min(n, end - at);
            at += k;
            n -= k;
        }
    }

    /** Makes {@code n} bytes available from {@code at}, reading more (and growing the buffer) when needed. */
    private void need(int n) throws IOException {
        if (end - at < n) fill(n);
    }

    private void fill(int n) throws IOException {
        int left = end - at;
        if (block.length < n || block.length == 0) {
            byte[] bigger = new byte[Math.max(BLOCK, Math.max(n, 2 * block.length))];
            System.arraycopy(block, at, bigger, 0, left);
            block = bigger;
        } else {
            System.arraycopy(block, at, block, 0, left);
        }
        base += at;
        at = 0;
        end = left;
        while (end < n) {
            int k = in.read(block, end, block.length - end);
            if (k < 0) throw new EOFException();
            end += k;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
