package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;
import org.glossa.core.project.Project;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.tmx.TmxHeader;
import org.glossa.core.tmx.TmxWriter;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.glossa.core.xliff.XliffVersion;
import org.glossa.core.xliff.XliffWriter;
import org.glossa.desktop.viewmodel.ProjectViewModel.PreparedSource;
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
    void theProjectsHouseStyleOfQuotationMarksIsLiveQasOnlyForItsOwnFiles() throws IOException {
        ProjectViewModel project = projectWithSeed(dir.resolve("p"));
        Path file = project.projectFile().orElseThrow();
        Files.writeString(file, Files.readString(file) + "qa.quotes = »« ›‹\n");
        project.reload();
        Path xliff = project.prepare(project.sources().get(0).file());
        org.glossa.core.qa.SegmentPair quoted = org.glossa.core.qa.SegmentPair.of("Michel called it “historic.”",
                "Michel nannte es „historisch“.", "en", "de");
        EditorViewModel editor = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                Scheduler.NONE);

        editor.aids().useProjectOf(project, xliff);
        List<String> marked = editor.read(xliff, project.resources()).qa().check(quoted).stream()
                .filter(f -> f.check().equals("quote-style"))
                .map(f -> quoted.targetText().substring(f.targetSpan().orElseThrow().start(), f.targetSpan().orElseThrow().end()))
                .toList();
        assertEquals(List.of("„", "“"), marked, "the house writes »…«");

        Path outside = dir.resolve("elsewhere.xlf");
        Files.copy(xliff, outside);
        editor.aids().useProjectOf(project, outside);
        assertTrue(editor.read(outside, project.resources()).qa().check(quoted).stream()
                .noneMatch(f -> f.check().equals("quote-style")), "a file outside the project: German „…“ is right");
    }

    @Test
    void anUpToDateXliffIsOpenedAsItIs() throws IOException {
        ProjectViewModel project = projectWithSeed(dir.resolve("p"));
        Path seed = project.sources().get(0).file();
        Path xliff = project.prepare(seed);
        FileTime newer = FileTime.from(Instant.now().plusSeconds(600));
        Files.setLastModifiedTime(xliff, newer);

        assertEquals(xliff, project.prepare(seed));
        assertEquals(newer, Files.getLastModifiedTime(xliff), "not extracted again");
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

    /** A project whose file names only memories/dw.tmx, with a memories/project.tmx holding the date's translation. */
    private static ProjectViewModel projectWithProjectMemory(Path folder) throws IOException {
        ProjectViewModel project = projectWithSeed(folder);
        Project p = project.project().orElseThrow();
        ProjectFile.write(new Project(p.folder(), p.name(), p.sourceLanguage(), p.targetLanguage(), p.sources(),
                p.glossaries(), List.of(p.folder().resolve("memories/dw.tmx")), p.output(), p.xliff(), p.tmThreshold()),
                p.folder());
        try (TmxWriter tmx = TmxWriter.open(p.memoryFile(), TmxHeader.glossa("en", "plaintext"))) {
            tmx.write(TranslationUnit.of("d1", List.of(Variant.of("en", Content.of(ProjectMemoryTest.DATE)),
                    Variant.of("de", Content.of(DATE_DE)))));
        }
        project.reload();
        return project;
    }

    static final String DATE_DE = "10. Januar 2023";

    @Test
    void theEditorsProjectPathAndGlossaRunWriteTheSameBytes() throws IOException {
        ProjectViewModel project = projectWithProjectMemory(dir.resolve("editor").resolve("p"));
        projectWithProjectMemory(dir.resolve("run").resolve("p"));
        Path seed = project.sources().get(0).file();
        PreparedSource[] prepared = new PreparedSource[1];

        project.prepare(seed, Async.DIRECT, done -> prepared[0] = done, failure -> {
            throw new AssertionError(failure);
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = org.glossa.cli.Main.run(new String[] {"run", dir.resolve("run").resolve("p").toString(), "--quiet"},
                new PrintWriter(out, true), new PrintWriter(err, true));

        assertTrue(exit <= 1, "run ran its steps: " + out + err);
        Path viaRun = dir.resolve("run").resolve("p").toAbsolutePath()
                .resolve("out/xliff/sources/" + seed.getFileName() + ".xlf");
        assertEquals(project.xliffOf(seed), prepared[0].xliff());
        assertEquals(Files.readString(viaRun), Files.readString(prepared[0].xliff()));
        assertArrayEquals(Files.readAllBytes(viaRun), Files.readAllBytes(prepared[0].xliff()));
        Document doc = Documents.open(viaRun, new ExtractOptions("xx", "yy"));
        assertEquals(Optional.of(DATE_DE), segment(doc, ProjectMemoryTest.DATE).target().map(Content::plainText),
                "memories/project.tmx pre-translates in both, though the project file does not name it");
        assertEquals(Optional.of(TITLE_DE), segment(doc, TITLE).target().map(Content::plainText));
        assertTrue(project.sources().get(0).started(), "the panel is refreshed after preparing");
    }

    @Test
    void reopeningAChangedSourceCarriesItsTranslationsOverAndSaysWhatWasLost() throws IOException {
        ProjectViewModel project = projectWithSeed(dir.resolve("p"));
        Path seed = project.sources().get(0).file();
        Path xliff = project.prepare(seed);
        Document first = Documents.open(xliff, new ExtractOptions("xx", "yy"));
        List<Unit> translated = new ArrayList<>();
        int segments = 0;
        for (Unit u : first.units()) {
            Unit t = u;
            for (Segment s : u.segments()) {
                if (!u.translate()) continue;
                t = t.withSegment(s.withTarget(Content.of("[de] " + s.source().plainText()), SegmentState.REVIEWED));
                segments++;
            }
            translated.add(t);
        }
        XliffWriter.write(first.withUnits(translated), XliffVersion.V2_1, xliff);
        String text = Files.readString(seed);
        String sentence = first.units().stream().filter(u -> u.translate() && !u.segments().isEmpty()).skip(3)
                .findFirst().orElseThrow().segments().get(0).source().plainText();
        assertEquals(text.indexOf(sentence), text.lastIndexOf(sentence), sentence);
        Files.writeString(seed, text.replace(sentence, "The EU and NATO signed a joint declaration on Tuesday."));
        Files.setLastModifiedTime(seed, FileTime.from(Files.getLastModifiedTime(xliff).toInstant().plusSeconds(10)));
        PreparedSource[] prepared = new PreparedSource[1];

        project.prepare(seed, Async.DIRECT, done -> prepared[0] = done, failure -> {
            throw new AssertionError(failure);
        });

        assertEquals(Optional.of("sources/" + seed.getFileName() + ": " + (segments - 1)
                + " translations carried over, 1 not (source changed); the earlier XLIFF is kept as "
                + xliff.getFileName() + ".bak"), prepared[0].carried());
        assertTrue(prepared[0].lost());
        Document again = Documents.open(xliff, new ExtractOptions("xx", "yy"));
        Segment title = segment(again, TITLE);
        assertEquals(Optional.of("[de] " + TITLE), title.target().map(Content::plainText));
        assertEquals(SegmentState.REVIEWED, title.state());
        assertEquals(Optional.empty(), segment(again, "The EU and NATO signed a joint declaration on Tuesday.").target());
        assertTrue(Files.isRegularFile(xliff.resolveSibling(xliff.getFileName() + ".bak")));
    }

    @Test
    void anUnchangedSourceIsNotPreparedAgainThoughItsProjectMemoryGrew() throws IOException {
        ProjectViewModel project = projectWithProjectMemory(dir.resolve("p"));
        Path seed = project.sources().get(0).file();
        Path xliff = project.prepare(seed);
        FileTime written = FileTime.from(Instant.now().plusSeconds(600));
        Files.setLastModifiedTime(xliff, written);

        Files.setLastModifiedTime(project.memoryFile(), FileTime.from(Instant.now().plusSeconds(1200)));

        assertEquals(xliff, project.prepare(seed));
        assertEquals(written, Files.getLastModifiedTime(xliff), "confirming segments does not make the XLIFF out of date");
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
