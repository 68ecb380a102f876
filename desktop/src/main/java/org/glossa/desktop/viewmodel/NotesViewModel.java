package org.glossa.desktop.viewmodel;

import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.Note;
import org.glossa.core.model.Unit;

/**
 * The Notes panel: the current unit's notes (XLIFF {@code note}s) that other tools and people wrote, read-only, and the
 * translator's own note, editable. What is typed into {@link #ownNoteProperty()} goes into the unit at once (as its
 * {@link Note#OWN} note; emptied, the note goes), so saving and exporting write it: into another tool's file through
 * the XLIFF updater, which leaves every other note as it is. Notes are not target edits: undo does not take them back.
 */
public final class NotesViewModel {

    /** A note as the panel shows it: who wrote it, about what, and the text. */
    public record NoteRow(String heading, String text) {
    }

    private final Supplier<DocumentSession> session;
    private final Runnable edited;
    private final ObservableList<NoteRow> others = FXCollections.observableArrayList();
    private final StringProperty ownNote = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Notes");
    private int unitIndex = -1;
    /** True while a unit is being shown: the own note's text is set, not typed. */
    private boolean showing;

    /**
     * @param session the open document
     * @param edited  called after the own note changed the document (it has unsaved work)
     */
    NotesViewModel(Supplier<DocumentSession> session, Runnable edited) {
        this.session = Objects.requireNonNull(session, "session");
        this.edited = Objects.requireNonNull(edited, "edited");
        ownNote.addListener((obs, old, now) -> {
            if (!showing) store(now);
        });
    }

    /** Shows unit {@code index} of the open document; its own note is editable unless the unit is locked. */
    void show(int index, boolean locked) {
        Unit unit = session.get().unit(index);
        unitIndex = index;
        showing = true;
        try {
            others.setAll(unit.notes().stream().filter(n -> !n.isOwn()).map(NotesViewModel::row).toList());
            ownNote.set(unit.ownNote().map(Note::text).orElse(""));
        } finally {
            showing = false;
        }
        editable.set(!locked);
        title.set(title(unit));
    }

    /** No unit is shown. */
    void clear() {
        unitIndex = -1;
        showing = true;
        try {
            others.clear();
            ownNote.set("");
        } finally {
            showing = false;
        }
        editable.set(false);
        title.set("Notes");
    }

    private void store(String text) {
        if (unitIndex < 0 || !editable.get()) return;
        DocumentSession doc = session.get();
        Unit unit = doc.unit(unitIndex);
        if (unit.ownNote().map(Note::text).orElse("").equals(text.isBlank() ? "" : text)) return;
        doc.replace(unitIndex, unit.withOwnNote(text));
        title.set(title(doc.unit(unitIndex)));
        edited.run();
    }

    private static String title(Unit unit) {
        return unit.notes().isEmpty() ? "Notes" : "Notes (" + unit.notes().size() + ")";
    }

    static NoteRow row(Note n) {
        StringBuilder heading = new StringBuilder(n.author().isEmpty() ? "Note" : n.author());
        if (n.appliesTo() != Note.AppliesTo.GENERAL) heading.append(" · on the ").append(n.appliesTo().id());
        if (n.priority() != 1) heading.append(" · priority ").append(n.priority());
        return new NoteRow(heading.toString(), n.text());
    }

    /** The notes of others (other tools, the author of the file), in file order; read-only. */
    public ObservableList<NoteRow> others() {
        return others;
    }

    /** The translator's own note: typing here changes the document. */
    public StringProperty ownNoteProperty() {
        return ownNote;
    }

    public String ownNote() {
        return ownNote.get();
    }

    public void setOwnNote(String text) {
        ownNote.set(text);
    }

    /** True while a unit is shown that is not locked. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** "Notes", or "Notes (2)" with the unit's notes counted. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }
}
