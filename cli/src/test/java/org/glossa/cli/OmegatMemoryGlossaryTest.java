package org.glossa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OmegaT 3.6 (Debian's {@code omegat}) reads what Glossa writes for it besides the XLIFF: a memory written by
 * {@code glossa tm import} in the project's {@code tm/} and the glossary {@code glossa glossary convert … .utf8}
 * writes in {@code glossary/}. A console script ({@code omegat/matches-and-glossary.groovy}, run by OmegaT itself)
 * lists what OmegaT loaded, the matches its own {@code FindMatches} finds for each segment and the glossary hits.
 */
class OmegatMemoryGlossaryTest {
    static final String EXACT = "EU and NATO partnership to the next level";
    static final String EXACT_DE = "Partnerschaft von EU und NATO auf der nächsten Stufe";
    static final String FUZZY = "The two organizations say cooperation \"is more important than ever.\"";
    static final String FUZZY_DE = "Die beiden Organisationen sagen, die Zusammenarbeit sei \"wichtiger denn je\".";
    static final String SEED_FUZZY = "The two institutions say cooperation \"is more important than ever.\"";

    @TempDir
    Path tmp;

    @Test
    void findsMatchesInGlossasMemoryAndHitsInGlossasGlossary() throws Exception {
        ExternalProgram omegat = ExternalProgram.require(OmegatConsoleTest.JAR, "omegat");
        Path project = tmp.resolve("proj");
        for (String d : List.of("source", "target", "tm", "glossary", "omegat", "dictionary")) Files.createDirectories(project.resolve(d));
        CliTest.Run r = CliTest.run("extract", CliTest.SEED.toString(), "-s", "en", "-t", "de", "--xliff", "1.2",
                "--copy-source", "-o", project.resolve("source").toString());
        assertEquals(0, r.exit(), r.err());

        // Glossa's memory: three units imported by glossa tm import (written by Glossa's TMX writer)
        Path in = tmp.resolve("in.tmx");
        Files.writeString(in, InputChecksCliTest.TMX_HEAD + InputChecksCliTest.tu("de", EXACT, EXACT_DE)
                + InputChecksCliTest.tu("de", FUZZY.replace("\"", "&quot;"), FUZZY_DE.replace("\"", "&quot;"))
                + InputChecksCliTest.tu("de", "A sentence the article does not have.", "Ein Satz, den der Artikel nicht hat.")
                + "</body></tmx>\n", StandardCharsets.UTF_8);
        Path memory = project.resolve("tm/glossa.tmx");
        r = CliTest.run("tm", "import", in.toString(), "-o", memory.toString(), "-s", "en", "-t", "de");
        assertEquals(0, r.exit(), r.err());
        Path glossary = project.resolve("glossary/dw-en-de.utf8");
        r = CliTest.run("glossary", "convert", "../glossaries/dw-en-de.tbx", glossary.toString(), "-s", "en", "-t", "de");
        assertEquals(0, r.exit(), r.err());
        long glossaryLines = Files.readAllLines(glossary, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).count();

        OmegatConsoleTest.writeProject(project);
        Path script = Path.of("src/test/resources/omegat/matches-and-glossary.groovy").toAbsolutePath();
        ExternalProgram.Result run = ExternalProgram.run(tmp, List.of(OmegatConsoleTest.javaBinary(), "-Djava.awt.headless=true",
                "-jar", omegat.path().toString(), project.toString(), "--config-dir=" + tmp.resolve("config"), "--quiet",
                "--mode=console-translate", "--script=" + script), 10);
        assertEquals(0, run.exit(), run.output());
        List<String[]> rows = Files.readAllLines(project.resolve("omegat/glossa-check.tsv"), StandardCharsets.UTF_8).stream()
                .map(l -> l.split("\t", -1)).toList();
        String dump = rows.stream().map(a -> String.join(" | ", a)).collect(Collectors.joining("\n"));

        assertTrue(rows.stream().anyMatch(a -> a[0].equals("tm") && a[1].equals("glossa.tmx") && a[2].equals("3")),
                "OmegaT reads the three units of Glossa's memory:\n" + dump);
        assertTrue(rows.stream().anyMatch(a -> a[0].equals("terms") && a[1].equals("dw-en-de.utf8")
                && a[2].equals(String.valueOf(glossaryLines))), "OmegaT reads every line of Glossa's glossary:\n" + dump);
        assertTrue(rows.stream().anyMatch(a -> a[0].equals("match") && a[2].equals("100") && a[3].equals(EXACT)
                && a[4].equals(EXACT_DE) && a[5].endsWith("glossa.tmx")), "an exact match from Glossa's memory:\n" + dump);
        assertTrue(rows.stream().anyMatch(a -> a[0].equals("match") && Integer.parseInt(a[2]) >= 50 && Integer.parseInt(a[2]) < 100
                && a[3].equals(FUZZY) && a[4].equals(FUZZY_DE)), "a fuzzy match for '" + SEED_FUZZY + "':\n" + dump);

        // every term Glossa's own matcher finds in the seed, OmegaT finds with Glossa's glossary too
        r = CliTest.run("terms", CliTest.SEED.toString(), "-g", "../glossaries/dw-en-de.tbx", "-s", "en", "-t", "de", "--json");
        assertEquals(0, r.exit(), r.err());
        Set<String> glossaTerms = new TreeSet<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("hits").forEach(h -> glossaTerms.add(h.get("term").asText()));
        Set<String> omegatTerms = rows.stream().filter(a -> a[0].equals("hit")).map(a -> a[2]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> missed = new TreeSet<>(glossaTerms);
        missed.removeAll(omegatTerms);
        assertTrue(glossaTerms.size() >= 15, glossaTerms.toString());
        assertEquals(Set.of(), missed, "terms OmegaT does not find; OmegaT found " + omegatTerms);
        assertTrue(rows.stream().anyMatch(a -> a[0].equals("hit") && a[2].equals("Brussels") && a[3].equals("Brüssel")), dump);
    }
}
