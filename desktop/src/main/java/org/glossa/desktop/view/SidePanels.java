package org.glossa.desktop.view;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;

import org.glossa.desktop.viewmodel.GlossaryPanelViewModel.TermRow;
import org.glossa.desktop.viewmodel.QaPanelViewModel;
import org.glossa.desktop.viewmodel.QaPanelViewModel.FindingRow;
import org.glossa.desktop.viewmodel.TmPanelViewModel;
import org.glossa.desktop.viewmodel.TmPanelViewModel.MatchRow;

/** The panels beside the grid: glossary terms, memory matches and QA findings of the current segment and file. */
public final class SidePanels extends SplitPane {

    private final TableView<FindingRow> fileFindings;

    /** @param onFindingChosen called with a finding of the file list the translator clicked */
    public SidePanels(ObservableList<TermRow> terms, TmPanelViewModel memory, QaPanelViewModel qa,
                      Consumer<FindingRow> onFindingChosen) {
        setOrientation(Orientation.VERTICAL);
        setId("sidePanels");
        getStyleClass().add("side-panels");

        TableView<TermRow> glossary = table("glossaryTable", terms, "No glossary terms in this segment");
        glossary.getColumns().add(fixed(column("", TermRow::number), 28));
        glossary.getColumns().add(wrapped(column("Term", TermRow::term)));
        glossary.getColumns().add(wrapped(column("Target", TermRow::targets)));

        ListView<MatchRow> matches = new ListView<>(memory.matches());
        matches.setId("matchList");
        matches.getStyleClass().add("match-list");
        matches.setCellFactory(MatchCell::new);
        Label tmMessage = new Label();
        tmMessage.textProperty().bind(memory.messageProperty());
        matches.setPlaceholder(tmMessage);

        TableView<FindingRow> segmentFindings = table("segmentFindings", qa.segmentFindings(), "No issues in this segment");
        findingColumns(segmentFindings, false);
        fileFindings = table("fileFindings", qa.fileFindings(), "No issues in the file");
        findingColumns(fileFindings, true);
        fileFindings.setRowFactory(table -> {
            TableRow<FindingRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) onFindingChosen.accept(row.getItem());
            });
            return row;
        });
        Label summary = new Label();
        summary.setId("qaSummary");
        summary.getStyleClass().add("pane-label");
        summary.textProperty().bind(qa.summaryProperty());
        Label fileLabel = new Label("File");
        fileLabel.getStyleClass().add("pane-label");
        BorderPane fileHeader = new BorderPane(null, null, summary, null, fileLabel);
        VBox qaBox = new VBox(4, segmentFindings, fileHeader, fileFindings);
        VBox.setVgrow(fileFindings, Priority.ALWAYS);
        segmentFindings.setMinHeight(104);
        segmentFindings.setPrefHeight(104);

        getItems().addAll(titled("Glossary (Ctrl+1…9)", glossary), titled("Translation memory (Ctrl+Shift+1…9)",
                matches), titled("QA", qaBox));
        setDividerPositions(0.28, 0.55);
    }

    public TableView<FindingRow> fileFindings() {
        return fileFindings;
    }

    private static void findingColumns(TableView<FindingRow> table, boolean withNumber) {
        if (withNumber) table.getColumns().add(fixed(column("#", FindingRow::number), 40));
        TableColumn<FindingRow, String> severity = fixed(column("", FindingRow::severity), 64);
        severity.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("severity-error", "severity-warning", "severity-info");
                if (!empty && item != null) getStyleClass().add("severity-" + item);
            }
        });
        table.getColumns().add(severity);
        table.getColumns().add(wrapped(column("Issue", r -> r.check() + ": " + r.message())));
    }

    private static <T> TableView<T> table(String id, ObservableList<T> items, String empty) {
        TableView<T> table = new TableView<>(items);
        table.setId(id);
        table.getStyleClass().add("panel-table");
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, Object> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(String.valueOf(value.apply(cell.getValue()))));
        return column;
    }

    /** Long text wraps in the column (and shows whole in a tooltip). */
    private static <T> TableColumn<T, String> wrapped(TableColumn<T, String> column) {
        column.setCellFactory(WrappedTextCell::new);
        return column;
    }

    private static <T> TableColumn<T, String> fixed(TableColumn<T, String> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    private static TitledPane titled(String title, javafx.scene.Node content) {
        TitledPane pane = new TitledPane(title, content);
        pane.setCollapsible(false);
        pane.setMaxHeight(Double.MAX_VALUE);
        return pane;
    }
}
