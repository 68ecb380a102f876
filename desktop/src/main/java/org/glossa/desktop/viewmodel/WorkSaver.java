package org.glossa.desktop.viewmodel;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;

/**
 * Keeps the open document's work: saving to the work file, the autosave to the recovery file (written off the UI
 * thread by the writer) once the translator is idle, and at the latest {@link EditorViewModel#AUTOSAVE_MAX_WAIT}
 * after the first unsaved edit while typing goes on and the last autosave when the window closes; see {@link DocumentSession}.
 */
final class WorkSaver {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Async writer;
    private final Debouncer idle;
    private final Supplier<DocumentSession> session;
    private final BooleanProperty unsaved;
    private final Consumer<String> tell;

    /**
     * @param session the open session, null while there is none
     * @param unsaved set while there is work the work file does not have
     */
    WorkSaver(Async writer, Scheduler scheduler, Supplier<DocumentSession> session, BooleanProperty unsaved,
            Consumer<String> tell) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.idle = new Debouncer(scheduler, EditorViewModel.AUTOSAVE_IDLE, EditorViewModel.AUTOSAVE_MAX_WAIT);
        this.session = Objects.requireNonNull(session, "session");
        this.unsaved = Objects.requireNonNull(unsaved, "unsaved");
        this.tell = Objects.requireNonNull(tell, "tell");
    }

    /** The document has new work: it is unsaved, and autosaved once the translator is idle or the maximum wait is up. */
    void edited() {
        unsaved.set(true);
        idle.trigger(this::autosave);
    }

    /** Drops a pending idle autosave (another document is shown). */
    void cancel() {
        idle.cancel();
    }

    /** Saves to the work file; false when there is no document or it has no file. */
    boolean save() {
        DocumentSession saving = session.get();
        if (saving == null || !saving.hasFile()) return false;
        idle.cancel();
        saving.save();
        unsaved.set(false);
        tell.accept(savedMessage(saving) + mergedMessage(saving.lastMerge())
                + saving.lastUnreadable().map(WorkSaver::unreadableMessage).orElse(""));
        return true;
    }

    private static String savedMessage(DocumentSession saved) {
        String at = " at " + LocalTime.now().format(CLOCK);
        String opened = saved.opened() == null ? "" : saved.opened().getFileName().toString();
        if (saved.savesIntoOpened() && !saved.savesBesideOpened()) {
            return "Saved your targets into " + opened + at + " (everything else in it kept as it was)";
        }
        String saving = "Saved " + saved.workFile().getFileName() + at;
        if (!saved.savesBesideOpened()) return saving;
        return saving + " beside " + opened + ", which is left as it is"
                + saved.besideReason().map(why -> ": the work could not be saved into it (" + why + ")").orElse("");
    }

    /** What the save kept of another writer's changes to the file (decision 0038); empty when there were none. */
    static String mergedMessage(DiskMerge.Result merged) {
        List<String> parts = new ArrayList<>();
        if (merged.segmentsTaken() > 0) {
            parts.add("kept " + merged.segmentsTaken() + (merged.segmentsTaken() == 1 ? " change" : " changes")
                    + " saved into the file meanwhile (another window, or repetitions filled from another document)");
        }
        if (merged.conflicts() > 0) {
            parts.add(merged.conflicts() + (merged.conflicts() == 1 ? " segment" : " segments")
                    + " changed both here and in the file: yours saved");
        }
        if (merged.unpaired() > 0) {
            parts.add(merged.unpaired() + (merged.unpaired() == 1 ? " unit" : " units")
                    + " joined or split on one side only: yours saved");
        }
        return parts.isEmpty() ? "" : "; " + String.join("; ", parts);
    }

    /** A changed file the save could not read, kept aside before the work was saved over it. */
    static String unreadableMessage(DocumentSession.UnreadableChange change) {
        return "; the file had been changed on disk and could not be read (" + change.why() + "): that version is kept"
                + " as " + change.keptAs().getFileName();
    }

    /** See {@link EditorViewModel#autosave()}. */
    boolean autosave() {
        DocumentSession saving = session.get();
        if (saving == null) return false;
        idle.cancel();
        if (!saving.queueAutosave()) return false;
        writer.run(saving::writeQueuedAutosave, wrote -> {
            if (wrote && saving == session.get()) tell.accept("Autosaved at " + LocalTime.now().format(CLOCK));
        }, failure -> {
            saving.autosaveFailed();
            if (saving == session.get()) tell.accept("Autosave failed: " + failure.getMessage());
        });
        return true;
    }

    /** Autosaves on this thread, waiting for a background autosave (the window is closing). */
    void close() {
        idle.cancel();
        DocumentSession closing = session.get();
        if (closing != null) closing.autosave();
    }
}
