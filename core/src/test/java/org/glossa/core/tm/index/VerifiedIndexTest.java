package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.glossa.core.io.FileIdentity;

class VerifiedIndexTest {
    @TempDir
    Path dir;

    private static final List<String> FILES = List.of("_0.cfs", "_0.cfe", "_0.si");

    private void writeFiles(Duration age) throws Exception {
        for (String f : FILES) {
            Path p = dir.resolve(f);
            Files.writeString(p, "content of " + f);
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(age)));
        }
    }

    private void verifyAndRecord() throws Exception {
        VerifiedIndex.record(dir, new VerifiedIndex.Verification(FILES, VerifiedIndex.snapshot(dir)));
    }

    @Test
    void settledFilesAreRecordedAndTrustedWhileTheyStayAsTheyWere() throws Exception {
        writeFiles(Duration.ofHours(1));
        assertFalse(VerifiedIndex.verified(dir, FILES, VerifiedIndex.snapshot(dir)), "nothing recorded yet");
        verifyAndRecord();
        assertTrue(VerifiedIndex.verified(dir, FILES, VerifiedIndex.snapshot(dir)));
        assertEquals(FILES.stream().sorted().toList(), VerifiedIndex.snapshot(dir).keySet().stream().toList(),
                "the record is not one of the index's files");
    }

    @Test
    void aFileWrittenSinceIsVerifiedAgain() throws Exception {
        writeFiles(Duration.ofHours(1));
        verifyAndRecord();
        Files.writeString(dir.resolve("_0.cfs"), "content of _0.cfX");
        assertFalse(VerifiedIndex.verified(dir, FILES, VerifiedIndex.snapshot(dir)));
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsVerifiedAgain() throws Exception {
        writeFiles(Duration.ofHours(1));
        verifyAndRecord();
        Path f = dir.resolve("_0.cfs");
        assumeTrue(Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey() != null);
        Path other = dir.resolve("other");
        Files.writeString(other, "content of _0.cfX");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(f));
        Files.move(other, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertFalse(VerifiedIndex.verified(dir, FILES, VerifiedIndex.snapshot(dir)));
    }

    @Test
    void filesModifiedJustNowAreNotRecorded() throws Exception {
        writeFiles(Duration.ZERO);
        verifyAndRecord();
        assertFalse(Files.exists(dir.resolve(VerifiedIndex.FILE)));
        assertFalse(VerifiedIndex.verified(dir, FILES, VerifiedIndex.snapshot(dir)));
    }

    @Test
    void aFileChangedBetweenTheVerificationAndTheRecordIsNotRecorded() throws Exception {
        writeFiles(Duration.ofHours(1));
        Map<String, FileIdentity> seen = VerifiedIndex.snapshot(dir);
        Files.writeString(dir.resolve("_0.si"), "a new build's _0.si");
        VerifiedIndex.record(dir, new VerifiedIndex.Verification(FILES, seen));
        assertFalse(Files.exists(dir.resolve(VerifiedIndex.FILE)));
    }

    @Test
    void aDamagedRecordCountsAsNone() throws Exception {
        writeFiles(Duration.ofHours(1));
        verifyAndRecord();
        Path record = dir.resolve(VerifiedIndex.FILE);
        Files.writeString(record, Files.readString(record).replaceFirst("seen=\\S+", "seen=\\\\u12"));
        assertFalse(VerifiedIndex.verified(dir, FILES, VerifiedIndex.snapshot(dir)));
        Files.writeString(record, Files.readString(record).replaceAll("seen=.*", "seen=yesterday"));
        assertFalse(VerifiedIndex.verified(dir, FILES, VerifiedIndex.snapshot(dir)));
    }
}
