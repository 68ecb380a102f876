package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.core.model.Document;
import org.glossa.core.qa.SeedTranslation;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** glossa qa: report formats, --fail-on, --disable, exit codes. */
class QaCliTest {
    static final String DW = "../glossaries/dw-en-de.tbx";

    @TempDir
    Path tmp;

    Path translated(String name, XliffVersion v, Map<String, String> overrides) throws Exception {
        Document doc = SeedTranslation.translated(overrides);
        Path file = tmp.resolve(name);
        XliffWriter.write(doc, v, file);
        return file;
    }

    @Test
    void aCorrectTranslationPasses() throws Exception {
        Path x = translated("seed.de.xlf", XliffVersion.V2_1, Map.of());
        CliTest.Run r = CliTest.run("qa", x.toString(), "-g", DW);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("in 35 segments"), r.out());
    }

    @Test
    void findingsGiveExit1AndTheJsonContract() throws Exception {
        Path x = translated("seed.de.xlf", XliffVersion.V1_2, Map.of(
                "u19/s1", "Sie sagte, die EU werde die Sanktionen auf „diejenigen, die Russland militärisch unterstützen“, ausweiten, und nannte Weißrussland und den Iran.",
                "u22/s1", "Warum ist die gemeinsame Erklärung so  wichtig?"));
        CliTest.Run r = CliTest.run("qa", x.toString(), "-g", DW, "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(35, json.get("summary").get("segments").asInt(), "translatable segments (the Skip-to lines are not)");
        assertEquals(3, json.get("summary").get("issues").asInt(), r.out());
        assertEquals(1, json.get("summary").get("byCheck").get("term-forbidden").asInt());
        assertEquals(2, json.get("summary").get("bySeverity").get("error").asInt());
        JsonNode forbidden = null;
        for (JsonNode i : json.get("issues")) if (i.get("check").asText().equals("term-forbidden")) forbidden = i;
        assertEquals("u19", forbidden.get("unit").asText());
        assertEquals("Weißrussland", forbidden.get("term").get("found").asText());
        assertEquals(x.toString(), forbidden.get("file").asText());
        // warnings alone do not fail by default, they do with --fail-on warning
        assertEquals(0, CliTest.run("qa", x.toString(), "-g", DW, "--disable", "term-forbidden,term-missing").exit());
        assertEquals(1, CliTest.run("qa", x.toString(), "-g", DW, "--disable", "term-forbidden,term-missing", "--fail-on", "warning").exit());
        assertEquals(0, CliTest.run("qa", x.toString(), "-g", DW, "--fail-on", "never").exit());
    }

    @Test
    void aTargetOverItsSizeLimitIsAnError() throws Exception {
        Path x = tmp.resolve("menu.xlf");
        Files.writeString(x, """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
                  <file original="menu.properties" source-language="en" target-language="de" datatype="plaintext">
                    <body>
                      <trans-unit id="save" maxwidth="12" size-unit="char">
                        <source>Save changes</source>
                        <target state="translated">Änderungen speichern</target>
                        <note from="developer">Menu item: 12 characters.</note>
                      </trans-unit>
                      <trans-unit id="quit" maxwidth="12" size-unit="char">
                        <source>Quit</source>
                        <target state="translated">Beenden</target>
                      </trans-unit>
                    </body>
                  </file>
                </xliff>
                """);
        CliTest.Run r = CliTest.run("qa", x.toString(), "--format", "json", "--disable", "spelling,length-ratio");
        assertEquals(1, r.exit(), r.out() + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("summary").get("byCheck").get("size-limit").asInt(), r.out());
        JsonNode issue = null;
        for (JsonNode i : json.get("issues")) if (i.get("check").asText().equals("size-limit")) issue = i;
        assertEquals("error", issue.get("severity").asText());
        assertEquals("save", issue.get("unit").asText());
        assertEquals("The target has 20 characters, 8 over the limit of 12 characters", issue.get("message").asText());
        assertEquals(12, issue.get("targetSpan").get("start").asInt());
        assertEquals(0, CliTest.run("qa", x.toString(), "--disable", "spelling,length-ratio,size-limit").exit());
    }

    @Test
    void spellingIsAWarningWithTheWordMarked() throws Exception {
        org.glossa.core.spelling.InstalledDictionaries.require("de");
        String target = "Warum ist die gemeinsame Erklärung so wichtik?";
        Path x = translated("seed.de.xlf", XliffVersion.V2_1, Map.of("u22/s1", target));
        CliTest.Run r = CliTest.run("qa", x.toString(), "-g", DW, "--format", "json");
        assertEquals(0, r.exit(), "a warning does not fail by default: " + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(1, json.get("summary").get("byCheck").get("spelling").asInt(), r.out());
        JsonNode spelling = null;
        for (JsonNode i : json.get("issues")) if (i.get("check").asText().equals("spelling")) spelling = i;
        assertEquals("warning", spelling.get("severity").asText());
        assertEquals("u22", spelling.get("unit").asText());
        assertEquals(target.indexOf("wichtik"), spelling.get("targetSpan").get("start").asInt());
        assertEquals(target.indexOf("wichtik") + 7, spelling.get("targetSpan").get("end").asInt());
        assertEquals(1, CliTest.run("qa", x.toString(), "-g", DW, "--fail-on", "warning").exit());
        assertEquals(0, CliTest.run("qa", x.toString(), "-g", DW, "--fail-on", "warning", "--disable", "spelling").exit());
    }

    @Test
    void aHouseStyleOfQuotationMarksIsChecked() throws Exception {
        Path x = translated("seed.de.xlf", XliffVersion.V2_1, Map.of(
                "u19/s1", "Sie sagte, die EU werde die Sanktionen auf „diejenigen, die Russland militärisch unterstützen“, ausweiten, und nannte Belarus und den Iran."));
        JsonNode plain = new ObjectMapper().readTree(CliTest.run("qa", x.toString(), "--format", "json").out());
        assertTrue(plain.get("summary").get("byCheck").path("quote-style").isMissingNode(), "„…“ is German: " + plain);
        CliTest.Run r = CliTest.run("qa", x.toString(), "--quotes", "»« ›‹", "--format", "json");
        assertEquals(0, r.exit(), "warnings only: " + r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> marked = new java.util.ArrayList<>();
        for (JsonNode i : json.get("issues")) {
            if (i.get("check").asText().equals("quote-style")) {
                JsonNode span = i.get("targetSpan");
                marked.add(i.get("unit").asText() + " " + i.get("target").asText().substring(span.get("start").asInt(), span.get("end").asInt()));
            }
        }
        // the seed's translation writes DW's „…“ nine times: each mark is reported where it stands
        assertEquals(18, marked.size(), r.out());
        assertTrue(marked.stream().allMatch(m -> m.endsWith(" „") || m.endsWith(" “")), marked.toString());
        assertTrue(marked.containsAll(List.of("u4 „", "u4 “", "u19 „", "u19 “")), marked.toString());
        CliTest.Run bad = CliTest.run("qa", x.toString(), "--quotes", "<>");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("'<>' is not a pair of quotation marks"), bad.err());
    }

    @Test
    void reportsGoToFilesInEveryFormat() throws Exception {
        Path x = translated("seed.de.xlf", XliffVersion.V2_1, Map.of("u24/s1", "Die EU hat heute 28 Mitglieder."));
        for (String f : new String[] {"text", "json", "html", "csv"}) {
            Path report = tmp.resolve("report." + f);
            CliTest.Run r = CliTest.run("qa", x.toString(), "--format", f, "-o", report.toString());
            assertEquals(1, r.exit(), r.err());
            String content = Files.readString(report);
            assertTrue(content.contains("number-mismatch"), f + ": " + content);
        }
        assertTrue(Files.readString(tmp.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void tmxIsCheckedLikeAFile() throws Exception {
        Path tmx = tmp.resolve("mem.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="x"
                 adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu tuid="a7"><tuv xml:lang="en"><seg>It has 30 members today.</seg></tuv><tuv xml:lang="de"><seg>Sie hat heute 31 Mitglieder.</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>The institutions are both based in Brussels.</seg></tuv><tuv xml:lang="de"><seg>Die Institutionen haben beide ihren Sitz in Brüssel.</seg></tuv></tu>
                </body></tmx>
                """);
        CliTest.Run r = CliTest.run("qa", tmx.toString(), "-g", DW, "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode issues = new ObjectMapper().readTree(r.out()).get("issues");
        assertEquals(2, issues.size(), r.out());
        assertEquals("a7", issues.get(0).get("unit").asText());
        assertEquals("number-mismatch", issues.get(0).get("check").asText());
    }

    @Test
    void badInputAndUsage() throws Exception {
        Path good = translated("seed.de.xlf", XliffVersion.V2_1, Map.of());
        Path bad = tmp.resolve("broken.xlf");
        Files.writeString(bad, "<xliff version=\"2.1\"");
        CliTest.Run r = CliTest.run("qa", bad.toString(), good.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.xlf:"), r.err());
        assertTrue(r.out().contains("35 segments"), "the good file is still checked: " + r.out());
        assertEquals(2, CliTest.run("qa", good.toString(), "--disable", "no-such-check").exit());
        assertEquals(2, CliTest.run("qa", good.toString(), "--format", "pdf").exit());
        assertEquals(2, CliTest.run("qa", good.toString(), "--fail-on", "sometimes").exit());
    }
}
