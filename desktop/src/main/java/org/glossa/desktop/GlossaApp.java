package org.glossa.desktop;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.model.Document;
import org.glossa.desktop.fx.FxAsync;
import org.glossa.desktop.fx.FxScheduler;
import org.glossa.desktop.view.MainWindow;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.Resources;

/**
 * The Glossa desktop application. Start it through {@link DesktopLauncher}, which checks the display first.
 * Arguments: {@code [FILE] [-g GLOSSARY]... [--tm TMX]...} (see {@link LaunchOptions}).
 */
public class GlossaApp extends Application {

    /**
     * Turns a file into a {@link Document}: an XLIFF as it is, other documents extracted (English to German unless
     * the XLIFF says otherwise). Tests may set their own. Failures are shown to the user in a dialog.
     */
    public static Function<Path, Document> documentLoader = path -> Documents.open(path, new ExtractOptions("en", "de"));

    private final LaunchOptions given;
    /**
     * Two workers, so a file-wide QA run (seconds on a long file) does not hold up the current segment's memory
     * lookup and QA. The file list once came out incomplete with two workers: a file check that ended after a newer
     * check of an edited segment overwrote that segment's findings. {@code QaPanelViewModel} now orders results by
     * when their check started (QaPanelRaceTest); the engine itself is safe to share (QaConcurrencyTest).
     */
    private final FxAsync async = new FxAsync(2);
    private EditorViewModel viewModel;
    private Stage stage;
    private MainWindow window;

    public GlossaApp() {
        this(null);
    }

    /** An application with these options instead of the command line's (tests). */
    public GlossaApp(LaunchOptions options) {
        this.given = options;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        LaunchOptions options;
        Resources resources;
        String problem = null;
        try {
            options = options();
            resources = Resources.read(options.glossaries(), options.memories());
        } catch (RuntimeException e) {
            options = LaunchOptions.NONE;
            resources = Resources.NONE;
            problem = message(e);
        }
        viewModel = new EditorViewModel(documentLoader, resources, async, new FxScheduler());
        window = new MainWindow(viewModel, this::chooseAndOpen, this::save, Platform::exit);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) autosave();
        });
        stage.setOnCloseRequest(e -> viewModel.close());
        stage.show();
        if (problem != null) showError("Could not start with the given files", problem);
        options.file().ifPresent(this::open);
    }

    @Override
    public void stop() {
        if (viewModel != null) viewModel.close();
        async.shutdown();
    }

    public EditorViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    /** Opens {@code path} (see {@link EditorViewModel#open}); a failure is reported in an alert. */
    public void open(Path path) {
        try {
            viewModel.open(path);
        } catch (RuntimeException e) {
            showError("Could not open " + fileName(path), message(e));
            return;
        }
        window.editor().focusTarget();
    }

    private void save() {
        try {
            if (!viewModel.save()) showError("Nothing to save", "Open a document first (File → Open…).");
        } catch (RuntimeException e) {
            showError("Could not save", message(e));
        }
    }

    private void autosave() {
        try {
            viewModel.autosaveInBackground();
        } catch (RuntimeException e) {
            showError("Autosave failed", message(e));
        }
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open document");
        File file = chooser.showOpenDialog(stage);
        if (file != null) open(file.toPath());
    }

    private void showError(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(EditorViewModel.APP_NAME);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.showAndWait();
    }

    private LaunchOptions options() {
        if (given != null) return given;
        Parameters parameters = getParameters();
        List<String> raw = parameters == null ? List.of() : parameters.getRaw();
        return LaunchOptions.parse(raw);
    }

    private static String message(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
