package org.glossa.desktop.view;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.glossa.desktop.viewmodel.NotesViewModel;
import org.glossa.desktop.viewmodel.NotesViewModel.NoteRow;

/**
 * The Notes panel: the current unit's notes from the file (read-only, who wrote them and what about above each) and
 * the translator's own note, which goes into the file on save and export.
 */
public final class NotesPanel extends VBox {

    static final String STYLESHEET = NotesPanel.class.getResource("notes.css").toExternalForm();

    private final TextArea own = new TextArea();

    public NotesPanel(NotesViewModel notes) {
        super(4);
        setId("notesPanel");
        getStyleClass().add("notes-panel");
        ListView<NoteRow> others = new ListView<>(notes.others());
        others.setId("noteList");
        others.getStyleClass().add("note-list");
        others.setPlaceholder(new Label("No notes from the file"));
        others.setCellFactory(list -> new NoteCell());
        others.setFocusTraversable(false);
        others.setPrefHeight(64);
        others.setMinHeight(48);
        Label label = new Label("Your note (saved into the file)");
        label.getStyleClass().add("own-note-label");
        own.setId("ownNote");
        own.setWrapText(true);
        own.setPrefRowCount(2);
        own.setPromptText("A comment for the reviewer or the client");
        own.textProperty().bindBidirectional(notes.ownNoteProperty());
        own.disableProperty().bind(notes.editableProperty().not());
        label.setLabelFor(own);
        VBox.setVgrow(others, Priority.ALWAYS);
        getChildren().addAll(others, label, own);
    }

    /** The translator's own note's text area. */
    public TextArea ownNote() {
        return own;
    }

    private static final class NoteCell extends ListCell<NoteRow> {
        private final Label heading = new Label();
        private final Label text = new Label();
        private final VBox box = new VBox(1, heading, text);

        NoteCell() {
            heading.getStyleClass().add("note-heading");
            text.setWrapText(true);
            text.getStyleClass().add("note-text");
            text.maxWidthProperty().bind(widthProperty().subtract(16));
        }

        @Override
        protected void updateItem(NoteRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            heading.setText(item.heading());
            text.setText(item.text());
            setGraphic(box);
        }
    }
}
