package org.glossa.core.tm.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * What an index records of the TMX it was built from: size, modification time (millis) and SHA-256 of the first
 * and of the last 64 KiB. An index whose recorded fingerprint differs from the file's is stale.
 */
record TmxFingerprint(long size, long modified, String head, String tail) {
    static final int WINDOW = 64 * 1024;

    static TmxFingerprint of(Path tmx) throws IOException {
        long size = Files.size(tmx);
        long modified = Files.getLastModifiedTime(tmx).toMillis();
        try (FileChannel ch = FileChannel.open(tmx, StandardOpenOption.READ)) {
            return new TmxFingerprint(size, modified, digest(ch, 0, Math.min(WINDOW, size)),
                    digest(ch, Math.max(0, size - WINDOW), Math.min(WINDOW, size)));
        }
    }

    private static String digest(FileChannel ch, long from, long length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) length);
        long pos = from;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) throw new IOException("file shrank while reading");
            pos += n;
        }
        buf.flip();
        MessageDigest md = TextKey.sha256();
        md.update(buf);
        return HexFormat.of().formatHex(md.digest());
    }

    void writeTo(Map<String, String> data) {
        data.put("tmx.size", Long.toString(size));
        data.put("tmx.modified", Long.toString(modified));
        data.put("tmx.head", head);
        data.put("tmx.tail", tail);
    }

    boolean matches(Map<String, String> data) {
        return Long.toString(size).equals(data.get("tmx.size"))
                && Long.toString(modified).equals(data.get("tmx.modified"))
                && head.equals(data.get("tmx.head")) && tail.equals(data.get("tmx.tail"));
    }
}
