package org.glossa.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test material: the seed, the DW glossary, generated archives (bench/generate-articles.py, needs python3). */
final class Archives {
    static final Path SEEDS = Path.of("../seeds");
    static final Path GLOSSARY = Path.of("../glossaries/dw-en-de.tbx");

    private Archives() {
    }

    /**
     * {@code count} generated articles in {@code dir} (deterministic for the seed). Needs python3: a test that
     * needs it fails when it is missing (never skips).
     */
    static Path generate(Path dir, int count) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "../bench/generate-articles.py", "--count", String.valueOf(count),
                    "--out", dir.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return fail("python3 is needed to generate the test archive (bench/generate-articles.py): " + e.getMessage());
        }
        String log = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), log);
        return dir;
    }

    /** Every regular file under {@code dir}, as paths relative to it, sorted. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> out = new ArrayList<>();
            s.filter(Files::isRegularFile).map(dir::relativize).sorted().forEach(out::add);
            return out;
        }
    }
}
