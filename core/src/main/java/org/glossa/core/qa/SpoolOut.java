package org.glossa.core.qa;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * QA's one binary encoding of findings and the strings and numbers beside them: what the QA spools hold
 * ({@link QaSession}) and what Spark's QA moves between JVMs as bytes ({@code org.glossa.spark.FindingBytes}, its
 * pairs). Numbers are big-endian as {@link java.io.DataOutputStream} writes them; strings go as one byte a character
 * when they are Latin-1, else as their UTF-16 code units ({@link #writeString}), so any Java string (lone surrogates
 * included, whatever its length) comes back exactly; {@link SpoolIn} reads it. Bytes gather in a buffer of its own
 * and reach the stream in blocks: call {@link #flush()} at the end. Not thread-safe: one per stream.
 */
public final class SpoolOut {
    private static final int BLOCK = 1 << 15;

    private final OutputStream out;
    private final byte[] block = new byte[BLOCK];
    private int used;
    /** A string's characters; grown on first need (Spark encodes one finding per stream). */
    private char[] chars = new char[0];

    public SpoolOut(OutputStream out) {
        this.out = out;
    }

    public void writeInt(int v) throws IOException {
        room(4);
        block[used] = (byte) (v >>> 24);
        block[used + 1] = (byte) (v >>> 16);
        block[used + 2] = (byte) (v >>> 8);
        block[used + 3] = (byte) v;
        used += 4;
    }

    public void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    public void writeBoolean(boolean v) throws IOException {
        writeByte(v ? 1 : 0);
    }

    private void writeByte(int v) throws IOException {
        room(1);
        block[used++] = (byte) v;
    }

    /**
     * Writes {@code s} (not null): a string of Latin-1 characters (U+0000 to U+00FF, most European text) as
     * {@code -1 - length} and one byte a character, any other as its length and its UTF-16 code units.
     */
    public void writeString(String s) throws IOException {
        int n = s.length();
        if (chars.length < n) chars = new char[Math.max(n, 2 * chars.length)];
        s.getChars(0, n, chars, 0);
        boolean latin = true;
        for (int i = 0; i < n; i++) {
            if (chars[i] > 0xFF) {
                latin = false;
                break;
            }
        }
        writeInt(latin ? -1 - n : n);
        int i = 0;
        while (i < n) {
            if (used == BLOCK) drain();
            if (latin) {
                int end = Math.min(n, i + BLOCK - used);
                for (; i < end; i++) block[used++] = (byte) chars[i];
            } else {
                int end = Math.min(n, i + (BLOCK - used) / 2);
                if (end == i) {
                    drain();
                    continue;
                }
                for (; i < end; i++) {
                    char c = chars[i];
                    block[used] = (byte) (c >>> 8);
                    block[used + 1] = (byte) c;
                    used += 2;
                }
            }
        }
    }

    /** Writes {@code bytes} (not null) as its length and the bytes (an encoding nested in another, e.g. Spark's). */
    public void writeBytes(byte[] bytes) throws IOException {
        writeInt(bytes.length);
        if (bytes.length <= BLOCK - used) {
            System.arraycopy(bytes, 0, block, used, bytes.length);
            used += bytes.length;
        } else {
            drain();
            out.write(bytes);
        }
    }

    /** Writes {@code f}: its strings, severity, spans and term (a term's source may be null). */
    public void writeFinding(Finding f) throws IOException {
        writeString(f.file());
        writeString(f.unit());
        writeString(f.segment());
        writeRest(f);
    }

    /**
     * Writes a finding about a pair the reader knows ({@link SpoolIn#readFinding(Finding)} is given the same
     * {@code like}): of its file, unit, segment, source and target only those that differ from {@code like}'s.
     */
    void writeFinding(Finding f, Finding like) throws IOException {
        int differ = (f.file().equals(like.file()) ? 0 : 1) | (f.unit().equals(like.unit()) ? 0 : 2)
                | (f.segment().equals(like.segment()) ? 0 : 4) | (f.source().equals(like.source()) ? 0 : 8)
                | (f.target().equals(like.target()) ? 0 : 16);
        writeByte(differ);
        if ((differ & 1) != 0) writeString(f.file());
        if ((differ & 2) != 0) writeString(f.unit());
        if ((differ & 4) != 0) writeString(f.segment());
        writeString(f.check());
        writeByte(f.severity().ordinal());
        writeString(f.message());
        if ((differ & 8) != 0) writeString(f.source());
        if ((differ & 16) != 0) writeString(f.target());
        writeTail(f);
    }

    private void writeRest(Finding f) throws IOException {
        writeString(f.check());
        writeByte(f.severity().ordinal());
        writeString(f.message());
        writeString(f.source());
        writeString(f.target());
        writeTail(f);
    }

    private void writeTail(Finding f) throws IOException {
        writeSpan(f.sourceSpan());
        writeSpan(f.targetSpan());
        writeBoolean(f.term().isPresent());
        if (f.term().isPresent()) {
            TermInfo t = f.term().get();
            writeString(t.source() == null ? "" : t.source());
            writeBoolean(t.source() == null);
            writeInt(t.expected().size());
            for (String e : t.expected()) writeString(e);
            writeString(t.found());
            writeString(t.glossary());
        }
    }

    private void writeSpan(Optional<Span> span) throws IOException {
        writeBoolean(span.isPresent());
        if (span.isPresent()) {
            writeInt(span.get().start());
            writeInt(span.get().end());
        }
    }

    /** Passes the buffered bytes on and flushes the stream. */
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    private void room(int n) throws IOException {
        if (used + n > BLOCK) drain();
    }

    private void drain() throws IOException {
        if (used > 0) out.write(block, 0, used);
        used = 0;
    }
}
