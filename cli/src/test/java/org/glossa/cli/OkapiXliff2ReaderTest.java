package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.glossa.core.qa.SeedTranslation;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Okapi 1.47's XLIFF 2 library ({@code okapi-lib-xliff2}) with its maximal validation (schemas and the
 * specification's constraints, modules included) reads every kind of XLIFF 2.1 Glossa writes without an error or a
 * logged warning, and finds every segment.
 */
class OkapiXliff2ReaderTest {
    @TempDir
    Path tmp;

    record Read(int segments, List<String> complaints) {
    }

    static Read okapi(Path xlf) throws Exception {
        int[] segments = {0};
        List<String> logged = RecordedLogs.record(() -> {
            try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
                reader.open(xlf.toFile());
                while (reader.hasNext()) {
                    Event e = reader.next();
                    if (e.isUnit()) segments[0] += e.getUnit().getSegmentCount();
                }
            }
            return null;
        });
        return new Read(segments[0], logged);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "glossary", "memory", "copy-source", "all"})
    void readsWhatExtractWritesWithoutComplaint(String kind) throws Exception {
        Path tmx = tmp.resolve("dw.tmx");
        Path translated = tmp.resolve("seed.de.xlf");
        XliffWriter.write(SeedTranslation.translated(Map.of()), XliffVersion.V2_1, translated);
        assertEquals(0, CliTest.run("tm", "import", translated.toString(), "-o", tmx.toString()).exit());
        List<String> args = new ArrayList<>(List.of("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de",
                "--xliff", "2.1", "-o", tmp.resolve("x").toString()));
        switch (kind) {
            case "glossary" -> args.addAll(List.of("-g", GlossaryOmegatCliTest.DW));
            case "memory" -> args.addAll(List.of("--tm", tmx.toString()));
            case "copy-source" -> args.add("--copy-source");
            case "all" -> args.addAll(List.of("-g", GlossaryOmegatCliTest.DW, "--tm", tmx.toString(), "--copy-source"));
            default -> { }
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        Path xlf = tmp.resolve("x").resolve(OkapiXliffFilterTest.NAME + ".xlf");
        Read read = okapi(xlf);
        assertEquals(List.of(), read.complaints(), "Okapi's log");
        assertEquals(org.glossa.core.xliff.XliffReader.read(xlf).get(0).segments().size(), read.segments(), "segments");
    }

    @Test
    void readsATranslatedXliff() throws Exception {
        Path xlf = tmp.resolve("seed.de.xlf");
        XliffWriter.write(TranslateToolkitTest.halfFinal(SeedTranslation.translated(Map.of())), XliffVersion.V2_1, xlf);
        Read read = okapi(xlf);
        assertEquals(List.of(), read.complaints(), "Okapi's log");
        assertEquals(org.glossa.core.xliff.XliffReader.read(xlf).get(0).segments().size(), read.segments());
    }
}
