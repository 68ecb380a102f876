package org.glossa.core.tm.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The content of a TMX as its index records it: the size and the SHA-256 of the whole file (written next to the
 * {@link org.glossa.core.io.FileIdentity}, which records the size). Hashing reads the whole file (from the page cache when it was read
 * lately), so {@link TmxCheck} does it only when the file's identity cannot tell whether it changed.
 */
record TmxFingerprint(long size, String sha256) {
    /** The read buffer. */
    static final int WINDOW = 64 * 1024;
    static final String SHA256 = "tmx.sha256";

    static TmxFingerprint of(Path tmx) throws IOException {
        MessageDigest md = newDigest();
        long size = 0;
        byte[] buf = new byte[WINDOW];
        try (InputStream in = Files.newInputStream(tmx)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                size += n;
            }
        }
        return new TmxFingerprint(size, HexFormat.of().formatHex(md.digest()));
    }

    void writeTo(Map<String, String> data) {
        data.put(SHA256, sha256);
    }

    boolean matches(Map<String, String> data) {
        return Long.toString(size).equals(data.get(TmxCheck.PREFIX + "size")) && sha256.equals(data.get(SHA256));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
