package org.glossa.desktop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

import org.glossa.desktop.view.LayoutKeeper;
import org.glossa.desktop.view.MainWindow;
import org.glossa.desktop.view.ProjectPanel;
import org.glossa.desktop.viewmodel.AppearanceViewModel;
import org.glossa.desktop.viewmodel.Async;
import org.glossa.desktop.viewmodel.DocumentSession;
import org.glossa.desktop.viewmodel.DroppedFiles;
import org.glossa.desktop.viewmodel.EditorViewModel;
import org.glossa.desktop.viewmodel.Exporter;
import org.glossa.desktop.viewmodel.Messages;
import org.glossa.desktop.viewmodel.ProjectMemory;
import org.glossa.desktop.viewmodel.ProjectViewModel;
import org.glossa.desktop.viewmodel.RecentFiles;
import org.glossa.desktop.viewmodel.Resources;
import org.glossa.desktop.viewmodel.ServerConnector;
import org.glossa.desktop.viewmodel.Settings;
import org.glossa.desktop.viewmodel.WindowLayout;

/**
 * What the editor does around the document: opening (recent files, drag and drop), projects, export, and the
 * remembered layout and recent files in the {@link Settings}. Failures are one-line alerts or status messages.
 */
public final class Workspace {

    private final Stage stage;
    private final MainWindow window;
    private final EditorViewModel editor;
    private final Settings settings;
    private final Dialogs dialogs;
    private final Async writer;
    /** Reads the documents to open (its own thread: the workers may be busy with a file-wide QA run). */
    private final Async reader;
    /** Counts the documents opened, so that only the last one asked for is shown. */
    private int opening;
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private final LaunchOptions options;
    private final BiConsumer<String, String> errors;
    private final RecentFiles recent;
    private final ProjectViewModel project = new ProjectViewModel();
    private final LayoutKeeper layout;
    private final Menu recentMenu = new Menu("Open Recent");
    private Optional<ProjectMemory> projectMemory = Optional.empty();
    private final ServerConnector servers;

    /** The header of the alert when a project's server memories or termbases cannot be used as they are. */
    public static final String SERVER_PROBLEM = "The Glossa server cannot be used yet";

    /**
     * @param errors shows a failure: a header and a one-line text
     */
    public Workspace(Stage stage, MainWindow window, EditorViewModel editor, Settings settings, Dialogs dialogs,
            Async writer, Async reader, LaunchOptions options, ServerConnector servers,
            BiConsumer<String, String> errors) {
        this.stage = stage;
        this.window = window;
        this.editor = editor;
        this.settings = settings;
        this.dialogs = dialogs;
        this.writer = writer;
        this.reader = reader;
        this.options = options;
        this.errors = errors;
        this.servers = servers;
        window.installComfort(new AppearanceViewModel(settings));
        window.guardConfirm(warning -> dialogs.confirmAnyway(stage, warning));
        this.recent = new RecentFiles(settings);
        this.layout = new LayoutKeeper(stage, window);
    }

