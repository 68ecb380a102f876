package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.glossa.core.model.Document;
import org.glossa.core.model.Format;
import org.glossa.core.project.ProjectFile;
import org.glossa.desktop.SampleDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    static final String TITLE = "EU and NATO sign joint call for cooperation amid Ukraine war";

    @TempDir
    Path dir;

    @Test
    void theTranslatedDocumentIsMergedBesideTheOriginal() throws IOException {
        Path seed = Files.copy(SessionRecoveryTest.SEED, dir.resolve(SessionRecoveryTest.SEED.getFileName()));
        byte[] original = Files.readAllBytes(seed);
        EditorViewModel editor = new EditorViewModel(SessionRecoveryTest.LOADER, Resources.NONE, Async.DIRECT,
                Scheduler.NONE);
        editor.open(seed);
        editor.select(SessionRecoveryTest.indexOf(editor, TITLE));
        editor.editor().textProperty().set("EU und NATO unterzeichnen gemeinsamen Aufruf");
        DocumentSession session = editor.session().orElseThrow();

        Path suggested = Exporter.suggestedTarget(session, Optional.empty());
        assertEquals(dir.resolve("dw-2023-01-10-eu-nato-joint-declaration.de.txt"), suggested);
        Exporter.export(session, suggested);

        String merged = Files.readString(suggested);
        assertTrue(merged.contains("EU und NATO unterzeichnen gemeinsamen Aufruf"), merged);
        assertFalse(merged.contains(TITLE));
        assertTrue(merged.contains("January 10, 2023"), "untranslated segments keep their source");
        assertArrayEquals(original, Files.readAllBytes(seed));
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void inAProjectTheSuggestionIsInTheOutputFolder() throws IOException {
        Path folder = dir.resolve("p");
        ProjectViewModel project = new ProjectViewModel();
        project.create(folder, "en", "de");
        DocumentSession session = DocumentSession.unsaved(SampleDocument.create());

        assertEquals(folder.toAbsolutePath().resolve("out").resolve("translated").resolve("article.de.html"),
                Exporter.suggestedTarget(session, project.project()));
        assertTrue(Files.exists(folder.resolve(ProjectFile.FILE_NAME)));
        assertEquals(Path.of("article.de.html"), Exporter.suggestedTarget(session, Optional.empty()),
                "a document without a file: just the name");
    }

    @Test
    void pdfIsExtractionOnly() {
        Document pdf = new Document("report.pdf", Format.PDF, "en", Optional.of("de"),
                SampleDocument.create().units(), Optional.empty());

        assertEquals(Optional.of("PDF is extraction only: Glossa cannot write a translated PDF (translate from the"
                + " XLIFF, or export another format)"), Exporter.cannotExport(pdf));
        assertEquals(Optional.empty(), Exporter.cannotExport(SampleDocument.create()));
    }
}
