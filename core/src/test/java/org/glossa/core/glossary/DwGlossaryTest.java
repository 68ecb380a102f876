package org.glossa.core.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.extract.Extractor;
import org.glossa.core.glossary.io.GlossaryCheck;
import org.glossa.core.glossary.io.GlossaryFormat;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.glossary.io.GlossaryWriter;
import org.glossa.core.glossary.match.TermAnnotator;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.TermMark;
import org.glossa.core.model.Unit;
import org.glossa.core.xliff.Interop;
import org.glossa.core.xliff.XliffReader;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.glossa.core.xliff.XsdValidation;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The DW English→German glossary we ship, and its terms on the seed article. */
class DwGlossaryTest {
    static final Path DIR = Path.of("../glossaries");
    static final Path SEED = Path.of("../seeds/dw-2023-01-10-eu-nato-joint-declaration.en.txt");
    static final Path GOLDEN = Path.of("src/test/resources/golden/seed.terms.tsv");

    static Glossary tbx() {
        return GlossaryReader.read(DIR.resolve("dw-en-de.tbx"));
    }

    @Test
    void tbx2019Tbx2008AndCsvHaveIdenticalEntries() {
        Glossary tbx = tbx();
        Glossary martif = GlossaryReader.read(DIR.resolve("dw-en-de.martif.tbx"));
        Glossary csv = GlossaryReader.read(DIR.resolve("dw-en-de.csv"));
        assertEquals(35, tbx.concepts().size());
        assertEquals(tbx.concepts(), martif.concepts());
        assertEquals(tbx.concepts(), csv.concepts());
    }

    /** Every country and organization has its derived forms; each format writes and reads them back. */
    @Test
    void derivedFormsOfCountriesAndOrganizationsRoundTripThroughEveryFormat() throws Exception {
        Glossary g = tbx();
        assertEquals(List.of("russisch"), concept(g, "Russia").termsIn("de").get(0).variants());
        assertEquals(List.of("schwedisch"), concept(g, "Sweden").termsIn("de").get(0).variants());
        assertEquals(List.of("EU-"), concept(g, "European Union").termsIn("de").get(0).variants());
        assertEquals(List.of("weißrussisch"), concept(g, "Belarus").termsIn("de").get(1).variants(), "forbidden forms too");
        for (String en : List.of("Belgium", "Belarus", "Sweden", "Finland", "Ukraine", "Russia", "Iran", "Soviet Union",
                "NATO", "EU", "European Union", "North Atlantic Treaty Organization", "European Council", "AFP news agency")) {
            assertTrue(!concept(g, en).termsIn("de").get(0).variants().isEmpty(), en + " has a derived form");
        }
        for (GlossaryFormat f : GlossaryFormat.values()) {
            if (f == GlossaryFormat.OMEGAT) continue; // OmegaT's format has no place for them
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            GlossaryWriter.write(g, f, out);
            Glossary back = GlossaryReader.read(out.toByteArray(), "g." + f.name().toLowerCase(java.util.Locale.ROOT), "en", "de");
            assertEquals(g.concepts(), back.concepts(), f.toString());
        }
    }

    @Test
    void termsAsDwWritesThem() {
        Glossary g = tbx();
        assertEquals(List.of("Europäische Kommission:preferred", "EU-Kommission:admitted"), targets(g, "European Commission"));
        assertEquals(List.of("Wladimir Putin:preferred"), targets(g, "Vladimir Putin"));
        assertEquals(List.of("Kiew:preferred"), targets(g, "Kyiv"));
        assertEquals(List.of("Belarus:preferred", "Weißrussland:deprecated"), targets(g, "Belarus"));
        assertEquals(List.of("Jens Stoltenberg:preferred"), targets(g, "Jens Stoltenberg"));
        assertTrue(concept(g, "Jens Stoltenberg").doNotTranslate(), "names are kept as they are");
        assertEquals(List.of(), GlossaryCheck.check(g, "en", "de"), "the shipped glossary has no problems");
    }

