package org.glossa.core.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.Term;
import org.glossa.core.glossary.TermStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GlossaryWriterTest {
    @TempDir
    Path dir;

    /** Everything the model holds, including awkward text for CSV (delimiters, quotes, line breaks). */
    static Glossary rich() {
        return new Glossary("rich", List.of(
                new Concept("nato", Optional.of("Military alliance, \"NATO\"; since 1949"), Optional.of("politics"), false, List.of(
                        new Term("North Atlantic Treaty Organization", "en", TermStatus.PREFERRED, Optional.of("properNoun"), Optional.empty(), false),
                        new Term("NATO", "en", TermStatus.ADMITTED, Optional.of("properNoun"), Optional.of("acronym"), true),
                        new Term("Organisation des Nordatlantikvertrags", "de", TermStatus.PREFERRED, Optional.of("properNoun"),
                                Optional.of("Official name.\nUse in full once."), false),
                        new Term("Nordatlantikpakt", "de", TermStatus.DEPRECATED, Optional.empty(), Optional.empty(), false),
                        new Term("Atlantisches Bündnis", "de", TermStatus.SUPERSEDED, Optional.empty(), Optional.of("a, b; \"c\""), false))),
                new Concept("stoltenberg", Optional.empty(), Optional.empty(), true, List.of(
                        new Term("Jens Stoltenberg", "en", TermStatus.UNSPECIFIED, Optional.of("properNoun"), Optional.empty(), false))),
                new Concept("eu", Optional.empty(), Optional.empty(), true, List.of(new Term("EU", "en"), new Term("EU", "de"))),
                new Concept("council", Optional.empty(), Optional.of("politics"), false, List.of(
                        new Term("European Council", "en"), new Term("Europäischer Rat", "de"), new Term("Conseil européen", "fr-FR")))));
    }

    @ParameterizedTest
    @EnumSource(value = GlossaryFormat.class, names = "OMEGAT", mode = EnumSource.Mode.EXCLUDE) // one pair: below
    void roundTrip(GlossaryFormat format) throws IOException {
        Path out = dir.resolve("out." + switch (format) {
            case TBX_2019 -> "tbx";
            case TBX_2008 -> "martif.tbx";
            case CSV -> "csv";
            case TSV -> "tsv";
            case OMEGAT -> throw new AssertionError("OmegaT's glossary holds one language pair");
        });
        GlossaryWriter.write(rich(), out);
        Glossary back = GlossaryReader.read(out);
        assertEquals(rich().concepts(), back.concepts());
        // and once more through the same format: stable
        Path again = dir.resolve("again-" + out.getFileName());
        GlossaryWriter.write(new Glossary(rich().name(), back.concepts()), again, format);
        assertEquals(Files.readString(out), Files.readString(again));
    }

    @Test
    void tbx2019IsTbxBasicDca() throws IOException {
        Path out = dir.resolve("g.tbx");
        GlossaryWriter.write(rich(), out);
        String xml = Files.readString(out);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\" type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\">"), xml);
        assertTrue(xml.contains("<tbxHeader>\n\t\t<fileDesc>\n\t\t\t<sourceDesc>"), xml);
        assertTrue(xml.contains("<conceptEntry id=\"nato\">\n\t\t\t\t<descrip type=\"subjectField\">politics</descrip>"), xml);
        assertTrue(xml.contains("<langSec xml:lang=\"de\">\n\t\t\t\t\t<termSec>\n\t\t\t\t\t\t<term>Organisation des Nordatlantikvertrags</term>\n"
                + "\t\t\t\t\t\t<termNote type=\"partOfSpeech\">properNoun</termNote>\n"
                + "\t\t\t\t\t\t<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>\n"
                + "\t\t\t\t\t\t<note>Official name.</note>\n\t\t\t\t\t\t<note>Use in full once.</note>"), xml);
        assertTrue(xml.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"));
    }

    @Test
    void tbx2008IsMartif() throws IOException {
        Path out = dir.resolve("g.tbx");
        GlossaryWriter.write(rich(), out, GlossaryFormat.TBX_2008);
        String xml = Files.readString(out);
        assertTrue(xml.contains("<martif type=\"TBX\" xml:lang=\"en\">"), xml);
        assertTrue(xml.contains("<termEntry id=\"eu\">"));
        assertTrue(xml.contains("<langSet xml:lang=\"de\">\n\t\t\t\t\t<tig>\n\t\t\t\t\t\t<term>EU</term>"), xml);
    }

    @Test
    void csvLayout() throws IOException {
        Path out = dir.resolve("g.csv");
        GlossaryWriter.write(rich(), out);
        byte[] bytes = Files.readAllBytes(out);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 BOM");
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals("id,en,de,fr-FR,en status,en pos,en note,en case,de status,de pos,de note,definition,subject,dnt", lines.get(0));
        assertEquals("nato,North Atlantic Treaty Organization,Organisation des Nordatlantikvertrags,,preferred,properNoun,,,preferred,"
                + "properNoun,\"Official name.", lines.get(1));
        assertEquals("stoltenberg,Jens Stoltenberg,,,,properNoun,,,,,,,,yes", lines.get(5));
    }

    @Test
    void omegatGlossaryIsSourceTabTargetTabCommentForOnePairWithoutForbiddenTerms() throws IOException {
        Path out = dir.resolve("g.utf8");
        GlossaryWriter.write(rich(), out, GlossaryWriter.formatOf(out), "en", "de");
        assertEquals("""
                # -*- coding: utf-8 -*-
                North Atlantic Treaty Organization\tOrganisation des Nordatlantikvertrags\tOfficial name. Use in full once.
                NATO\tOrganisation des Nordatlantikvertrags\tOfficial name. Use in full once.
                EU\tEU
                European Council\tEuropäischer Rat
                """, Files.readString(out, StandardCharsets.UTF_8));
        // Glossa reads it back as OmegaT's headerless glossary, with the pair given
        Glossary back = GlossaryReader.read(out, "en", "de");
        assertEquals(List.of("Organisation des Nordatlantikvertrags"),
                back.concepts().stream().filter(c -> c.termsIn("en").get(0).text().equals("NATO"))
                        .flatMap(c -> c.termsIn("de").stream()).map(Term::text).toList());
        GlossaryWriter.write(rich(), dir.resolve("g.txt"), GlossaryFormat.OMEGAT, "en", "fr");
        assertEquals("# -*- coding: utf-8 -*-\nEuropean Council\tConseil européen\n", Files.readString(dir.resolve("g.txt")),
                "fr-FR counts as fr; concepts without a French term are left out");
    }

    @Test
    void formatFromExtension() {
        assertEquals(Optional.of(GlossaryFormat.OMEGAT), GlossaryFormat.fromFileName("a.utf8"));
        assertEquals(Optional.of(GlossaryFormat.OMEGAT), GlossaryFormat.fromFileName("a.txt"));
        assertEquals(Optional.of(GlossaryFormat.OMEGAT), GlossaryFormat.fromName("OmegaT"));
        assertEquals(Optional.of(GlossaryFormat.TBX_2019), GlossaryFormat.fromFileName("a.TBX"));
        assertEquals(Optional.of(GlossaryFormat.TBX_2008), GlossaryFormat.fromFileName("a.martif.tbx"));
        assertEquals(Optional.of(GlossaryFormat.CSV), GlossaryFormat.fromFileName("a.csv"));
        assertEquals(Optional.of(GlossaryFormat.TSV), GlossaryFormat.fromFileName("a.tab"));
        InputException e = assertThrows(InputException.class, () -> GlossaryWriter.write(rich(), dir.resolve("a.docx")));
        assertTrue(e.getMessage().startsWith("cannot tell the glossary format"));
        assertEquals(List.of(), List.of(dir.toFile().list()), "nothing written");
    }

    @Test
    void writeReplacesAtomically() throws IOException {
        Path out = dir.resolve("g.tsv");
        Files.writeString(out, "old");
        GlossaryWriter.write(rich(), out);
        assertTrue(Files.readString(out).startsWith("id\ten\tde\tfr-FR\t"));
        assertEquals(1, dir.toFile().list().length, "no temporary file left");
    }

    @Test
    void invalidXmlIdsAreMadeValid() {
        assertEquals("_12", TbxWriter.xmlId("12"));
        assertEquals("a_b", TbxWriter.xmlId("a b"));
        assertEquals("eid-VocCod-211.01", TbxWriter.xmlId("eid-VocCod-211.01"));
    }
}
