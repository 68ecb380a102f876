package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.glossa.core.files.FileKindDetector;
import org.glossa.core.io.AtomicFiles;
import org.glossa.core.merge.Merger;
import org.glossa.core.merge.TranslatedName;
import org.glossa.core.model.Document;
import org.glossa.core.project.Project;

/**
 * File → Export Translated Document…: the open document merged back into its format with core's {@link Merger}
 * (segments without target fall back to the source), written atomically. The suggested file is beside the original
 * with the target language in its name, core's {@link TranslatedName} ({@code article.html} → {@code article.de.html},
 * {@code news.en.txt} → {@code news.de.txt}); in a project, {@code OUTPUT/translated/} with that name.
 */
public final class Exporter {

    /** How many segment numbers {@link #lostCodesWarning} lists. */
    private static final int MAX_LISTED = 10;

    private Exporter() {
    }

    /** Why {@code document} cannot be exported (PDF is extraction only); empty when it can. */
    public static Optional<String> cannotExport(Document document) {
        if (document.format().mergeable()) return Optional.empty();
        String format = document.format().id().toUpperCase(Locale.ROOT);
        return Optional.of(format + " is extraction only: Glossa cannot write a translated " + format
                + " (translate from the XLIFF, or export another format)");
    }

    /**
     * Why the user should be asked before exporting: the numbers of confirmed segments whose target lacks inline
     * codes of their source (see {@link EditorViewModel#exportWarning()}); empty when there are none.
     */
    public static Optional<String> lostCodesWarning(List<Integer> segmentNumbers) {
        if (segmentNumbers.isEmpty()) return Optional.empty();
        if (segmentNumbers.size() == 1) {
            return Optional.of("Segment " + segmentNumbers.get(0) + " lacks inline codes of its source (formatting, "
                    + "links): the exported document would lose them.");
        }
        int shown = Math.min(segmentNumbers.size(), MAX_LISTED);
        List<String> listed = segmentNumbers.subList(0, shown).stream().map(String::valueOf).toList();
        String numbers = shown < segmentNumbers.size()
                ? String.join(", ", listed) + " and " + (segmentNumbers.size() - shown) + " more"
                : String.join(", ", listed.subList(0, shown - 1)) + " and " + listed.get(shown - 1);
        return Optional.of("Segments " + numbers + " lack inline codes of their source (formatting, links): the "
                + "exported document would lose them.");
    }

    /** The suggested export file (see the class comment). */
    public static Path suggestedTarget(DocumentSession session, Optional<Project> project) {
        Document doc = session.document();
        String target = doc.targetLanguage().orElse(EditorViewModel.DEFAULT_TARGET);
        String name = TranslatedName.of(Merger.safeName(doc.name()), doc.sourceLanguage(), target);
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
}
