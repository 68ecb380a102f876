package org.glossa.desktop.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.SegmentState;
import org.glossa.core.model.Unit;

/**
 * Repetitions in the other documents of a project, which are not open: their sources counted, and a confirmed
 * translation filled into their identical untranslated segments ({@link Repetitions#fill}, marked as propagated).
 * Each file is read and written as the editor reads and saves a document ({@link DocumentSession}: atomic writes,
 * another tool's XLIFF saved into, each in its own version). A file is never overwritten blindly: the save merges
 * what another writer saved into it since it was read, the fill giving way to a translation saved there, and a file
 * that keeps changing while the save reads it is left as it is and named ({@link DocumentSession}, decision 0038);
 * a file whose autosave holds unsaved work is left as it is (opening it recovers that work). A window that has the
 * file open keeps the fill when it saves later: its save merges the same way. Runs on any thread.
 */
final class RepetitionFiles {

    /** How often each displayed source occurs in which files, and the files that could not be read (with why). */
    record Counted(Map<String, Integer> counts, Map<String, Set<Path>> files, List<String> unreadable) {
    }

    /** How many segments were filled in which files, and the files left as they were (with why). */
    record Filled(int segments, List<Path> files, List<String> skipped) {
    }

    private RepetitionFiles() {
    }

    /** Counts the segments of translatable units in {@code files} by displayed source. */
    static Counted count(List<Path> files, Function<Path, Document> loader) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<Path>> where = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) continue;
            DocumentSession session;
            try {
                session = DocumentSession.open(file, loader);
            } catch (RuntimeException e) {
                unreadable.add(file.getFileName() + ": " + Messages.oneLine(e));
                continue;
            }
            for (Unit unit : session.units()) {
                if (!unit.translate()) continue;
                for (Segment segment : unit.segments()) {
                    String source = TagText.display(segment.source());
                    counts.merge(source, 1, Integer::sum);
                    where.computeIfAbsent(source, k -> new HashSet<>()).add(file);
                }
            }
        }
        return new Counted(counts, where, unreadable);
    }

    /**
     * Fills the segments of {@code files} whose displayed source is {@code source} and that have no translation (or
     * an unchanged propagated one) with {@code translation} in {@code state}, and saves each file that changed.
     */
    static Filled fill(List<Path> files, Function<Path, Document> loader, String source, String translation,
            SegmentState state) {
        int segments = 0;
        List<Path> written = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) continue;
            try {
                Optional<Integer> filled = fillOne(file, loader, source, translation, state);
                if (filled.isEmpty()) {
                    skipped.add(file.getFileName() + " changed on disk while it was being filled; it is left as it is");
                } else if (filled.get() > 0) {
                    segments += filled.get();
                    written.add(file);
                }
            } catch (UnsavedWork e) {
                skipped.add(e.getMessage());
            } catch (RuntimeException e) {
                skipped.add(file.getFileName() + ": " + Messages.oneLine(e));
            }
        }
        return new Filled(segments, written, skipped);
    }

    /**
     * The segments filled in {@code file} (0: none to fill) and still there after the save; empty when the file kept
     * changing on disk. The save merges what another writer saved into the file meanwhile, and a fill gives way to
     * a translation saved there ({@link DocumentSession#save()}, decision 0038).
     */
    private static Optional<Integer> fillOne(Path file, Function<Path, Document> loader, String source,
            String translation, SegmentState state) throws UnsavedWork {
        DocumentSession session = DocumentSession.open(file, loader);
        if (session.recovered()) {
            throw new UnsavedWork(file.getFileName() + " has unsaved work in its autosave "
                    + session.recoveryFile().getFileName() + "; it is left as it is (open it to go on)");
        }
        List<Filling> fillings = new ArrayList<>();
        for (int u = 0; u < session.units().size(); u++) {
            Unit unit = session.unit(u);
            if (!unit.translate()) continue;
            for (Segment segment : unit.segments()) {
                if (!TagText.display(segment.source()).equals(source)) continue;
                Optional<Unit> changed = Repetitions.fill(unit, segment.id(), translation, state);
                if (changed.isEmpty()) continue;
                unit = changed.get();
                fillings.add(new Filling(u, segment.id()));
            }
            if (unit != session.unit(u)) session.replace(u, unit);
        }
        if (fillings.isEmpty()) return Optional.of(0);
        List<Unit> filled = List.copyOf(session.units());
        try {
            session.save();
        } catch (DocumentSession.ChangingOnDisk e) {
            return Optional.empty();
        }
        return Optional.of((int) fillings.stream().filter(f -> f.kept(filled, session)).count());
    }

    /** A segment the fill changed: unit index and segment id. */
    private record Filling(int unit, String segment) {
        /** Whether the segment is still as filled after the save's merge with the file. */
        boolean kept(List<Unit> filled, DocumentSession saved) {
            return segmentOf(filled.get(unit)).equals(segmentOf(saved.unit(unit)));
        }

        private Segment segmentOf(Unit u) {
            return u.segments().stream().filter(s -> s.id().equals(segment)).findFirst().orElseThrow();
        }
    }

    /** A file whose autosave holds work its file does not have. */
    private static final class UnsavedWork extends Exception {
        private static final long serialVersionUID = 1L;

        UnsavedWork(String message) {
            super(message);
        }
    }
}
