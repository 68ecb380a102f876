package org.glossa.core.model;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;

/** The original document's bytes and the encoding it was read with; merge rebuilds the document from it. */
public record Original(byte[] bytes, String encoding) {
    public Original {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(encoding, "encoding");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public Charset charset() {
        return Charset.forName(encoding);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Original other && Arrays.equals(bytes, other.bytes) && encoding.equals(other.encoding);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + encoding.hashCode();
    }

    @Override
    public String toString() {
        return "Original[" + bytes.length + " bytes, " + encoding + "]";
    }
}
