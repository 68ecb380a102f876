package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.glossa.core.files.FileKindDetector;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.merge.Merger;
import org.glossa.core.model.Document;
import org.glossa.core.project.Project;

/**
 * File → Export Translated Document…: the open document merged back into its format with core's {@link Merger}
 * (segments without target fall back to the source), written atomically. The suggested file is beside the original
 * with the target language in its name ({@code article.html} → {@code article.de.html}, {@code news.en.txt} →
 * {@code news.de.txt}); in a project, {@code OUTPUT/translated/} with that name.
 */
public final class Exporter {

    private Exporter() {
    }

    /** Why {@code document} cannot be exported (PDF is extraction only); empty when it can. */
    public static Optional<String> cannotExport(Document document) {
        if (document.format().mergeable()) return Optional.empty();
        String format = document.format().id().toUpperCase(Locale.ROOT);
        return Optional.of(format + " is extraction only: Glossa cannot write a translated " + format
                + " (translate from the XLIFF, or export another format)");
    }

    /** The suggested export file (see the class comment). */
    public static Path suggestedTarget(DocumentSession session, Optional<Project> project) {
        Document doc = session.document();
        String target = doc.targetLanguage().orElse(EditorViewModel.DEFAULT_TARGET);
        String name = withLanguage(Merger.safeName(doc.name()), doc.sourceLanguage(), target);
        if (project.isPresent()) return project.get().output().resolve("translated").resolve(name);
        Path besides = session.opened() != null ? session.opened() : session.workFile();
        return besides == null ? Path.of(name) : besides.resolveSibling(name);
    }

    /** Where the original document is when the XLIFF does not carry it: the opened document, or beside the XLIFF. */
    public static Optional<Path> originalOf(DocumentSession session) {
        Path opened = session.opened();
        if (opened == null) return Optional.empty();
        if (!FileKindDetector.isXliff(opened)) return Optional.of(opened);
        Path beside = opened.resolveSibling(Merger.safeName(session.document().name()));
        return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
    }

    /** Merges {@code session}'s document into {@code target}, atomically; a failure names the reason in one line. */
    public static void export(DocumentSession session, Path target) throws IOException {
        Document doc = session.document();
        Optional<Path> original = originalOf(session);
        AtomicFiles.write(target, out -> Merger.merge(doc, original, out));
    }

    /**
     * {@code name} with the target language: a source-language tag before the extension is replaced, otherwise the
     * tag is put before the extension.
     */
    public static String withLanguage(String name, String source, String target) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String suffix = "." + source.toLowerCase(Locale.ROOT);
        if (stem.toLowerCase(Locale.ROOT).endsWith(suffix)) stem = stem.substring(0, stem.length() - suffix.length());
        return stem + "." + target + ext;
    }
}
