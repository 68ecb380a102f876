package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.io.FileIdentity;
import org.glossa.core.model.Content;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCacheTest {
    @TempDir
    Path dir;

    private static final List<TmxFiles.Pair> PAIRS = List.of(
            new TmxFiles.Pair("1", "Touch Retry.", "Wiederholen drücken."),
            new TmxFiles.Pair("2", "Turn off the system.", "Gerät ausschalten."));

    private TmFileStats openOnce(Path tmx) throws Exception {
        return openOnce(tmx, IndexOptions.DEFAULT);
    }

    private TmFileStats openOnce(Path tmx, IndexOptions options) throws Exception {
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer(),
                Optional.of(dir.resolve("cache")), options)) {
            assertEquals(100, tm.lookup(Content.of("Touch Retry."), Optional.empty(), 0, 1).get(0).score());
            return tm.stats().files().get(0);
        }
    }

    @Test
    void anUnchangedTmxReusesItsIndex() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        TmFileStats first = openOnce(tmx);
        assertTrue(first.rebuilt());
        FileTime built = Files.getLastModifiedTime(first.indexDir());
        TmFileStats second = openOnce(tmx);
        assertFalse(second.rebuilt());
        assertEquals(built, Files.getLastModifiedTime(second.indexDir()));
        assertEquals(first.indexDir(), second.indexDir());
    }

    @Test
    void aTouchedTmxKeepsItsIndexAChangedOneIsReindexed() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        openOnce(tmx);
        Files.setLastModifiedTime(tmx, FileTime.fromMillis(Files.getLastModifiedTime(tmx).toMillis() + 5000));
        assertFalse(openOnce(tmx).rebuilt(), "the content is the same");
        TmxFiles.write(tmx, List.of(PAIRS.get(0), new TmxFiles.Pair("2", "Turn off the system.", "Aus.")));
        assertTrue(openOnce(tmx).rebuilt());
        assertFalse(openOnce(tmx).rebuilt());
    }

    /** Reported: a unit changed in the middle of a memory, size and modification time kept, gave the old target. */
    @Test
    void aChangeInTheMiddleOfALargeTmxWithSizeAndTimeKeptIsNoticed() throws Exception {
        List<TmxFiles.Pair> many = new java.util.ArrayList<>(PAIRS);
        for (int i = 0; i < 3000; i++) many.add(new TmxFiles.Pair("m" + i, "Filler sentence number " + i + ".", "Füllsatz " + i + "."));
        many.add(1500, new TmxFiles.Pair("mid", "The middle sentence.", "Der mittlere Satz."));
        Path tmx = TmxFiles.write(dir.resolve("big.tmx"), many);
        assertTrue(Files.size(tmx) > 4 * TmxFingerprint.WINDOW);
        openOnce(tmx);
        FileTime time = Files.getLastModifiedTime(tmx);
        String text = Files.readString(tmx, StandardCharsets.UTF_8);
        String changed = text.replace("Der mittlere Satz.", "Die mittlere Zeile");
        assertEquals(text.getBytes(StandardCharsets.UTF_8).length, changed.getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(tmx, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(tmx, time);
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer(), dir.resolve("cache"))) {
            assertTrue(tm.stats().files().get(0).rebuilt());
            assertEquals("Die mittlere Zeile",
                    tm.lookup(Content.of("The middle sentence."), Optional.empty(), 100, 1).get(0).target().plainText());
        }
    }

    /** Reported: a damaged index file was used and the lookup died (ArrayIndexOutOfBoundsException). */
    @Test
    void aDamagedIndexFileIsNoticedByItsChecksumAndRebuilt() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        Path index = openOnce(tmx).indexDir();
        List<Path> files;
        try (Stream<Path> s = Files.list(index)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            if (bytes.length < 40) continue;
            int middle = (bytes.length - 16) / 2; // clear of the header and the checksum footer
            bytes[middle] ^= (byte) 0x5A;
            Files.write(f, bytes);
            TmFileStats reopened = openOnce(tmx); // asserts the lookup still finds the right entry
            assertTrue(reopened.rebuilt(), "damage in " + f.getFileName() + " noticed");
        }
    }

    @Test
    void leftoversOfAKilledBuildAreRemovedByTheNextOne() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        Path index = openOnce(tmx).indexDir();
        Path building = Files.createDirectories(index.resolveSibling(index.getFileName() + ".building-123"));
        Files.write(building.resolve("_0.fdt"), new byte[1000]);
        Path aside = Files.createDirectories(index.resolveSibling("." + index.getFileName() + ".old-456"));
        Files.writeString(tmx, Files.readString(tmx).replace("Gerät ausschalten.", "Gerät aus."));
        assertTrue(openOnce(tmx).rebuilt());
        assertFalse(Files.exists(building));
        assertFalse(Files.exists(aside));
    }

    /** Reported: three first lookups on one memory raced on the index build and failed (6 of 60). */
    @Test
    void concurrentFirstOpensAllSucceed() throws Exception {
        List<TmxFiles.Pair> many = new java.util.ArrayList<>(PAIRS);
        for (int i = 0; i < 2000; i++) many.add(new TmxFiles.Pair("m" + i, "Filler sentence number " + i + ".", "Füllsatz " + i + "."));
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), many);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                IndexCache.deleteTree(dir.resolve("cache"));
                java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<TmFileStats>> opened = new java.util.ArrayList<>();
                for (int k = 0; k < 4; k++) {
                    opened.add(pool.submit(() -> {
                        start.await();
                        return openOnce(tmx);
                    }));
                }
                start.countDown();
                int built = 0;
                for (var f : opened) if (f.get(120, java.util.concurrent.TimeUnit.SECONDS).rebuilt()) built++;
                assertEquals(1, built, "built once, then reused");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIndexGoesToTheUsersCacheWhenTheMemorysFolderIsNotWritable() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("ro").resolve("a.tmx"), PAIRS);
        Path cacheHome = dir.resolve("xdg-cache");
        assertEquals(IndexCache.besideTmx(tmx, "en", "de"), IndexCache.location(tmx, "en", "de", p -> true, cacheHome));
        Path cached = IndexCache.location(tmx, "en", "de", p -> false, cacheHome);
        assertTrue(cached.startsWith(cacheHome.resolve("glossa").resolve("index")), cached.toString());
        assertEquals(cached, IndexCache.location(dir.resolve("ro").resolve(".").resolve("a.tmx"), "en", "de", p -> false, cacheHome),
                "keyed by the memory's real path");
    }

    @Test
    void aMemoryInAReadOnlyFolderCanBeLookedUp() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write into any folder");
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Path tmx = TmxFiles.write(ro.resolve("a.tmx"), PAIRS);
        Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer())) {
            assertEquals(100, tm.lookup(Content.of("Touch Retry."), Optional.empty(), 0, 1).get(0).score());
            assertFalse(tm.stats().files().get(0).indexDir().startsWith(ro));
        } finally {
            Files.setPosixFilePermissions(ro, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * Within the settle window: a file modified less than {@link FileIdentity#SETTLE} before its index was built is
     * checked by content, since a second write could share the first's timestamp.
     */
    @Test
    void aModifiedTmxOfTheSameSizeAndTimeIsReindexed() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        openOnce(tmx);
        rewriteInPlace(tmx);
        assertReindexedWith(tmx, "Gerät abschalten!!");
    }

    @Test
    void anotherLayoutIsAnotherIndex() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        openOnce(tmx);
        assertTrue(openOnce(tmx, new IndexOptions(true, 50)).rebuilt());
        assertFalse(openOnce(tmx, new IndexOptions(true, 20)).rebuilt());
    }

    @Test
    void aCorruptCacheIsRebuilt() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        Path index = openOnce(tmx).indexDir();
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.toList()) Files.write(f, new byte[] {1, 2, 3});
        }
        assertTrue(openOnce(tmx).rebuilt());
        assertFalse(openOnce(tmx).rebuilt());
    }

    @Test
    void aCacheDirectoryWithoutAnIndexIsRebuilt() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        Path index = openOnce(tmx).indexDir();
        IndexCache.deleteTree(index);
        Files.createDirectories(index);
        Files.writeString(index.resolve("junk.txt"), "not an index");
        assertTrue(openOnce(tmx).rebuilt());
        assertFalse(Files.exists(index.resolve("junk.txt")));
    }

    @Test
    void noBuildLeftoversBesideTheIndex() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        Path index = openOnce(tmx).indexDir();
        try (Stream<Path> siblings = Files.list(index.getParent())) {
            assertEquals(List.of(index), siblings.filter(p -> !p.getFileName().toString().endsWith(".lock")).toList());
        }
    }

    @Test
    void tmxFilesWithTheSameNameInDifferentFoldersGetDifferentIndexes() throws Exception {
        Path a = TmxFiles.write(dir.resolve("x").resolve("tm.tmx"), PAIRS);
        Path b = TmxFiles.write(dir.resolve("y").resolve("tm.tmx"), PAIRS.subList(0, 1));
        assertNotEquals(openOnce(a).indexDir(), openOnce(b).indexDir());
        assertFalse(openOnce(a).rebuilt());
        assertEquals(1, openOnce(b).entries());
    }

    @Test
    void theFingerprintCoversTheWholeContent() throws Exception {
        Path f = dir.resolve("big.bin");
        byte[] data = new byte[3 * TmxFingerprint.WINDOW];
        Files.write(f, data);
        TmxFingerprint a = TmxFingerprint.of(f);
        data[data.length / 2] = 1;
        Files.write(f, data);
        assertNotEquals(a, TmxFingerprint.of(f));
    }

    /**
     * The TMX's SHA-256 is read on a thread of its own during the build (decision 0061): the commit records the
     * hash of the whole file, as the read before the build did, and no reading thread outlives the open.
     */
    @Test
    void theBuildRecordsTheWholeTmxsSha256ReadBesideIt() throws Exception {
        List<TmxFiles.Pair> pairs = new java.util.ArrayList<>(PAIRS);
        for (int i = 0; i < 3_000; i++) {
            pairs.add(new TmxFiles.Pair("x" + i, "Entry number " + i + " of the memory.", "Eintrag " + i + "."));
        }
        Path tmx = TmxFiles.write(dir.resolve("hashed.tmx"), pairs);
        assertTrue(Files.size(tmx) > 3 * TmxFingerprint.WINDOW);
        TmFileStats stats = openOnce(tmx);
        assertTrue(stats.rebuilt());
        assertEquals(pairs.size(), stats.entries());
        String sha256 = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(tmx)));
        try (Directory d = FSDirectory.open(stats.indexDir()); DirectoryReader r = DirectoryReader.open(d)) {
            Map<String, String> data = r.getIndexCommit().getUserData();
            assertEquals(sha256, data.get(TmxFingerprint.SHA256));
            assertEquals(Long.toString(Files.size(tmx)), data.get(TmxCheck.PREFIX + "size"));
            assertEquals(Integer.toString(pairs.size()), data.get("entries"));
        }
        assertFalse(hashingThreadAlive());
    }

    /** A build that fails (a TMX cut short) stops the thread reading its SHA-256 and leaves no index. */
    @Test
    void aFailedBuildStopsTheHashing() throws Exception {
        Path whole = TmxFiles.write(dir.resolve("whole.tmx"), PAIRS);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.tmx"), java.util.Arrays.copyOf(bytes, bytes.length - 40));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> openOnce(cut));
        assertTrue(String.valueOf(e.getMessage()).contains("cut.tmx")
                || String.valueOf(e.getCause()).contains("cut.tmx"), String.valueOf(e));
        assertFalse(hashingThreadAlive());
        try (Stream<Path> s = Files.walk(dir.resolve("cache"))) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().startsWith("segments")), "no index left");
        }
    }

    private static boolean hashingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("glossa-tmx-sha256") && t.isAlive());
    }

    /** The TMX's modification time set {@code ago} back. */
    private static void age(Path tmx, Duration ago) throws Exception {
        Files.setLastModifiedTime(tmx, FileTime.from(Instant.now().minus(ago)));
    }

    private static Map<String, String> recorded(TmFileStats stats) throws Exception {
        try (Directory d = FSDirectory.open(stats.indexDir()); DirectoryReader r = DirectoryReader.open(d)) {
            return r.getIndexCommit().getUserData();
        }
    }

    /** Replaces the target "Gerät ausschalten." by another of the same length, the file's time kept. */
    private static void rewriteInPlace(Path tmx) throws Exception {
        FileTime time = Files.getLastModifiedTime(tmx);
        String text = Files.readString(tmx, StandardCharsets.UTF_8);
        String changed = text.replace("Gerät ausschalten.", "Gerät abschalten!!");
        assertEquals(text.length(), changed.length());
        Files.writeString(tmx, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(tmx, time);
    }

    private String target(Path tmx, String source) throws Exception {
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer(), dir.resolve("cache"))) {
            return tm.lookup(Content.of(source), Optional.empty(), 100, 1).get(0).target().plainText();
        }
    }

    /**
     * A file that had settled when its index was built is trusted by its size, time and file key: it is not read at
     * open (shown by a same-size rewrite with the time put back, the one change this cannot notice).
     */
    @Test
    void aSettledTmxIsTrustedByItsIdentityWithoutReadingIt() throws Exception {
        Path tmx = settledMemory();
        TmFileStats reopened = openOnce(tmx);
        assertFalse(reopened.rebuilt());
        Map<String, String> data = recorded(reopened);
        assertEquals(Long.toString(Files.size(tmx)), data.get(TmxCheck.PREFIX + "size"));
        assertEquals(Files.getLastModifiedTime(tmx).toString(), data.get(TmxCheck.PREFIX + "modified"));
        rewriteInPlace(tmx);
        assertFalse(openOnce(tmx).rebuilt());
        assertEquals("Gerät ausschalten.", target(tmx, "Turn off the system."), "the index was kept, unread");
    }

    /** A memory whose TMX had settled (was an hour old) when its index was built. */
    private Path settledMemory() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        age(tmx, Duration.ofHours(1));
        assertTrue(openOnce(tmx).rebuilt());
        return tmx;
    }

    private void assertReindexedWith(Path tmx, String target) throws Exception {
        assertTrue(openOnce(tmx).rebuilt());
        assertEquals(target, target(tmx, "Turn off the system."));
    }

    /** A settled file that was touched is read once: same content, the index kept and the new time recorded. */
    @Test
    void aTouchedSettledTmxIsReadOnceAndItsNewIdentityRecorded() throws Exception {
        Path tmx = settledMemory();
        age(tmx, Duration.ofMinutes(30));
        TmFileStats reopened = openOnce(tmx);
        assertFalse(reopened.rebuilt(), "the content is the same");
        assertEquals(Files.getLastModifiedTime(tmx).toString(), recorded(reopened).get(TmxCheck.PREFIX + "modified"));
        rewriteInPlace(tmx);
        assertFalse(openOnce(tmx).rebuilt(), "trusted by the identity recorded at the last open");
    }

    /** A file touched into the future (a clock ahead) is checked by content at each open, never trusted by time. */
    @Test
    void aTmxWithATimeInTheFutureIsCheckedByContent() throws Exception {
        Path tmx = settledMemory();
        age(tmx, Duration.ofHours(-1));
        assertFalse(openOnce(tmx).rebuilt(), "the content is the same");
        rewriteInPlace(tmx);
        assertReindexedWith(tmx, "Gerät abschalten!!");
    }

    /** A settled file replaced by another one (a new file key) with the same size and time is checked by content. */
    @Test
    void aSettledTmxReplacedByAnotherFileOfTheSameSizeAndTimeIsReindexed() throws Exception {
        Path tmx = settledMemory();
        Object key = Files.readAttributes(tmx, BasicFileAttributes.class).fileKey();
        assumeTrue(key != null, "the platform has file keys");
        Path copy = Files.copy(tmx, dir.resolve("a.tmx.new"));
        rewriteInPlace(copy);
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(tmx));
        Files.move(copy, tmx, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertReindexedWith(tmx, "Gerät abschalten!!");
    }

    /** A settled file whose size changed is reindexed (without being hashed first: the size alone decides). */
    @Test
    void aSettledTmxOfAnotherSizeIsReindexed() throws Exception {
        Path tmx = settledMemory();
        TmxFiles.write(tmx, List.of(PAIRS.get(0), new TmxFiles.Pair("2", "Turn off the system.", "Aus.")));
        age(tmx, Duration.ofHours(1));
        assertReindexedWith(tmx, "Aus.");
    }

    /** Every file of the index folder and the TMX set {@code ago} back. */
    private static void ageAll(Path tmx, Path index, Duration ago) throws Exception {
        age(tmx, ago);
        try (Stream<Path> s = Files.list(index)) {
            for (Path f : s.toList()) Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(ago)));
        }
    }

    /**
     * Once an index's checksums were verified with its files settled, the next open trusts the files' identities; a
     * file written since (damaged by a write) is verified again, noticed and rebuilt.
     */
    @Test
    void aVerifiedIndexIsTrustedUntilAFileOfItIsWritten() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        Path index = openOnce(tmx).indexDir();
        ageAll(tmx, index, Duration.ofHours(1));
        assertFalse(openOnce(tmx).rebuilt());
        Path record = index.resolve(VerifiedIndex.FILE);
        assertTrue(Files.exists(record), "verified and recorded");
        List<Path> files;
        try (Stream<Path> s = Files.list(index)) {
            files = s.filter(f -> !f.equals(record) && !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList();
        }
        for (Path f : files) assertTrue(Files.readString(record).contains(f.getFileName() + ".size="), f.toString());
        FileTime recordTime = Files.getLastModifiedTime(record);
        assertFalse(openOnce(tmx).rebuilt());
        assertEquals(recordTime, Files.getLastModifiedTime(record), "not verified again");
        Path f = files.get(0);
        byte[] bytes = Files.readAllBytes(f);
        bytes[(bytes.length - 16) / 2] ^= (byte) 0x5A;
        Files.write(f, bytes);
        assertTrue(openOnce(tmx).rebuilt(), "damage in " + f.getFileName() + " noticed");
    }

    /** A check that cannot be recorded (here a folder where the record goes) opens the memory with a warning. */
    @Test
    void anIndexWhoseCheckCannotBeRecordedOpensWithAWarning() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        Path index = openOnce(tmx).indexDir();
        Files.writeString(Files.createDirectory(index.resolve(VerifiedIndex.FILE)).resolve("in the way"), "x");
        ageAll(tmx, index, Duration.ofHours(1));
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer(), dir.resolve("cache"))) {
            assertFalse(tm.stats().files().get(0).rebuilt());
            assertEquals(1, tm.warnings().size(), tm.warnings().toString());
            assertTrue(tm.warnings().get(0).contains("could not be recorded"), tm.warnings().get(0));
            assertEquals("Gerät ausschalten.",
                    tm.lookup(Content.of("Turn off the system."), Optional.empty(), 100, 1).get(0).target().plainText());
        }
    }
}
