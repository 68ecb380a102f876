package org.glossa.desktop.view;

import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.glossa.desktop.viewmodel.FindReplaceViewModel;
import org.glossa.desktop.viewmodel.FindReplaceViewModel.Scope;
import org.glossa.desktop.viewmodel.SegmentStatus;

/**
 * The find and replace bar below the editor, bound to a {@link FindReplaceViewModel}: Enter finds the next match,
 * Shift+Enter the previous one, Enter in the replace field replaces, Escape closes the bar. Hidden until Ctrl+F or
 * Ctrl+H.
 */
public final class FindBar extends VBox {

    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final HBox replaceRow;
    private final Runnable onClose;

    public FindBar(FindReplaceViewModel viewModel, Runnable onClose) {
        this.onClose = onClose;
        setId("findBar");
        getStyleClass().add("find-bar");
        setSpacing(4);

        find.setId("findField");
        find.setPromptText("Find");
        find.textProperty().bindBidirectional(viewModel.queryProperty());
        HBox.setHgrow(find, Priority.ALWAYS);
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) viewModel.findPrevious();
                else viewModel.findNext();
            }
        });
        ChoiceBox<Scope> scope = new ChoiceBox<>();
        scope.setId("findScope");
        scope.getItems().setAll(Scope.values());
        scope.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scope value) {
                return value == null ? "" : switch (value) {
                    case SOURCE -> "Source";
                    case TARGET -> "Target";
                    case BOTH -> "Source and target";
                };
            }

            @Override
            public Scope fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        scope.valueProperty().bindBidirectional(viewModel.scopeProperty());
        CheckBox matchCase = check("Match case", "matchCaseCheck");
        matchCase.selectedProperty().bindBidirectional(viewModel.matchCaseProperty());
        CheckBox words = check("Whole words", "wholeWordsCheck");
        words.selectedProperty().bindBidirectional(viewModel.wholeWordsProperty());
        CheckBox regex = check("Regex", "regexCheck");
        regex.selectedProperty().bindBidirectional(viewModel.regexProperty());
        MenuButton statuses = new MenuButton("Any status");
        statuses.setId("findStatuses");
        for (SegmentStatus status : SegmentStatus.values()) {
            CheckMenuItem item = new CheckMenuItem(status.id());
            item.setId("findStatus-" + status.id());
            item.selectedProperty().addListener((obs, was, now) -> {
                if (now) viewModel.statuses().add(status);
                else viewModel.statuses().remove(status);
            });
            statuses.getItems().add(item);
        }
        viewModel.statuses().addListener((SetChangeListener<SegmentStatus>) c -> statuses.setText(
                viewModel.statuses().isEmpty() ? "Any status" : viewModel.statuses().size() + " statuses"));
        CheckBox issues = check("QA issue", "findQaCheck");
        issues.selectedProperty().bindBidirectional(viewModel.onlyQaIssuesProperty());
        CheckBox terms = check("Glossary term", "findTermCheck");
        terms.selectedProperty().bindBidirectional(viewModel.onlyWithTermsProperty());
        Button previous = button("Previous", "findPreviousButton", viewModel::findPrevious);
        Button next = button("Next", "findNextButton", viewModel::findNext);
        Button close = button("×", "findCloseButton", this::close);
        HBox findRow = new HBox(6, new Label("Find"), find, scope, matchCase, words, regex, statuses, issues, terms,
                previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);

        replace.setId("replaceField");
        replace.setPromptText("Replace with");
        replace.textProperty().bindBidirectional(viewModel.replacementProperty());
        replace.setOnAction(e -> viewModel.replace());
        HBox.setHgrow(replace, Priority.ALWAYS);
        Label message = new Label();
        message.setId("findMessage");
        message.textProperty().bind(viewModel.messageProperty());
        replaceRow = new HBox(6, new Label("Replace"), replace,
                button("Replace", "replaceButton", viewModel::replace),
                button("Replace all", "replaceAllButton", viewModel::replaceAll));
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(findRow, replaceRow, message);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        show(false, false);
    }

    /** Opens the bar (with the replace row when {@code replacing}) with the focus in the find field. */
    public void open(boolean replacing) {
        show(true, replacing);
        find.requestFocus();
        find.selectAll();
    }

    /**
     * Shows the bar (with the replace row when {@code replacing}), leaving the focus where it is (find next,
     * replace all…).
     */
    public void reveal(boolean replacing) {
        show(true, replacing || isVisible() && replaceRow.isVisible());
    }

    public void close() {
        show(false, false);
        onClose.run();
    }

    public TextField findField() {
        return find;
    }

    private void show(boolean visible, boolean replacing) {
        setVisible(visible);
        setManaged(visible);
        replaceRow.setVisible(replacing);
        replaceRow.setManaged(replacing);
    }

    private static CheckBox check(String text, String id) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        return box;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