    /** Adds the File items and the project panel, restores the layout (call before the stage is shown). */
    public void install(Scene scene) {
        recentMenu.setId("openRecentMenu");
        recentMenu.setOnShowing(e -> recent.dropMissing());
        recent.files().addListener((ListChangeListener<Path>) c -> fillRecentMenu());
        fillRecentMenu();
        window.installWorkspace(
                List.of(recentMenu, new SeparatorMenuItem(),
                        item("New Project…", "newProjectMenuItem", null, this::newProject),
                        item("Open Project…", "openProjectMenuItem", null, this::chooseProject),
                        new SeparatorMenuItem()),
                List.of(item("Export Translated Document…", "exportMenuItem", "Shortcut+E", this::export)),
                new ProjectPanel(project, this::openSource));
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<Path> files = e.getDragboard().hasFiles()
                    ? e.getDragboard().getFiles().stream().map(f -> f.toPath()).toList() : List.of();
            e.setDropCompleted(!files.isEmpty());
            e.consume();
            if (!files.isEmpty()) Platform.runLater(() -> drop(files)); // after the drag gesture has ended
        });
        stage.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) reloadProject(); // files may have been copied into sources/ meanwhile
        });
        WindowLayout.read(settings).ifPresent(layout::apply);
    }

    private void reloadProject() {
        try {
            project.reload();
        } catch (IOException | RuntimeException e) {
            editor.tell("Could not read the project again: " + message(e));
        }
    }

    /** True while a document is being prepared or read (see {@link #openSource}, {@link #open}). */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    public RecentFiles recent() {
        return recent;
    }

    public ProjectViewModel project() {
        return project;
    }

    // ---- opening ----

    /**
     * Opens a project (its folder or project file) or a document; the recent files list it. A document is read by
     * the reader (off the UI thread: a 10,000-segment XLIFF takes a second or more) while the status line says
     * "Opening…", then shown; a failure is an alert. The window stays responsive meanwhile.
     *
     * @return false when a project could not be opened; true for a document (its reading has started)
     */
    public boolean open(Path file) {
        if (ProjectViewModel.isProject(file)) return openProject(file);
        int ticket = ++opening;
        reading.set(true);
        editor.tell("Opening " + fileName(file) + "…");
        Resources using = editor.resources();
        // a project's word list is in its folder (else beside the document): see EditorAids
        editor.aids().useProjectOf(project, file);
        reader.run(() -> editor.read(file, using), read -> {
            if (ticket != opening) return; // a file opened later wins
            try {
                // confirmed segments go to the project memory only from the project's own XLIFF files
                editor.useProjectMemory(projectMemory.filter(m -> project.holds(file)));
                // confirmations fill the repetitions of the project's other documents too
                editor.useProjectRepetitions(project.otherDocuments(file));
                editor.open(file, read);
            } catch (RuntimeException e) {
                reading.set(false);
                errors.accept("Could not open " + fileName(file), message(e));
                return;
            }
            remember(file);
            window.editor().focusTarget();
            reading.set(false);
        }, failure -> {
            if (ticket != opening) return;
            reading.set(false);
            editor.tell("");
            errors.accept("Could not open " + fileName(file), message(failure));
        });
        return true;
    }

    /**
     * Opens the project of {@code folderOrFile}: its sources in the panel, its glossaries and memories in use. The
     * project open so far is left cleanly first (see {@link #leaveProject}).
     */
    public boolean openProject(Path folderOrFile) {
        return openProject(folderOrFile, new ArrayList<>());
    }

    /** @param done what leaving the previous project did, for the status line */
    private boolean openProject(Path folderOrFile, List<String> done) {
        if (!leaveProject(done)) return false;
        List<String> serverProblems;
        try {
            project.open(folderOrFile);
            projectMemory = Optional.of(project.memory(writer));
            editor.useProjectMemory(Optional.empty()); // until one of its files is opened
            serverProblems = servers.useProject(project);
            editor.useResources(project.resources());
        } catch (IOException | RuntimeException e) {
            errors.accept("Could not open the project " + fileName(folderOrFile), message(e));
            return false;
        }
        if (!serverProblems.isEmpty()) errors.accept(SERVER_PROBLEM, serverProblem(serverProblems, servers));
        remember(project.projectFile().orElseThrow());
        done.add(project.openedMessage());
        editor.tell(String.join(". ", done));
        return true;
    }

    /**
     * The text of the alert when server memories or termbases cannot be used as they are: one line each (its URL, and
     * how to give a token, or why the URL is not one), and what happens to the confirmations meanwhile.
     */
    public static String serverProblem(List<String> problems, ServerConnector servers) {
        String all = String.join("\n", problems);
        if (servers.current().isEmpty()) return all; // a malformed URL: nothing is connected
        return all + "\n\nConfirmed segments wait on this computer and go to the server once it accepts a token"
                + " (the status bar shows how many wait).";
    }

    /**
     * Opens a project source: its XLIFF in the project's output, prepared first (extracted, or extracted again when
     * the source changed, its translations carried over) by the reader, off the UI thread, as {@code glossa run}
     * prepares it. Translations that could not be carried over are an alert.
     */
    public void openSource(Path source) {
        int ticket = ++opening;
        reading.set(true);
        editor.tell("Preparing " + fileName(source) + "…");
        project.prepare(source, reader, prepared -> {
            if (ticket != opening) return; // a file opened later wins
            prepared.carried().ifPresent(line -> {
                if (prepared.lost()) errors.accept("Some translations were not carried over", line);
            });
            open(prepared.xliff());
            prepared.carried().filter(line -> !prepared.lost()).ifPresent(editor::tell);
        }, failure -> {
            if (ticket != opening) return;
            reading.set(false);
            editor.tell("");
            errors.accept("Could not extract " + fileName(source), message(failure));
        });
    }

    /** Files dropped on the window (see {@link DroppedFiles}). */
    public void drop(List<Path> files) {
        DroppedFiles dropped = DroppedFiles.of(files);
        dropped.project().ifPresent(this::openProject);
        if (dropped.addsResources()) {
            try {
                editor.useResources(dropped.addTo(editor, project, options.sourceLanguage(), options.targetLanguage()));
            } catch (RuntimeException e) {
                errors.accept("Could not add the dropped files", message(e));
                return;
            }
            List<String> added = new ArrayList<>();
            dropped.glossaries().forEach(g -> added.add("glossary " + fileName(g)));
            dropped.memories().forEach(m -> added.add("memory " + fileName(m)));
            editor.tell("Added " + String.join(", ", added));
        }
        dropped.document().ifPresent(this::open);
    }

    // ---- menu actions ----

    public void chooseAndOpen() {
        dialogs.openFile(stage).ifPresent(this::open);
    }

    private void chooseProject() {
        dialogs.openProject(stage).ifPresent(this::openProject);
    }

    private void newProject() {
        Optional<Dialogs.NewProject> asked = dialogs.newProject(stage, options.sourceLanguage(),
                options.targetLanguage());
        if (asked.isEmpty()) return;
        Dialogs.NewProject p = asked.get();
        List<String> done = new ArrayList<>();
        if (!leaveProject(done)) return;
        try {
            project.create(p.folder(), p.sourceLanguage(), p.targetLanguage());
        } catch (IOException | RuntimeException e) {
            errors.accept("Could not create the project", message(e));
            return;
        }
        openProject(p.folder(), done);
    }

    /**
     * Before another project is opened: the open document of the current project is saved and closed (it must not
     * go on with the other project's glossaries, memories and project memory), and the confirmed segments still
     * waiting for the current project memory are written. A document from outside the project stays open.
     *
     * @param done gets what was done, for the status line
     * @return false, after an alert, when the document could not be saved (it stays open, the project too)
     */
    private boolean leaveProject(List<String> done) {
        Optional<Path> inProject = editor.session().filter(DocumentSession::hasFile).map(DocumentSession::workFile)
                .filter(project::holds);
        if (inProject.isPresent()) {
            try {
                editor.closeDocument();
            } catch (RuntimeException e) {
                errors.accept("Could not save " + fileName(inProject.get()), message(e));
                return false;
            }
            done.add("Saved and closed " + fileName(inProject.get()) + " of project "
                    + project.nameProperty().get());
        }
        projectMemory.ifPresent(this::writePending);
        return true;
    }

    private void writePending(ProjectMemory memory) {
        try {
            memory.writePending();
        } catch (IOException | RuntimeException e) {
            editor.tell("Could not write " + memory.file() + ": " + message(e));
        }
    }

    /**
     * Merges the open document back into its format, to a file the user picks (Ctrl+E). While a confirmed segment
     * lacks inline codes of its source ({@link EditorViewModel#exportWarning()}), or while segments are untranslated
     * or QA found errors ({@link EditorViewModel#incompleteWarning()}), the user is asked first.
     */
    public void export() {
        Optional<DocumentSession> session = editor.session().filter(DocumentSession::hasFile);
        if (session.isEmpty()) {
            errors.accept("Nothing to export", "Open a document first (File → Open…).");
            return;
        }
        Optional<String> cannot = Exporter.cannotExport(session.get().document());
        if (cannot.isPresent()) {
            editor.tell(cannot.get());
            return;
        }
        Optional<String> warning = editor.exportWarning();
        if (warning.isPresent() && !dialogs.exportAnyway(stage, warning.get())) {
            editor.tell("Not exported: " + warning.get());
            return;
        }
        Optional<String> incomplete = editor.incompleteWarning();
        if (incomplete.isPresent() && !dialogs.exportIncomplete(stage, incomplete.get())) {
            editor.tell("Not exported: " + incomplete.get());
            return;
        }
        Optional<Path> target = dialogs.exportTo(stage, project.suggestedExportTarget(session.get()));
        if (target.isEmpty()) return;
        try {
            Exporter.export(session.get(), target.get());
        } catch (IOException | RuntimeException e) {
            editor.tell("Export failed: " + message(e));
            errors.accept("Could not export " + fileName(target.get()), message(e));
            return;
        }
        editor.tell("Exported " + target.get());
    }

    // ---- closing ----

    /**
     * Before the window closes: writes the confirmed segments still waiting for the project memory (on this
     * thread, after a write in progress) and the settings. Failures are status messages.
     */
    public void close() {
        projectMemory.ifPresent(this::writePending);
        saveSettings();
    }

    // ---- settings ----

    /** Writes the layout and the recent files to the settings file; a failure is a status message. */
    public void saveSettings() {
        layout.current().writeTo(settings);
        try {
            settings.save();
        } catch (IOException | UncheckedIOException e) {
            editor.tell("Could not save the settings " + settings.file() + ": " + message(e));
        }
    }

    private void remember(Path file) {
        recent.add(file);
        saveSettings();
    }

    private void fillRecentMenu() {
        List<MenuItem> items = new ArrayList<>();
        List<Path> files = recent.files();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path parent = file.getParent();
            items.add(item(fileName(file) + (parent == null ? "" : "  —  " + parent), "recentFile" + (i + 1), null,
                    () -> open(file)));
        }
        if (items.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            items.add(none);
        }
        recentMenu.getItems().setAll(items);
    }

    private static MenuItem item(String text, String id, String shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (shortcut != null) item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> action.run());
        return item;
    }

    static String message(Throwable e) {
        return Messages.oneLine(e);
    }

    static String fileName(Path path) {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
