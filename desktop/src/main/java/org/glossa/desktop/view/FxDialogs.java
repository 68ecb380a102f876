package org.glossa.desktop.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.glossa.desktop.Dialogs;

/** JavaFX's file and folder choosers, and a small form for a new project. */
public final class FxDialogs implements Dialogs {

    @Override
    public Optional<Path> openFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open document");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> openProject(Window owner) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open project folder");
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<NewProject> newProject(Window owner, String sourceLanguage, String targetLanguage) {
        Dialog<NewProject> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New project");
        dialog.setHeaderText("A folder with sources/, glossaries/, memories/ and glossa-project.properties");
        TextField folder = new TextField();
        folder.setId("projectFolderField");
        folder.setPrefColumnCount(30);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Project folder");
            File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) folder.setText(chosen.getPath());
        });
        TextField source = new TextField(sourceLanguage);
        source.setId("projectSourceField");
        TextField target = new TextField(targetLanguage);
        target.setId("projectTargetField");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Folder"), folder, browse);
        form.addRow(1, new Label("Source language"), source);
        form.addRow(2, new Label("Target language"), target);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(folder.textProperty().isEmpty()
                .or(source.textProperty().isEmpty()).or(target.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button == ButtonType.OK
                ? new NewProject(Path.of(folder.getText().strip()), source.getText().strip(), target.getText().strip())
                : null);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> exportTo(Window owner, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export translated document");
        Path folder = suggested.toAbsolutePath().getParent();
        if (folder != null && Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean exportAnyway(Window owner, String warning) {
        ButtonType anyway = new ButtonType("Export anyway", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, warning, ButtonType.CANCEL, anyway);
        alert.initOwner(owner);
        alert.setTitle("Export translated document");
        alert.setHeaderText("Formatting would be lost");
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        return alert.showAndWait().filter(anyway::equals).isPresent();
    }

    @Override
    public boolean exportIncomplete(Window owner, String warning) {
        return ask(owner, "Export translated document", "The translation is not finished", warning, "Export anyway");
    }

    @Override
    public boolean confirmAnyway(Window owner, String warning) {
        return ask(owner, "Confirm segment", "QA found errors in this segment", warning, "Confirm anyway");
    }

    private static boolean ask(Window owner, String title, String header, String warning, String yes) {
        ButtonType anyway = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, warning, ButtonType.CANCEL, anyway);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(anyway)).setDefaultButton(false);
        return alert.showAndWait().filter(anyway::equals).isPresent();
    }
}
