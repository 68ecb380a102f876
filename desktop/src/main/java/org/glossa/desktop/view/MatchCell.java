package org.glossa.desktop.view;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.glossa.desktop.viewmodel.DiffPiece;
import org.glossa.desktop.viewmodel.TmPanelViewModel.MatchRow;

/**
 * One memory match: its number, score and origin, its source diffed against the current segment's source (deleted
 * words struck through in red, inserted words underlined in green) and its target, both wrapping to the list's width.
 */
final class MatchCell extends ListCell<MatchRow> {

    /** List padding, cell padding and a scroll bar, taken off the wrapping width. */
    private static final double MARGIN = 34;

    private final Label number = new Label();
    private final Label score = new Label();
    private final Label origin = new Label();
    /** "MT" before a machine translation's origin. */
    private final Label machine = new Label("MT");
    private final TextFlow source = new TextFlow();
    private final TextFlow target = new TextFlow();
    private final VBox box;

    MatchCell(ListView<MatchRow> list) {
        getStyleClass().add("match-cell");
        number.getStyleClass().add("match-number");
        score.getStyleClass().add("match-score");
        origin.getStyleClass().add("match-origin");
        machine.getStyleClass().add("mt-badge");
        machine.managedProperty().bind(machine.visibleProperty());
        source.getStyleClass().add("match-source");
        target.getStyleClass().add("match-target");
        box = new VBox(2, new HBox(8, number, score, machine, origin), source, target);
        box.getStyleClass().add("match-box");
        box.maxWidthProperty().bind(list.widthProperty().subtract(MARGIN));
        box.prefWidthProperty().bind(list.widthProperty().subtract(MARGIN));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(MatchRow item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        number.setText(Integer.toString(item.number()));
        score.setText(item.score() + "%");
        score.getStyleClass().removeAll("exact", "fuzzy");
        score.getStyleClass().add(item.score() >= 100 ? "exact" : "fuzzy");
        origin.setText(item.origin());
        machine.setVisible(item.machineTranslation());
        source.getChildren().clear();
        for (DiffPiece piece : item.sourceDiff()) {
            Text text = new Text(piece.text());
            text.getStyleClass().add(switch (piece.kind()) {
                case SAME -> "diff-same";
                case DELETED -> "diff-deleted";
                case INSERTED -> "diff-inserted";
            });
            source.getChildren().add(text);
        }
        Text translation = new Text(item.target());
        translation.getStyleClass().add("match-target-text");
        target.getChildren().setAll(translation);
        setGraphic(box);
    }
}
