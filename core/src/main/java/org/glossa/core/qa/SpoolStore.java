package org.glossa.core.qa;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Bytes appended once and read back from any offset, any number of times: a temporary file (deleted on close), or
 * memory for runs whose input is in memory anyway.
 */
abstract class SpoolStore implements Closeable {
    private static final int BUFFER = 1 << 16;

    /** The one appending stream. */
    abstract OutputStream out();

    /** How many bytes were appended so far. */
    abstract long size();

    /** A new stream over the bytes from {@code offset} to the current end; the appended bytes are flushed first. */
    abstract InputStream in(long offset) throws IOException;

    static SpoolStore memory() {
        return new Memory();
    }

    /** A temporary file in {@code dir} (a run's {@link SpoolFolder}, which the next run removes if this one is killed). */
    static SpoolStore file(Path dir, String prefix) throws IOException {
        Path file = Files.createTempFile(dir, prefix, ".spool");
        file.toFile().deleteOnExit(); // also when the JVM is stopped (Ctrl-C) before close()
        return new TempFile(file);
    }

    private static final class Memory extends SpoolStore {
        private final Bytes bytes = new Bytes();

        @Override
        OutputStream out() {
            return bytes;
        }

        @Override
        long size() {
            return bytes.size();
        }

        @Override
        InputStream in(long offset) {
            return bytes.from((int) offset);
        }

        @Override
        public void close() {
            bytes.reset();
        }
    }

    /** A byte array output stream that can be read without a copy. */
    private static final class Bytes extends ByteArrayOutputStream {
        synchronized InputStream from(int offset) {
            return new ByteArrayInputStream(buf, offset, count - offset);
        }
    }

    private static final class TempFile extends SpoolStore {
        private final Path file;
        private final Counting out;

        TempFile(Path file) throws IOException {
            this.file = file;
            this.out = new Counting(new BufferedOutputStream(Files.newOutputStream(file), BUFFER));
        }

        @Override
        OutputStream out() {
            return out;
        }

        @Override
        long size() {
            return out.count;
        }

        @Override
        InputStream in(long offset) throws IOException {
            out.flush();
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                channel.position(offset);
                return new BufferedInputStream(Channels.newInputStream(channel), BUFFER);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Counts the bytes written through it (a long: spools may pass 2 GB). */
    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
