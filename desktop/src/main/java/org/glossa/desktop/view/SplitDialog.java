package org.glossa.desktop.view;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks where to split a segment: its source in a read-only field; the translator moves the caret (arrows, Ctrl+arrows
 * by word) and presses Enter. The caret starts after the first sentence end, if there is one.
 */
public final class SplitDialog extends Dialog<Integer> {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;]\\s+(?=\\S)");

    private final TextField source = new TextField();

    public SplitDialog(Window owner, int number, String sourceText) {
        initOwner(owner);
        setTitle("Split segment");
        setHeaderText("Split segment " + number + " at the caret (between two words), then press Enter");
        source.setId("splitSourceField");
        source.setEditable(false);
        source.setText(sourceText);
        source.setPrefColumnCount(60);
        Matcher end = SENTENCE_END.matcher(sourceText);
        int caret = end.find() ? end.end() : 0;
        getDialogPane().setContent(new VBox(6, new Label("Source"), source));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Split");
        ok.setId("splitButton");
        source.setOnAction(e -> ok.fire());
        setResultConverter(button -> button == ButtonType.OK ? source.getCaretPosition() : null);
        setOnShown(e -> Platform.runLater(() -> {
            source.requestFocus();
            source.deselect();
            source.positionCaret(caret);
        }));
    }

    /** Shows the dialog and waits: the caret position chosen, empty when cancelled. */
    public Optional<Integer> choose() {
        return showAndWait();
    }
}
