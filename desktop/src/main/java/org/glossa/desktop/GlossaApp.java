package org.glossa.desktop;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.glossa.core.model.Document;
import org.glossa.desktop.view.MainWindow;
import org.glossa.desktop.viewmodel.EditorViewModel;

/**
 * The Glossa desktop application. Start it through {@link DesktopLauncher}, which checks the display first.
 * The first command-line argument, when present, names a file; for now only its name is shown in the title.
 */
public class GlossaApp extends Application {

    /**
     * Turns a file into a {@link Document} (the launcher sets it to core's document opener; tests set their own).
     * Failures are shown to the user in a dialog.
     */
    public static Function<Path, Document> documentLoader = path -> {
        throw new UnsupportedOperationException("opening files arrives with the editor issue");
    };

    private final EditorViewModel viewModel = new EditorViewModel();
    private Stage stage;
    private MainWindow window;

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        window = new MainWindow(viewModel, this::chooseAndOpen, Platform::exit);
        Scene scene = new Scene(window, 1000, 640);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.show();
        fileArgument().ifPresent(this::open);
    }

    public EditorViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    /** Loads {@code path} with {@link #documentLoader} and shows it; a failure is reported in an alert. */
    public void open(Path path) {
        Document document;
        try {
            document = documentLoader.apply(path);
        } catch (RuntimeException e) {
            showOpenError(path, e);
            return;
        }
        viewModel.load(document);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open document");
        File file = chooser.showOpenDialog(stage);
        if (file != null) open(file.toPath());
    }

    private void showOpenError(Path path, RuntimeException e) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(EditorViewModel.APP_NAME);
        alert.setHeaderText("Could not open " + fileName(path));
        alert.setContentText(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
        alert.showAndWait();
    }

    private Optional<Path> fileArgument() {
        Parameters parameters = getParameters();
        List<String> unnamed = parameters == null ? List.of() : parameters.getUnnamed();
        return unnamed.stream().findFirst().map(Path::of);
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
