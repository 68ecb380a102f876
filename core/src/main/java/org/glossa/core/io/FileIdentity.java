package org.glossa.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What the file system says of a file without reading it: its size, modification time and file key (device and
 * inode where the platform has them, else empty), and when that was looked at ({@code seen}); the one record of a
 * file's identity. A memory's index records the identity of its TMX (next to the content's SHA-256,
 * {@code tm.index.TmxCheck}) and of its own files when their checksums were verified ({@code tm.index.VerifiedIndex},
 * decision 0033), under a prefix in a map of strings: {@code <prefix>size}, {@code <prefix>modified},
 * {@code <prefix>file-key}, {@code <prefix>seen}. The editor's server write queue compares identities
 * ({@link #sameAs}) to know whether its journal was written by another editor since it last read it.
 *
 * @param modified   the modification time in the file system's precision ({@link java.nio.file.attribute.FileTime#toString})
 * @param modifiedAt the same as an instant
 * @param fileKey    {@link BasicFileAttributes#fileKey()} as text, or empty where the platform has none
 * @param seen       when the attributes were read (the clock of this machine)
 */
public record FileIdentity(long size, String modified, Instant modifiedAt, String fileKey, Instant seen) {
    /** How long after its last modification a file's identity is trusted: above every file system's time step. */
    public static final Duration SETTLE = Duration.ofSeconds(2);

    public FileIdentity {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(modifiedAt, "modifiedAt");
        Objects.requireNonNull(fileKey, "fileKey");
        Objects.requireNonNull(seen, "seen");
    }

    /** The identity of {@code file} now (which must exist). */
    public static FileIdentity of(Path file) throws IOException {
        Instant seen = Instant.now();
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        Object key = a.fileKey();
        return new FileIdentity(a.size(), a.lastModifiedTime().toString(), a.lastModifiedTime().toInstant(),
                key == null ? "" : key.toString(), seen);
    }

    /** Records this identity in {@code data} under {@code prefix}. */
    public void writeTo(Map<String, String> data, String prefix) {
        data.put(prefix + "size", Long.toString(size));
        data.put(prefix + "modified", modified);
        data.put(prefix + "file-key", fileKey);
        data.put(prefix + "seen", seen.toString());
    }

    /** Whether {@code data} records another size: the file has changed, whatever its content would say. */
    public boolean sizeDiffers(Map<String, String> data, String prefix) {
        return !Long.toString(size).equals(data.get(prefix + "size"));
    }

    /**
     * Whether {@code data} records this same size, modification time and file key, and records them as seen more than
     * {@link #SETTLE} after that modification time. A file modified less than that before its identity was recorded
     * may have been written again within the same timestamp (file systems keep times in steps of up to seconds)
     * after it was read: its identity proves nothing then, and its content must be read.
     */
    public boolean settledMatch(Map<String, String> data, String prefix) {
        if (sizeDiffers(data, prefix) || !sameFile(data, prefix)) return false;
        String recorded = data.get(prefix + "seen");
        return recorded != null && modifiedAt.plus(SETTLE).isBefore(Instant.parse(recorded));
    }

    private boolean sameFile(Map<String, String> data, String prefix) {
        return modified.equals(data.get(prefix + "modified")) && fileKey.equals(data.get(prefix + "file-key"));
    }

    /** Whether the other identity has this size, modification time and file key (when seen aside). */
    public boolean sameAs(FileIdentity other) {
        return size == other.size && modified.equals(other.modified) && fileKey.equals(other.fileKey);
    }

    /** Whether the file had not been modified for {@link #SETTLE} when seen, so that its identity can be trusted. */
    public boolean settled() {
        return modifiedAt.plus(SETTLE).isBefore(seen);
    }
}
