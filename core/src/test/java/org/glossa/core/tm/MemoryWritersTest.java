package org.glossa.core.tm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxReader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time per memory: concurrent imports and replacements into one TMX keep every unit. */
class MemoryWritersTest {
    @TempDir
    Path dir;

    static TranslationUnit unit(String tuid, String en, String de) {
        return new TranslationUnit(tuid, 0, Optional.empty(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(Variant.of("en", Content.of(en)), Variant.of("de", Content.of(de))));
    }

    static Path tmx(Path file, String prefix, int n) throws IOException {
        try (TmxWriter w = TmxWriter.open(file, TmxHeader.glossa("en", "plaintext"))) {
            for (int i = 0; i < n; i++) w.write(unit(prefix + i, prefix + " sentence " + i + ".", prefix + " Satz " + i + "."));
        }
        return file;
    }

    static Set<String> tuids(Path tmx) throws IOException {
        Set<String> out = new HashSet<>();
        TmxReader.read(tmx, tu -> out.add(tu.tuid()));
        return out;
    }

    @Test
    void concurrentImportsIntoOneMemoryKeepEveryUnit() throws Exception {
        Path memory = dir.resolve("memory.tmx");
        int writers = 4;
        List<Path> inputs = new ArrayList<>();
        for (int w = 0; w < writers; w++) inputs.add(tmx(dir.resolve("in" + w + ".tmx"), "w" + w + "-", 300));
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<TmImport.Result>> results = new ArrayList<>();
            for (Path in : inputs) {
                results.add(pool.submit(() -> {
                    start.await();
                    return TmImport.run(memory, List.of(in), "en", "de");
                }));
            }
            start.countDown();
            for (Future<TmImport.Result> r : results) assertEquals(300, r.get(120, TimeUnit.SECONDS).added());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(writers * 300, tuids(memory).size());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")
                    || p.getFileName().toString().endsWith(".part")).toList(), "no temporary files left");
        }
    }

    @Test
    void replacingUnitsAndImportingConcurrentlyKeepsBoth() throws Exception {
        Path memory = tmx(dir.resolve("project.tmx"), "old-", 50);
        Path in = tmx(dir.resolve("in.tmx"), "imported-", 500);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Future<TmImport.Result> imported = pool.submit(() -> {
                start.await();
                return TmImport.run(memory, List.of(in), "en", "de");
            });
            Future<?> replaced = pool.submit(() -> {
                start.await();
                for (int i = 0; i < 20; i++) {
                    TmImport.replace(memory, "en", "de", List.of(unit("old-" + i, "old- sentence " + i + ".", "neu " + i)));
                }
                return null;
            });
            start.countDown();
            assertEquals(500, imported.get(120, TimeUnit.SECONDS).added());
            replaced.get(120, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        Set<String> all = tuids(memory);
        assertEquals(550, all.size());
        List<String> targets = new ArrayList<>();
        TmxReader.read(memory, tu -> {
            if (tu.tuid().equals("old-7")) targets.add(tu.variant("de").orElseThrow().content().plainText());
        });
        assertEquals(List.of("neu 7"), targets, "the replaced unit once, with its new target");
        assertFalse(all.contains(""));
        assertTrue(all.contains("imported-499"));
    }
}
