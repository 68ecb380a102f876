package org.glossa.desktop;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

import org.glossa.client.Credentials;
import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.io.LockFile;
import org.glossa.core.model.Document;
import org.glossa.desktop.fx.FxAsync;
import org.glossa.desktop.fx.FxScheduler;
import org.glossa.desktop.view.FxDialogs;
import org.glossa.desktop.view.MainWindow;
import org.glossa.desktop.viewmodel.ConfirmationJournal;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.Resources;
import org.glossa.desktop.viewmodel.ServerConnector;
import org.glossa.desktop.viewmodel.Settings;

/**
 * The Glossa desktop application. Start it through {@link DesktopLauncher}, which checks the display first.
 * Arguments: {@code [FILE] [-s SRC] [-t TGT] [-g GLOSSARY|TERMBASE_URL]... [--tm TMX|MEMORY_URL]...} (see
 * {@link LaunchOptions}).
 */
public class GlossaApp extends Application {

    /**
     * Turns a file into a {@link Document} instead of the default (an XLIFF as it is, other documents extracted
     * with the options' languages, English to German unless given); tests may set their own. Null: the default.
     */
    public static Function<Path, Document> documentLoader;

    private final LaunchOptions given;
    private final Path settingsFile;
    private final Dialogs dialogs;
    /** The tokens of Glossa servers ({@code --tm http://…}, {@code -g http://…}). */
    private final Credentials credentials;
    /** Where the queues of confirmations for server memories are kept. */
    private final Path journalFolder;
    /** Sends confirmations to a server: a thread of its own, so a server that does not answer holds up nothing else. */
    private final FxAsync serverWriter = new FxAsync(1, "glossa-server");
    /** Waits for a server's change events. */
    private final FxAsync serverEvents = new FxAsync(1, "glossa-events");
    /** Autosaves and memory updates: one writer thread, so writes never overlap and never wait behind a lookup. */
    private final FxAsync writer = new FxAsync(1, "glossa-writer");
    private Workspace workspace;
    /**
     * Two workers, so a file-wide QA run (seconds on a long file) does not hold up the current segment's memory
     * lookup and QA. The file list once came out incomplete with two workers: a file check that ended after a newer
     * check of an edited segment overwrote that segment's findings. {@code QaPanelViewModel} now orders results by
     * when their check started (QaPanelRaceTest); the engine itself is safe to share (QaConcurrencyTest).
     */
    private final FxAsync async = new FxAsync(2);
    /** Reads the documents being opened, so the window does not freeze while a long file is read. */
    private final FxAsync reader = new FxAsync(1, "glossa-reader");
    /** Loads the spelling dictionary and checks the target as one types: never behind a file-wide QA run. */
    private final FxAsync speller = new FxAsync(1, "glossa-spelling");
    private EditorViewModel viewModel;
    private Stage stage;
    private MainWindow window;

    public GlossaApp() {
        this(null);
    }

    /** An application with these options instead of the command line's (tests). */
    public GlossaApp(LaunchOptions options) {
        this(options, Settings.defaultFile(), new FxDialogs());
    }

    /** An application with these options, settings file and dialogs (tests). */
    public GlossaApp(LaunchOptions options, Path settingsFile, Dialogs dialogs) {
        this(options, settingsFile, dialogs, Credentials.ofUser(), ConfirmationJournal.defaultFolder());
    }

    /**
     * An application with these options, settings file and dialogs, server tokens and folder of the server write
     * queues (tests).
     */
    public GlossaApp(LaunchOptions options, Path settingsFile, Dialogs dialogs, Credentials credentials,
            Path journalFolder) {
        this.given = options;
        this.settingsFile = settingsFile;
        this.dialogs = dialogs;
        this.credentials = credentials;
        this.journalFolder = journalFolder;
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        LaunchOptions options;
        Resources resources;
        String problem = null;
        try {
            options = options();
            resources = Resources.read(options.glossaries(), options.memories(), options.sourceLanguage(),
                    options.targetLanguage());
        } catch (RuntimeException e) {
            options = LaunchOptions.NONE;
            resources = Resources.NONE;
            problem = message(e);
        }
        Settings settings;
        try {
            settings = Settings.load(settingsFile);
        } catch (RuntimeException e) {
            settings = Settings.empty(settingsFile);
            problem = (problem == null ? "" : problem + "; ") + message(e);
        }
        LaunchOptions languages = options;
        Function<Path, Document> loader = documentLoader != null ? documentLoader
                : path -> Documents.open(path, new ExtractOptions(languages.sourceLanguage(), languages.targetLanguage()));
        viewModel = new EditorViewModel(loader, resources, async, writer, speller, new FxScheduler());
        ServerConnector servers = new ServerConnector(viewModel, credentials, journalFolder, serverWriter,
                serverEvents, new ServerConnector.Urls(options.serverMemories(), options.serverTermbases()));
        List<String> serverProblems = servers.start();
        // "waiting for TM.tmx (locked by another Glossa process)": waits happen on the worker threads, shown on the FX thread
        EditorViewModel told = viewModel;
        LockFile.reportWaitsTo(message -> Platform.runLater(() -> told.tell(message)));
        window = new MainWindow(viewModel, () -> workspace.chooseAndOpen(), this::save, Platform::exit);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        workspace = new Workspace(stage, window, viewModel, settings, dialogs, writer, reader, options, servers,
                this::showError);
        workspace.install(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(scene);
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) autosave();
        });
        stage.setOnCloseRequest(e -> {
            workspace.close();
            viewModel.close();
        });
        stage.show();
        if (problem != null) showError("Could not start with the given files", problem);
        if (!serverProblems.isEmpty()) showError(Workspace.SERVER_PROBLEM,
                Workspace.serverProblem(serverProblems, servers));
        options.file().ifPresent(this::open);
        warmUp(resources, options);
    }

    /** See {@link Warmup}: on a worker, while the window shows (or the launch file is read on the reader). */
    private void warmUp(Resources resources, LaunchOptions options) {
        async.run(() -> Warmup.run(resources, options.sourceLanguage(), options.targetLanguage()), done -> {
        }, failure -> System.getLogger(GlossaApp.class.getName()).log(System.Logger.Level.WARNING,
                "warm-up failed (opening a file still works, only slower the first time)", failure));
    }

    @Override
    public void stop() {
        if (workspace != null) workspace.close();
        if (viewModel != null) viewModel.close();
        async.shutdown();
        writer.shutdown();
        reader.shutdown();
        speller.shutdown();
        serverWriter.shutdown();
        serverEvents.shutdown();
    }

    public Workspace workspace() {
        return workspace;
    }

    public EditorViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    /** Opens a document, XLIFF or project (see {@link Workspace#open}); a failure is reported in an alert. */
    public void open(Path path) {
        workspace.open(path);
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
            viewModel.autosave();
        } catch (RuntimeException e) {
            showError("Autosave failed", message(e));
        }
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
        return Workspace.message(e);
    }
}
