package org.glossa.core.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;

/** The seed article with the German translation of src/test/resources/qa/seed.de.tsv as targets. */
public final class SeedTranslation {
    public static final Path SEED = Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    /** On the test class path (also in the core test jar other modules use). */
    public static final String FIXTURE = "/qa/seed.de.tsv";

    private SeedTranslation() {
    }

    public static Map<String, String> targets() {
        Map<String, String> out = new HashMap<>();
        try (var in = SeedTranslation.class.getResourceAsStream(FIXTURE)) {
            if (in == null) throw new IllegalStateException(FIXTURE + " is not on the class path");
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", 3);
                out.put(f[0] + "/" + f[1], f[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The translated seed; {@code overrides} replace targets by "unit/segment". */
    public static Document translated(Map<String, String> overrides) {
        Document doc = new Extractor(new ExtractOptions("en", "de")).extract(SEED);
        Map<String, String> t = targets();
        t.putAll(overrides);
        List<Unit> units = new ArrayList<>();
        for (Unit u : doc.units()) {
            Unit x = u;
            for (Segment s : u.segments()) {
                String target = t.get(u.id() + "/" + s.id());
                if (target != null) x = x.withSegment(s.withTarget(Content.of(target), SegmentState.TRANSLATED));
            }
            units.add(x);
        }
        return doc.withUnits(units);
    }
}
