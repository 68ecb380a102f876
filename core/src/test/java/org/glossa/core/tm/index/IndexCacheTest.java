package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.glossa.core.model.Content;
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
    void aTouchedTmxIsReindexed() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        openOnce(tmx);
        Files.setLastModifiedTime(tmx, FileTime.fromMillis(Files.getLastModifiedTime(tmx).toMillis() + 5000));
        assertTrue(openOnce(tmx).rebuilt());
        assertFalse(openOnce(tmx).rebuilt());
    }

    @Test
    void aModifiedTmxOfTheSameSizeAndTimeIsReindexed() throws Exception {
        Path tmx = TmxFiles.write(dir.resolve("a.tmx"), PAIRS);
        openOnce(tmx);
        FileTime time = Files.getLastModifiedTime(tmx);
        String text = Files.readString(tmx, StandardCharsets.UTF_8);
        String changed = text.replace("Gerät ausschalten.", "Gerät abschalten!!");
        assertEquals(text.length(), changed.length());
        Files.writeString(tmx, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(tmx, time);
        assertTrue(openOnce(tmx).rebuilt());
        try (TranslationMemory tm = TranslationMemory.open(List.of(tmx), "en", "de", new DiceScorer(), dir.resolve("cache"))) {
            assertEquals("Gerät abschalten!!",
                    tm.lookup(Content.of("Turn off the system."), Optional.empty(), 100, 1).get(0).target().plainText());
        }
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
            assertEquals(List.of(index), siblings.toList());
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
    void fingerprintHashesBothEndsOfLargeFiles() throws Exception {
        Path f = dir.resolve("big.bin");
        byte[] data = new byte[3 * TmxFingerprint.WINDOW];
        Files.write(f, data);
        TmxFingerprint a = TmxFingerprint.of(f);
        data[data.length - 1] = 1;
        Files.write(f, data);
        TmxFingerprint b = TmxFingerprint.of(f);
        assertEquals(a.head(), b.head());
        assertNotEquals(a.tail(), b.tail());
    }
}
