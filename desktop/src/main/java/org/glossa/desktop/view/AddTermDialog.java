package org.glossa.desktop.view;

import java.util.Optional;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import org.glossa.desktop.viewmodel.AddTermViewModel;
import org.glossa.desktop.viewmodel.NewTerm;

/** Glossary → Add Term…: source term, target term and a note, prefilled from the selection. */
final class AddTermDialog extends Dialog<ButtonType> {

    private final AddTermViewModel viewModel;

    AddTermDialog(Window owner, AddTermViewModel viewModel) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("Add term");
        setHeaderText(viewModel.destination());
        getDialogPane().setId("addTermDialog");
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(viewModel.validProperty().not());

        TextField source = field("addTermSource", viewModel.sourceProperty().get());
        source.textProperty().bindBidirectional(viewModel.sourceProperty());
        TextField target = field("addTermTarget", viewModel.targetProperty().get());
        target.textProperty().bindBidirectional(viewModel.targetProperty());
        TextField note = field("addTermNote", "");
        note.setPromptText("optional, e.g. usage or context");
        note.textProperty().bindBidirectional(viewModel.noteProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        row(grid, 0, "Source term", source);
        row(grid, 1, "Target term", target);
        row(grid, 2, "Note", note);
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(460);
        TextField first = viewModel.sourceProperty().get().isEmpty() || !viewModel.targetProperty().get().isEmpty()
                ? source : target;
        Platform.runLater(first::requestFocus);
    }

    /** Shows the dialog; the term when the translator pressed OK. */
    Optional<NewTerm> ask() {
        return showAndWait().filter(ButtonType.OK::equals).flatMap(b -> viewModel.term());
    }

    private static TextField field(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    private static void row(GridPane grid, int row, String label, Node field) {
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
    }
}
