package org.glossa.desktop.viewmodel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;

/**
 * Repetitions across the documents of a project: while a project document is open, the other documents of the
 * project ({@link #use}) are counted in the background when it is shown (the grid's repetition column then says
 * "×3 +5": 3 in this document, 5 in the others), and confirming a segment fills their identical untranslated
 * segments with its translation, marked as propagated like the repetitions in the document, and saves them
 * ({@link RepetitionFiles}); the status line says how many in how many files, and which files were left as they
 * were. Reading and writing run on the writer, in order with the autosaves. Ctrl+Z undoes the fill in the open
 * document only: the other files are saved; confirming another translation of the segment replaces the propagated
 * one there too.
 */
public final class ProjectRepetitions {

    private final Async writer;
    private final Function<Path, Document> loader;
    private final SegmentGrid grid;
    private final Consumer<String> tell;
    private List<Path> files = List.of();
    /** Displayed source → the other files it is in; null until the counting of the shown document arrived. */
    private Map<String, Set<Path>> where;
    private long shown;

    ProjectRepetitions(Async writer, Function<Path, Document> loader, SegmentGrid grid, Consumer<String> tell) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.grid = Objects.requireNonNull(grid, "grid");
        this.tell = Objects.requireNonNull(tell, "tell");
    }

    /** The other documents of the project of the next document shown (their XLIFF files); none outside a project. */
    void use(List<Path> otherFiles) {
        files = List.copyOf(otherFiles);
    }

    /** The other documents in use. */
    List<Path> files() {
        return files;
    }

    /** A document was shown: counts the sources of the other documents, then shows the counts in the grid. */
    void documentShown() {
        long mine = ++shown;
        where = null;
        if (files.isEmpty()) return;
        List<Path> counting = files;
        writer.run(() -> RepetitionFiles.count(counting, loader), counted -> {
            if (mine != shown) return;
            where = counted.files();
            grid.showElsewhere(counted.counts());
            if (!counted.unreadable().isEmpty()) {
                tell.accept("Repetitions in the project: could not read " + String.join("; ", counted.unreadable()));
            }
        }, failure -> {
            if (mine == shown) tell.accept("Could not count the repetitions in the project: " + Messages.oneLine(failure));
        });
    }

    /** The document was closed: no other documents until {@link #use} is called again. */
    void documentClosed() {
        shown++;
        files = List.of();
        where = null;
    }

    /**
     * Row {@code row}'s segment was confirmed: its translation goes into the identical untranslated segments of the
     * other documents that have its source (all of them while the counting has not arrived yet).
     */
    void confirmed(int row) {
        Segment confirmed = grid.segment(row);
        if (files.isEmpty() || grid.row(row).locked() || !Repetitions.spreadable(confirmed)) return;
        String source = grid.row(row).sourceText();
        List<Path> candidates = where == null ? files
                : files.stream().filter(where.getOrDefault(source, Set.of())::contains).toList();
        if (candidates.isEmpty()) return;
        String translation = TagText.display(confirmed.target().orElseThrow());
        int number = grid.row(row).number();
        writer.run(() -> RepetitionFiles.fill(candidates, loader, source, translation, confirmed.state()),
                filled -> report(number, filled),
                failure -> tell.accept("Could not fill the repetitions in the project: " + Messages.oneLine(failure)));
    }

    private void report(int number, RepetitionFiles.Filled filled) {
        List<String> parts = new ArrayList<>();
        if (filled.segments() > 0) {
            int count = filled.files().size();
            parts.add("Filled " + filled.segments() + (filled.segments() == 1 ? " repetition" : " repetitions")
                    + " of segment " + number + " in " + count + (count == 1 ? " other file" : " other files")
                    + " of the project");
        }
        if (!filled.skipped().isEmpty()) parts.add("not filled: " + String.join("; ", filled.skipped()));
        if (!parts.isEmpty()) tell.accept(String.join("; ", parts));
    }
}
