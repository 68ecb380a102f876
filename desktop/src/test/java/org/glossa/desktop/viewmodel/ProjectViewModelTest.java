package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;
import org.glossa.core.project.Project;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectViewModelTest {

    static final String TITLE = ExporterTest.TITLE;
    static final String TITLE_DE = "EU und NATO unterzeichnen gemeinsamen Aufruf zur Zusammenarbeit";

    @TempDir
    Path dir;

    /** A project with the seed in sources/, the DW glossary and a memory holding the title's translation. */
    static ProjectViewModel projectWithSeed(Path folder) throws IOException {
        ProjectViewModel project = new ProjectViewModel();
        project.create(folder, "en", "de");
        Files.copy(SessionRecoveryTest.SEED, folder.resolve("sources").resolve(SessionRecoveryTest.SEED.getFileName()));
        Files.copy(SessionRecoveryTest.GLOSSARY, folder.resolve("glossaries").resolve("dw-en-de.tbx"));
        try (TmxWriter tmx = TmxWriter.open(folder.resolve("memories").resolve("dw.tmx"),
                TmxHeader.glossa("en", "plaintext"))) {
            tmx.write(TranslationUnit.of("t1", List.of(Variant.of("en", Content.of(TITLE)),
                    Variant.of("de", Content.of(TITLE_DE)))));
        }
        project.reload();
        return project;
    }

    @Test
    void newProjectWritesWhatProjectInitWrites() throws IOException {
        Path viaEditor = dir.resolve("one").resolve("news");
        Path viaInit = dir.resolve("two").resolve("news");
        ProjectFile.init(viaInit, "en", "fr");

        Project project = new ProjectViewModel().create(viaEditor, "en", "fr");

        assertEquals(listing(viaInit), listing(viaEditor));
        assertEquals(Files.readString(viaInit.resolve(ProjectFile.FILE_NAME)),
                Files.readString(viaEditor.resolve(ProjectFile.FILE_NAME)));
        assertEquals("fr", project.targetLanguage());
    }

    @Test
    void aProjectOpensFromItsFolderOrItsFileAndListsItsSources() throws IOException {
        Path folder = dir.resolve("p");
        projectWithSeed(folder);
        ProjectViewModel project = new ProjectViewModel();

        project.open(folder.resolve(ProjectFile.FILE_NAME));

        assertEquals("p", project.nameProperty().get());
        assertTrue(project.openProperty().get());
        assertEquals(List.of("sources/" + SessionRecoveryTest.SEED.getFileName() + "  (new)"),
                project.sources().stream().map(Object::toString).toList());
        Path seed = project.sources().get(0).file();
        assertEquals(folder.toAbsolutePath().resolve("out/xliff/sources/" + seed.getFileName() + ".xlf"),
                project.xliffOf(seed));
    }

    @Test
    void openingASourceExtractsItWithTermsAndPreTranslationIntoTheOutput() throws IOException {
        ProjectViewModel project = projectWithSeed(dir.resolve("p"));
        Path seed = project.sources().get(0).file();

        Path xliff = project.prepare(seed);

        assertEquals(project.xliffOf(seed), xliff);
        Document doc = Documents.open(xliff, new ExtractOptions("xx", "yy"));
        assertEquals("en", doc.sourceLanguage());
        assertEquals(Optional.of("de"), doc.targetLanguage());
        Segment title = segment(doc, TITLE);
        assertEquals(Optional.of(TITLE_DE), title.target().map(Content::plainText), "pre-translated from the memory");
        assertTrue(Files.readString(xliff).contains("type=\"term\""), "glossary terms are marked");
        assertTrue(project.sources().get(0).started());
    }

    @Test
    void anExistingXliffIsOpenedAsItIs() throws IOException {
        ProjectViewModel project = projectWithSeed(dir.resolve("p"));
        Path seed = project.sources().get(0).file();
        Path xliff = project.prepare(seed);
        FileTime old = FileTime.from(Instant.now().minusSeconds(600));
        Files.setLastModifiedTime(xliff, old);

        assertEquals(xliff, project.prepare(seed));
        assertEquals(old, Files.getLastModifiedTime(xliff), "not extracted again");
    }

    @Test
    void resourcesAreTheProjectsGlossariesAndMemories() throws IOException {
        ProjectViewModel project = projectWithSeed(dir.resolve("p"));

        Resources resources = project.resources();

        assertEquals(1, resources.glossaries().size());
        assertEquals(List.of(dir.resolve("p").toAbsolutePath().resolve("memories/dw.tmx")), resources.memories());
        assertEquals(dir.resolve("p").toAbsolutePath().resolve("memories/project.tmx"), project.memoryFile());
        assertFalse(project.holds(dir.resolve("elsewhere.xlf")));
        assertTrue(project.holds(project.xliffOf(project.sources().get(0).file())));
    }

    static Segment segment(Document doc, String source) {
        for (Unit u : doc.units()) {
            for (Segment s : u.segments()) if (s.source().plainText().equals(source)) return s;
        }
        throw new AssertionError("no segment " + source);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
