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
 * What an index records of the TMX it was built from: its size and the SHA-256 of its whole content. An index whose
 * recorded fingerprint differs from the file's is stale; a file that was only touched (same content) keeps its
 * index, and a change that keeps the size and the modification time is still noticed. Hashing reads the whole file
 * (from the page cache when it was read lately); SHA-256 is hardware-assisted on current processors.
 */
record TmxFingerprint(long size, String sha256) {
    /** The read buffer. */
    static final int WINDOW = 64 * 1024;

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
        data.put("tmx.size", Long.toString(size));
        data.put("tmx.sha256", sha256);
    }

    boolean matches(Map<String, String> data) {
        return Long.toString(size).equals(data.get("tmx.size")) && sha256.equals(data.get("tmx.sha256"));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
