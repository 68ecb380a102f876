package org.glossa.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.SegmentPair;

/** The seed article, its German translation (the QA fixture) and the DW glossary, read from the repository. */
final class Fixtures {
    static final Path ROOT = root();
    static final Path SEED = ROOT.resolve("seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    static final Path DW = ROOT.resolve("glossaries/dw-en-de.tbx");
    static final Path TRANSLATION = ROOT.resolve("core/src/test/resources/qa/seed.de.tsv");

    private Fixtures() {
    }

    /** The repository root: the working directory or one of its parents that has seeds/. */
    private static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("seeds"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("run the benchmarks from the Glossa repository (bench/jmh.sh)");
        return p;
    }

    static Document seed() {
        return new Extractor(new ExtractOptions("en", "de")).extract(SEED);
    }

    /** The seed's translatable segment sources. */
    static List<Content> sources() {
        List<Content> out = new ArrayList<>();
        for (Unit u : seed().units()) {
            if (u.translate()) for (Segment s : u.segments()) out.add(s.source());
        }
        return out;
    }

    /** Source and German target of each translatable seed segment. */
    static List<SegmentPair> translatedPairs() {
        Map<String, String> targets = new HashMap<>();
        try {
            for (String line : Files.readAllLines(TRANSLATION, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 3);
                targets.put(f[0] + "/" + f[1], f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SegmentPair> out = new ArrayList<>();
        for (Unit u : seed().units()) {
            if (!u.translate()) continue;
            for (Segment s : u.segments()) {
                String t = Optional.ofNullable(targets.get(u.id() + "/" + s.id())).orElse("");
                out.add(new SegmentPair("seed", u.id(), s.id(), s.source(), Content.of(t), "en", "de"));
            }
        }
        return out;
    }
}
