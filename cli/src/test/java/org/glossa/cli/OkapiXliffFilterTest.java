package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import org.glossa.core.model.Document;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.glossa.core.qa.SeedTranslation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Okapi 1.47's XLIFF 1.2 filter (what Rainbow and Okapi-based tools read XLIFF with) reads every kind of XLIFF 1.2
 * Glossa writes without an error or warning in its log, and finds every translatable segment.
 */
class OkapiXliffFilterTest {
    static final String NAME = "dw-2023-01-10-eu-nato-joint-declaration.en.txt";

    @TempDir
    Path tmp;

    /** Okapi's segments of the translatable text units, and what it logged at WARN or ERROR. */
    record Read(int segments, List<String> complaints) {
    }

    static Read okapi(Path xlf) throws Exception {
        int[] segments = {0};
        List<String> logged = RecordedLogs.record(() -> {
            XLIFFFilter filter = new XLIFFFilter();
            try {
                filter.open(new RawDocument(xlf.toUri(), "UTF-8", LocaleId.fromString("en"), LocaleId.fromString("de")));
                while (filter.hasNext()) {
                    Event e = filter.next();
                    if (!e.isTextUnit()) continue;
                    ITextUnit tu = e.getTextUnit();
                    if (tu.isTranslatable()) segments[0] += tu.getSource().getSegments().count();
                }
            } finally {
                filter.close();
            }
            return null;
        });
        return new Read(segments[0], logged);
    }

    static int glossaSegments(Path xlf) {
        Document doc = XliffReader.read(xlf).get(0);
        return (int) doc.units().stream().filter(u -> u.translate()).mapToLong(u -> u.segments().size()).sum();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "glossary", "its-terms", "memory", "copy-source", "all"})
    void readsWhatExtractWritesWithoutComplaint(String kind) throws Exception {
        Path tmx = tmp.resolve("dw.tmx");
        Path translated = tmp.resolve("seed.de.xlf");
        XliffWriter.write(SeedTranslation.translated(Map.of()), XliffVersion.V2_1, translated);
        assertEquals(0, CliTest.run("tm", "import", translated.toString(), "-o", tmx.toString()).exit());
        List<String> args = new ArrayList<>(List.of("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de",
                "--xliff", "1.2", "-o", tmp.resolve("x").toString()));
        switch (kind) {
            case "glossary" -> args.addAll(List.of("-g", GlossaryOmegatCliTest.DW));
            case "its-terms" -> args.addAll(List.of("-g", GlossaryOmegatCliTest.DW, "--its-terms"));
            case "memory" -> args.addAll(List.of("--tm", tmx.toString()));
            case "copy-source" -> args.add("--copy-source");
            case "all" -> args.addAll(List.of("-g", GlossaryOmegatCliTest.DW, "--tm", tmx.toString(), "--copy-source"));
            default -> { }
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        Path xlf = tmp.resolve("x").resolve(NAME + ".xlf");
        Read read = okapi(xlf);
        assertEquals(List.of(), read.complaints(), "Okapi's log");
        assertEquals(glossaSegments(xlf), read.segments(), "segments Okapi finds");
    }

    /** The check itself: what Glossa wrote before term marks went into {@code source} too is complained about. */
    @Test
    void aSegSourceThatDiffersFromItsSourceIsLogged() throws Exception {
        Path xlf = tmp.resolve("terms-in-seg-source-only.xlf");
        Files.writeString(xlf, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
                  <file original="a.txt" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="u1"><source>NATO met.</source>
                      <seg-source><mrk mtype="seg" mid="s1"><mrk mtype="term" comment="NATO">NATO</mrk> met.</mrk></seg-source>
                    </trans-unit>
                  </body></file>
                </xliff>
                """, StandardCharsets.UTF_8);
        assertFalse(okapi(xlf).complaints().isEmpty(), "Okapi complains about a seg-source that differs");
    }

    @Test
    void readsATranslatedXliff() throws Exception {
        Path xlf = tmp.resolve("seed.de.xlf");
        XliffWriter.write(TranslateToolkitTest.halfFinal(SeedTranslation.translated(Map.of())), XliffVersion.V1_2, xlf);
        Read read = okapi(xlf);
        assertEquals(List.of(), read.complaints(), "Okapi's log");
        assertEquals(glossaSegments(xlf), read.segments());
    }
}