    @Test
    void tbxIsValidTbxBasic() throws Exception {
        Path rng = Interop.require("ltac-tbx/termate-dialect-rngs/TBXcoreStructV03_TBX-Basic_integrated.rng");
        List<String> errors = new ArrayList<>();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new ErrorHandler() {
            @Override public void warning(SAXParseException e) { }
            @Override public void error(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
            @Override public void fatalError(SAXParseException e) { errors.add(e.getLineNumber() + ": " + e.getMessage()); }
        });
        ValidationDriver driver = new ValidationDriver(props.toPropertyMap());
        assertTrue(driver.loadSchema(ValidationDriver.fileInputSource(rng.toFile())), "schema loads");
        boolean valid = driver.validate(ValidationDriver.fileInputSource(DIR.resolve("dw-en-de.tbx").toFile()));
        assertTrue(valid, String.join("\n", errors));
        // the validator does reject what TBX-Basic does not allow
        Path broken = Files.createTempFile("broken", ".tbx");
        Files.writeString(broken, Files.readString(DIR.resolve("dw-en-de.tbx")).replaceFirst("<termSec>", "<termSecX>")
                .replaceFirst("</termSec>", "</termSecX>"));
        assertTrue(!driver.validate(ValidationDriver.fileInputSource(broken.toFile())));
        Files.delete(broken);
    }

    /** Every term hit on the seed, checked by hand against the article (see the golden file). */
    @Test
    void termHitsOnTheSeedMatchTheGoldenFile() throws IOException {
        Document doc = new TermAnnotator(List.of(tbx()), "en", "de").annotate(
                new Extractor(new ExtractOptions("en", "de")).extract(SEED));
        StringBuilder sb = new StringBuilder();
        for (Unit u : doc.units()) {
            for (TermMark m : u.terms()) {
                Segment s = u.segments().stream().filter(x -> x.id().equals(m.segmentId())).findFirst().orElseThrow();
                sb.append(u.id()).append('\t').append(m.segmentId()).append('\t').append(m.start()).append('\t').append(m.end())
                        .append('\t').append(s.source().plainText(), m.start(), m.end()).append('\t').append(m.term())
                        .append('\t').append(String.join(" | ", m.targets().stream().map(t -> t.text() + " (" + t.status() + ")").toList()))
                        .append('\n');
            }
        }
        if (Boolean.getBoolean("glossa.updateGolden")) Files.writeString(GOLDEN, sb.toString(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), sb.toString());
        assertTrue(doc.units().get(0).terms().isEmpty(), "boilerplate is not annotated");
    }

    @Test
    void annotatedSeedXliffIsValidAndReadsBack() throws Exception {
        Document doc = new TermAnnotator(List.of(tbx()), "en", "de").annotate(
                new Extractor(new ExtractOptions("en", "de")).extract(SEED));
        for (XliffVersion v : XliffVersion.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XliffWriter.write(doc, v, out);
            byte[] xlf = out.toByteArray();
            if (v == XliffVersion.V1_2) {
                XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF12_DIR + "/xliff-core-1.2-transitional.xsd"));
            } else {
                XsdValidation.validate(xlf, Interop.require(XsdValidation.XLIFF21_DIR + "/xliff_core_2.0.xsd"),
                        Interop.require(XsdValidation.XLIFF21_DIR + "/glossary.xsd"));
            }
            Document back = XliffReader.read(new java.io.ByteArrayInputStream(xlf), "seed.xlf").get(0);
            for (int i = 0; i < doc.units().size(); i++) {
                assertEquals(doc.units().get(i).source(), back.units().get(i).source(), "term markers leave the text as it is");
            }
        }
    }

    private static Concept concept(Glossary g, String en) {
        return g.concepts().stream().filter(c -> c.termsIn("en").stream().anyMatch(t -> t.text().equals(en))).findFirst().orElseThrow();
    }

    private static List<String> targets(Glossary g, String en) {
        return concept(g, en).termsIn("de").stream().map(t -> t.text() + ":" + t.status().id()).toList();
    }

}
