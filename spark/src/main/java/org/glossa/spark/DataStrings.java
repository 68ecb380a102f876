package org.glossa.spark;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Strings in the QA job's byte encodings ({@link FindingBytes}, {@link QaJob.Pair}): the length in {@code char}s
 * (-1 for null), then modified UTF-8 in {@code writeUTF} chunks under its 65,535-byte limit, so every {@code char}
 * sequence round-trips, unpaired surrogates included.
 */
final class DataStrings {
    /** Characters per {@code writeUTF} chunk: at most three bytes each. */
    private static final int CHUNK = 16_384;

    private DataStrings() {
    }

    static void write(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        for (int i = 0; i < s.length(); i += CHUNK) out.writeUTF(s.substring(i, Math.min(s.length(), i + CHUNK)));
    }

    static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) return null;
        if (length == 0) return "";
        if (length <= CHUNK) return in.readUTF();
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) s.append(in.readUTF());
        return s.toString();
    }
}
