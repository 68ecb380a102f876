package org.glossa.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's identity, as the memory index records it (decision 0033) and the editor's server journal compares it:
 * the same file unchanged is the same identity whenever it is looked at; an append, a replacement by a copy with the
 * same bytes and time, or a touch is another; a recorded identity is trusted only once the file had settled.
 */
class FileIdentityTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedFileKeepsItsIdentityAndAnyWriteChangesIt() throws Exception {
        Path file = dir.resolve("journal");
        Files.writeString(file, "one\n");
        FileTime old = FileTime.from(Instant.parse("2026-01-01T10:00:00.123456Z"));
        Files.setLastModifiedTime(file, old);
        FileIdentity first = FileIdentity.of(file);
        assertTrue(first.sameAs(FileIdentity.of(file)), "looked at again: the same, whenever seen");

        Files.writeString(file, "two\n", StandardOpenOption.APPEND);
        Files.setLastModifiedTime(file, old);
        assertFalse(first.sameAs(FileIdentity.of(file)), "appended: another size");

        Path copy = dir.resolve("copy");
        Files.writeString(copy, "one\n");
        Files.setLastModifiedTime(copy, old);
        Files.move(copy, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FileIdentity replaced = FileIdentity.of(file);
        if (!replaced.fileKey().isEmpty()) {
            assertFalse(first.sameAs(replaced), "replaced by a copy with the same bytes and time: another file key");
        }

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T10:00:00.123457Z")));
        assertFalse(replaced.sameAs(FileIdentity.of(file)), "touched: another time, to the file system's precision");
    }

    @Test
    void aRecordedIdentityIsTrustedOnlyWhenTheFileHadSettled() throws Exception {
        Path file = dir.resolve("memory.tmx");
        Files.write(file, "<tmx/>".getBytes(StandardCharsets.UTF_8));
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        FileIdentity settled = FileIdentity.of(file);
        Map<String, String> data = new HashMap<>();
        settled.writeTo(data, "tmx.");
        assertTrue(settled.settled());
        assertTrue(FileIdentity.of(file).settledMatch(data, "tmx."));
        assertFalse(FileIdentity.of(file).sizeDiffers(data, "tmx."));

        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        FileIdentity fresh = FileIdentity.of(file);
        Map<String, String> racy = new HashMap<>();
        fresh.writeTo(racy, "tmx.");
        assertFalse(fresh.settled());
        assertFalse(FileIdentity.of(file).settledMatch(racy, "tmx."), "modified just before it was recorded");
        Files.write(file, "<tmx></tmx>".getBytes(StandardCharsets.UTF_8));
        assertTrue(FileIdentity.of(file).sizeDiffers(data, "tmx."));
    }
}
