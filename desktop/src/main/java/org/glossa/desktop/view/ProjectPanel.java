package org.glossa.desktop.view;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.glossa.desktop.viewmodel.ProjectViewModel;

/** The open project's source files, left of the grid; double-click or Enter opens one. Hidden without a project. */
public final class ProjectPanel extends VBox {

    private final ListView<ProjectViewModel.SourceFile> files;

    public ProjectPanel(ProjectViewModel project, Consumer<Path> onOpen) {
        setId("projectPanel");
        getStyleClass().add("project-panel");
        Label name = new Label();
        name.setId("projectName");
        name.textProperty().bind(project.nameProperty());
        files = new ListView<>(project.sources());
        files.setId("projectFiles");
        files.setPrefWidth(220);
        VBox.setVgrow(files, Priority.ALWAYS);
        files.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) openSelected(onOpen);
        });
        files.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected(onOpen);
            }
        });
        getChildren().addAll(name, files);
        setSpacing(4);
        visibleProperty().bind(project.openProperty());
        managedProperty().bind(project.openProperty());
    }

    public ListView<ProjectViewModel.SourceFile> files() {
        return files;
    }

    private void openSelected(Consumer<Path> onOpen) {
        ProjectViewModel.SourceFile selected = files.getSelectionModel().getSelectedItem();
        if (selected != null) onOpen.accept(selected.file());
    }
}
