package org.glossa.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.glossa.core.InputException;
import org.glossa.core.qa.check.HouseStyle;
import org.glossa.core.qa.check.QuoteStyle;
import org.glossa.core.xliff.XliffVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve(ProjectFile.FILE_NAME);
        Files.writeString(f, text);
        return f;
    }

    private void touch(String rel) throws Exception {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x");
    }

    @Test
    void readsPathsAndGlobsRelativeToTheFolderWithDefaults() throws Exception {
        touch("sources/a.txt");
        touch("sources/news/b.txt");
        touch("sources/c.pdf");
        touch("sources/.hidden.txt");
        file("# comment\nsource = en\ntarget = de-AT\nsources = sources/**/*.txt, extra/d.html\nglossaries=g/dw.tbx\n");
        Project p = ProjectFile.read(dir);
        Path abs = dir.toAbsolutePath();
        assertEquals(abs, p.folder());
        assertEquals(abs.getFileName().toString(), p.name());
        assertEquals("en", p.sourceLanguage());
        assertEquals("de-AT", p.targetLanguage());
        assertEquals(List.of(abs.resolve("sources/a.txt"), abs.resolve("sources/news/b.txt"), abs.resolve("extra/d.html")),
                p.sources(), "a/**/x also matches directly inside a/; hidden files are skipped");
        assertEquals(List.of(abs.resolve("g/dw.tbx")), p.glossaries());
        assertEquals(List.of(), p.memories());
        assertEquals(abs.resolve("out"), p.output());
        assertEquals(abs.resolve("out/xliff"), p.xliffFolder());
        assertEquals(XliffVersion.V2_1, p.xliff());
        assertEquals(75, p.tmThreshold());
        assertEquals(p, ProjectFile.read(dir.resolve(ProjectFile.FILE_NAME)), "the folder or the file");
    }

    @Test
    void writeThenReadGivesTheSameProject() throws Exception {
        touch("src/ü a.txt");
        Path abs = dir.toAbsolutePath();
        Project p = new Project(abs, "Übersetzung", "en", "de", List.of(abs.resolve("src/ü a.txt")),
                List.of(abs.resolve("g/x.csv")), List.of(abs.resolve("m/a.tmx"), abs.resolve("m/b.tmx")),
                abs.resolve("build/out"), XliffVersion.V1_2, 80);
        ProjectFile.write(p, dir);
        String text = Files.readString(dir.resolve(ProjectFile.FILE_NAME));
        assertTrue(text.contains("memories = m/a.tmx, m/b.tmx\n"), text);
        assertTrue(text.contains("output = build/out\n"), text);
        assertEquals(p, ProjectFile.read(dir));
    }

    @Test
    void serverUrlsAmongGlossariesAndMemoriesAreKeptApartFromTheFilesAndWrittenBack() throws Exception {
        touch("sources/a.txt");
        touch("memories/dw.tmx");
        file("source = en\ntarget = de\nsources = sources/*.txt\n"
                + "memories = memories/*.tmx, http://tm.example:8080/memories/dw, HTTPS://tm.example/api/memories/news\n"
                + "glossaries = https://tm.example/termbases/dw\n");
        Project p = ProjectFile.read(dir);
        Path abs = dir.toAbsolutePath();
        assertEquals(List.of(abs.resolve("memories/dw.tmx")), p.memories());
        assertEquals(List.of("http://tm.example:8080/memories/dw", "HTTPS://tm.example/api/memories/news"), p.memoryUrls());
        assertEquals(List.of(), p.glossaries());
        assertEquals(List.of("https://tm.example/termbases/dw"), p.glossaryUrls());
        ProjectFile.write(p, dir);
        assertEquals(p, ProjectFile.read(dir));
    }

    @Test
    void initWritesADefaultProjectWithItsFolders() throws Exception {
        Path folder = dir.resolve("news");
        Path f = ProjectFile.init(folder, "en", "de");
        assertTrue(Files.isDirectory(folder.resolve("sources")));
        assertTrue(Files.isDirectory(folder.resolve("glossaries")));
        assertTrue(Files.isDirectory(folder.resolve("memories")));
        assertTrue(Files.readString(f).contains("sources = sources/**/*.txt, sources/**/*.html, sources/**/*.docx, sources/**/*.md"));
        touch("news/sources/a.md");
        touch("news/glossaries/dw.tbx");
        Project p = ProjectFile.read(folder);
        assertEquals("news", p.name());
        assertEquals(List.of(folder.toAbsolutePath().resolve("sources/a.md")), p.sources());
        assertEquals(1, p.glossaries().size());
        assertThrows(InputException.class, () -> ProjectFile.init(folder, "en", "de"), "never overwrites");
    }

    @Test
    void aMissingKeyNamesTheFileAndTheKey() throws Exception {
        Path f = file("source = en\nsources = *.txt\n");
        InputException e = assertThrows(InputException.class, () -> ProjectFile.read(dir));
        assertEquals(f.toString() + ": missing required key 'target'", e.describe());
    }

    @Test
    void badValuesNameTheFileTheKeyAndTheLine() throws Exception {
        Path f = file("source = en\ntarget = de\nsources = *.txt\n\ntm.threshold = lots\n");
        InputException e = assertThrows(InputException.class, () -> ProjectFile.read(f));
        assertEquals(f + ":5: tm.threshold: 'lots' is not a whole number", e.describe());
        file("source = en\ntarget = de\nsources = *.txt\nxliff = 3.0\n");
        assertEquals(f + ":4: xliff: '3.0' is not an XLIFF version Glossa writes (1.2 or 2.1)",
                assertThrows(InputException.class, () -> ProjectFile.read(f)).describe());
        file("source = en_US!\ntarget = de\nsources = *.txt\n");
        assertTrue(assertThrows(InputException.class, () -> ProjectFile.read(f)).describe()
                .startsWith(f + ":1: source: 'en_US!' is not a BCP 47 language tag"));
        file("source = en\ntarget = de\nsources =\n");
        assertEquals(f + ":3: empty required key 'sources'", assertThrows(InputException.class, () -> ProjectFile.read(f)).describe());
        assertTrue(assertThrows(InputException.class, () -> ProjectFile.read(dir.resolve("nope"))).describe()
                .contains("no project file"));
    }

    @Test
    void aHouseStyleOfQuotationMarksIsReadWrittenAndCheckedForMistakes() throws Exception {
        touch("a.txt");
        Path f = file("source = en\ntarget = de\nsources = *.txt\nqa.quotes = »« ›‹\n");
        Project p = ProjectFile.read(f);
        assertEquals(Optional.of(new QuoteStyle("»›", "«‹")), p.houseStyle().quotes());
        ProjectFile.write(p, dir);
        assertTrue(Files.readString(f).contains("qa.quotes = »« ›‹\n"), Files.readString(f));
        assertEquals(p, ProjectFile.read(dir));
        assertEquals(HouseStyle.DEFAULT, ProjectFile.read(file("source = en\ntarget = de\nsources = *.txt\n")).houseStyle());
        file("source = en\ntarget = de\nsources = *.txt\n\nqa.quotes = „“ <>\n");
        assertEquals(f + ":5: qa.quotes: '<>' is not a pair of quotation marks (an opening and a closing mark, e.g. „“ or »«)",
                assertThrows(InputException.class, () -> ProjectFile.read(f)).describe());
    }
}
