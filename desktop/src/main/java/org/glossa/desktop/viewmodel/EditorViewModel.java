package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.Content;
import org.glossa.core.model.Document;
import org.glossa.core.model.Segment;
import org.glossa.core.model.Unit;

/**
 * State of the editor window, free of UI nodes: the segment rows of the open document, the window title and the
 * status line. Use it on the JavaFX application thread once a view is bound to it.
 */
public final class EditorViewModel {

    public static final String APP_NAME = "Glossa";

    private final ObservableList<SegmentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SegmentRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty documentName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper();

    public EditorViewModel() {
        title.bind(Bindings.createStringBinding(
                () -> documentName.get().isEmpty() ? APP_NAME : APP_NAME + " — " + documentName.get(),
                documentName));
        statusText.bind(Bindings.createStringBinding(() -> segmentCount(rows.size()), rows));
    }

    /** Shows {@code document}: one row per segment, numbered in document order; ignorables are left out. */
    public void load(Document document) {
        rows.setAll(rowsOf(document));
        documentName.set(document.name());
    }

    /** Names the file shown in the title without loading anything (for a file given before loading is wired). */
    public void showFileName(String name) {
        documentName.set(name);
    }

    public ObservableList<SegmentRow> rows() {
        return readOnlyRows;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String title() {
        return title.get();
    }

    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public String statusText() {
        return statusText.get();
    }

    static List<SegmentRow> rowsOf(Document document) {
        List<SegmentRow> out = new ArrayList<>();
        for (Unit unit : document.units()) {
            for (Segment segment : unit.segments()) {
                out.add(new SegmentRow(out.size() + 1, unit.id(), segment.id(), unit.role().id(),
                        segment.source().plainText(), plainText(segment.target()), segment.state().id(),
                        !unit.translate()));
            }
        }
        return out;
    }

    private static String plainText(Optional<Content> content) {
        return content.map(Content::plainText).orElse("");
    }

    static String segmentCount(int n) {
        return n == 1 ? "1 segment" : n + " segments";
    }
}
