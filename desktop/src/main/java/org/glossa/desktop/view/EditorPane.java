package org.glossa.desktop.view;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.glossa.desktop.viewmodel.SegmentEditorViewModel;
import org.glossa.desktop.viewmodel.SourcePiece;
import org.glossa.desktop.viewmodel.TagText;

/**
 * The current segment: its source with glossary terms highlighted (numbered for Ctrl+n) and inline codes as chips,
 * selectable with the mouse (for Glossary → Add Term…), and the target in a text area. The text area protects placeholders: an edit that would cut one takes it whole,
 * typing inside one goes behind it.
 */
public final class EditorPane extends VBox {

    private final SourceFlow source = new SourceFlow();
    private final TextArea target = new TextArea();
    private final SegmentEditorViewModel viewModel;
    /** The part of the source shown as a find match: display offsets {start, end}; empty when start == end. */
    private int[] match = {0, 0};

    public EditorPane(SegmentEditorViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("editor-pane");
        setId("editorPane");
        setSpacing(4);
        setPadding(new Insets(6, 8, 6, 8));

        source.setId("sourceFlow");
        source.getStyleClass().add("source-flow");
        source.setLineSpacing(2);
        StackPane sourceBox = new StackPane(source);
        sourceBox.getStyleClass().add("source-box");
        ScrollPane sourceScroll = new ScrollPane(sourceBox);
        sourceScroll.setFitToWidth(true);
        sourceScroll.setPrefViewportHeight(48);
        sourceScroll.getStyleClass().add("source-scroll");
        viewModel.sourcePieces().addListener((javafx.collections.ListChangeListener<SourcePiece>) c -> {
            match = new int[] {0, 0};
            showSource();
        });

        target.setId("targetArea");
        target.setWrapText(true);
        target.setPrefRowCount(3);
        target.setTextFormatter(new TextFormatter<String>(EditorPane::protectPlaceholders));
        target.textProperty().bindBidirectional(viewModel.textProperty());
        target.editableProperty().bind(viewModel.editableProperty());
        VBox.setVgrow(target, Priority.ALWAYS);

        Label sourceLabel = new Label("Source");
        sourceLabel.getStyleClass().add("pane-label");
        Label targetLabel = new Label("Target — Ctrl+Enter confirms, Ctrl+1…9 inserts a term, Ctrl+Shift+1…9 a match");
        targetLabel.getStyleClass().add("pane-label");
        getChildren().addAll(sourceLabel, sourceScroll, targetLabel, target);
    }

    public TextArea target() {
        return target;
    }

    /** Puts the caret at the end of the target and the focus in it. */
    public void focusTarget() {
        target.requestFocus();
        target.positionCaret(target.getLength());
    }

    /** Marks display offsets {@code start} to {@code end} of the source as the find match. */
    public void showSourceMatch(int start, int end) {
        match = new int[] {start, end};
        showSource();
    }

    private void showSource() {
        source.show(viewModel.sourcePieces(), match[0], match[1]);
    }

    /** What the translator selected in the source ("" when nothing). */
    public String sourceSelection() {
        return source.selectionProperty().get();
    }

    private static TextFormatter.Change protectPlaceholders(TextFormatter.Change change) {
        if (!change.isContentChange()) return change;
        String before = change.getControlText();
        int[] range = TagText.protect(before, change.getRangeStart(), change.getRangeEnd());
        if (range[0] == change.getRangeStart() && range[1] == change.getRangeEnd()) return change;
        String inserted = change.getText();
        change.setRange(range[0], range[1]);
        change.setText(inserted);
        int caret = range[0] + inserted.length();
        change.selectRange(caret, caret);
        return change;
    }
}
