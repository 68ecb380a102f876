package org.glossa.core.tm.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the file system says of a TMX without reading it: its size, modification time and file key (device and
 * inode where the platform has them, else empty), and when that was looked at ({@code seen}). An index records the
 * identity of its TMX next to the content's {@link TmxFingerprint}; see {@link TmxCheck} for when the identity is
 * enough.
 *
 * @param modified the modification time in the file system's precision ({@link java.nio.file.attribute.FileTime#toString})
 * @param fileKey  {@link BasicFileAttributes#fileKey()} as text, or empty where the platform has none
 * @param seen     when the attributes were read (the clock of this machine)
 */
record TmxIdentity(long size, String modified, Instant modifiedAt, String fileKey, Instant seen) {
    static final String SIZE = "tmx.size";
    static final String MODIFIED = "tmx.modified";
    static final String FILE_KEY = "tmx.file-key";
    static final String SEEN = "tmx.seen";

    TmxIdentity {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(fileKey, "fileKey");
        Objects.requireNonNull(seen, "seen");
    }

    static TmxIdentity of(Path tmx) throws IOException {
        Instant seen = Instant.now();
        BasicFileAttributes a = Files.readAttributes(tmx, BasicFileAttributes.class);
        Object key = a.fileKey();
        return new TmxIdentity(a.size(), a.lastModifiedTime().toString(), a.lastModifiedTime().toInstant(),
                key == null ? "" : key.toString(), seen);
    }

    void writeTo(Map<String, String> data) {
        data.put(SIZE, Long.toString(size));
        data.put(MODIFIED, modified);
        data.put(FILE_KEY, fileKey);
        data.put(SEEN, seen.toString());
    }

    /** Whether {@code data} records another size: the file has changed, whatever its content hash would say. */
    boolean sizeDiffers(Map<String, String> data) {
        return !Long.toString(size).equals(data.get(SIZE));
    }

    /**
     * Whether {@code data} records this same size, modification time and file key, and records them as seen at least
     * {@code settle} after that modification time. A file modified less than {@code settle} before its identity was
     * recorded may have been written again within the same timestamp (file systems keep times in steps of up to
     * seconds) after it was read: its identity proves nothing, and its content must be compared.
     */
    boolean settledMatch(Map<String, String> data, Duration settle) {
        if (sizeDiffers(data) || !modified.equals(data.get(MODIFIED)) || !fileKey.equals(data.get(FILE_KEY))) {
            return false;
        }
        String recorded = data.get(SEEN);
        return recorded != null && modifiedAt.plus(settle).isBefore(Instant.parse(recorded));
    }

    /** Whether the file is older than {@code settle} now, so that its identity, once recorded, can be trusted. */
    boolean settled(Duration settle) {
        return modifiedAt.plus(settle).isBefore(seen);
    }
}
