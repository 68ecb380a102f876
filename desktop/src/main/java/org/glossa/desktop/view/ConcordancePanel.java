package org.glossa.desktop.view;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.glossa.desktop.viewmodel.ConcordanceViewModel;
import org.glossa.desktop.viewmodel.ConcordanceViewModel.HitRow;
import org.glossa.desktop.viewmodel.ConcordanceViewModel.Piece;

/**
 * The concordance panel: a search field (filled with the selected text by Ctrl+K) and the memory units whose
 * source or target holds the words, each with its source and target wrapping and the words highlighted, and where
 * it comes from.
 */
public final class ConcordancePanel extends VBox {

    private final TextField query = new TextField();
    private final ConcordanceViewModel viewModel;

    public ConcordancePanel(ConcordanceViewModel viewModel) {
        super(4);
        this.viewModel = viewModel;
        setId("concordancePanel");
        getStyleClass().add("concordance-panel");
        query.setId("concordanceField");
        query.setPromptText("Words to find in the memories (Ctrl+K searches the selection)");
        query.setOnAction(e -> viewModel.search(query.getText()));
        Label message = new Label();
        message.setId("concordanceMessage");
        message.getStyleClass().add("pane-label");
        message.textProperty().bind(viewModel.message());
        ListView<HitRow> hits = new ListView<>(viewModel.hits());
        hits.setId("concordanceList");
        hits.getStyleClass().add("concordance-list");
        hits.setCellFactory(HitCell::new);
        hits.setPlaceholder(new Label(""));
        VBox.setVgrow(hits, Priority.ALWAYS);
        getChildren().addAll(query, message, hits);
    }

    /** Searches {@code text} (the selection) and shows it in the field; with no text, the field takes the focus. */
    public void search(String text) {
        if (text == null || text.isBlank()) {
            query.requestFocus();
            query.selectAll();
            return;
        }
        query.setText(text.strip());
        viewModel.search(text);
    }

    public TextField field() {
        return query;
    }

    /** One unit: source over target, searched words highlighted, origin on the right. */
    private static final class HitCell extends ListCell<HitRow> {
        private static final double MARGIN = 34;
        private final TextFlow source = new TextFlow();
        private final TextFlow target = new TextFlow();
        private final Label origin = new Label();
        private final VBox box = new VBox(2, source, target, origin);

        HitCell(ListView<HitRow> list) {
            getStyleClass().add("concordance-cell");
            source.getStyleClass().add("concordance-source");
            target.getStyleClass().add("concordance-target");
            origin.getStyleClass().add("match-origin");
            box.maxWidthProperty().bind(list.widthProperty().subtract(MARGIN));
            box.prefWidthProperty().bind(list.widthProperty().subtract(MARGIN));
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(HitRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            show(source, item.source());
            show(target, item.target());
            origin.setText(item.origin());
            setGraphic(box);
        }

        private static void show(TextFlow flow, List<Piece> pieces) {
            flow.getChildren().clear();
            for (Piece p : pieces) {
                Text t = new Text(p.text());
                t.getStyleClass().add(p.hit() ? "concordance-hit" : "concordance-text");
                flow.getChildren().add(t);
            }
        }
    }
}
