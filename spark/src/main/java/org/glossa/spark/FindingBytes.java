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
 * encoding ({@link SpoolOut#writeFinding}, {@link SpoolIn#readFinding}), the one encoding of a finding.
 */
final class FindingBytes {
    private FindingBytes() {
    }

    static byte[] encode(Finding f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try {
            SpoolOut out = new SpoolOut(bytes);
            out.writeFinding(f);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a finding in memory", e);
        }
        return bytes.toByteArray();
    }

    static Finding decode(byte[] bytes) {
        try (SpoolIn in = new SpoolIn(new ByteArrayInputStream(bytes))) {
            return in.readFinding();
        } catch (IOException e) {
            throw new UncheckedIOException("decoding a finding from memory", e);
        }
    }
}
