package org.glossa.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SpoolIn;
import org.glossa.core.qa.SpoolOut;

/**
 * A {@link Finding} as bytes, encoded once by the task that finds it and decoded once by the driver that writes the
 * report. This is what QA's shuffles and cached results move: Spark sizes an array of bytes in one step and serializes
 * it as one object, where a finding's graph of records and strings cost a walk of the graph at every size sample
 * ({@code SizeEstimator}) and an object-by-object Java deserialization at every read. The bytes are core's QA spool
 * encoding ({@link SpoolOut#writeFinding}, {@link SpoolIn#readFinding}), the one encoding of a finding; QA's pairs
 * ({@code QaJob.Pair}) go through the same in-memory streams ({@link #encode(int, String, SpoolWrite)}).
 */
final class FindingBytes {
    private FindingBytes() {
    }

    static byte[] encode(Finding f) {
        return encode(256, "a finding", out -> out.writeFinding(f));
    }

    static Finding decode(byte[] bytes) {
        return decode(bytes, "a finding", SpoolIn::readFinding);
    }

    /** What {@code write} writes through a {@link SpoolOut}, as bytes in memory ({@code what} names it in an error). */
    static byte[] encode(int sizeHint, String what, SpoolWrite write) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(sizeHint);
        try {
            SpoolOut out = new SpoolOut(bytes);
            write.to(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding " + what + " in memory", e);
        }
        return bytes.toByteArray();
    }

    /** What {@code read} reads through a {@link SpoolIn} from {@code bytes} ({@code what} names it in an error). */
    static <T> T decode(byte[] bytes, String what, SpoolRead<T> read) {
        try (SpoolIn in = new SpoolIn(new ByteArrayInputStream(bytes))) {
            return read.from(in);
        } catch (IOException e) {
            throw new UncheckedIOException("decoding " + what + " from memory", e);
        }
    }

    /** Writes a value's fields. */
    @FunctionalInterface
    interface SpoolWrite {
        void to(SpoolOut out) throws IOException;
    }

    /** Reads a value's fields. */
    @FunctionalInterface
    interface SpoolRead<T> {
        T from(SpoolIn in) throws IOException;
    }
}
