package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.extract.SourcePreparation;
import org.glossa.core.project.Project;
import org.glossa.core.project.ProjectFile;

/**
 * The open project (File → New Project…, Open Project…): its source files for the project panel, and where each
 * one's XLIFF is. A source is translated in {@code OUTPUT/xliff/<its path in the project>.xlf}, the file
 * {@code glossa run} writes: opening a source opens that XLIFF, prepared first by core's {@link SourcePreparation}
 * (the same bytes as {@code glossa run}) when it does not exist yet or the source changed since (its translations
 * carried over). Confirmed segments go to {@code PROJECT/memories/project.tmx} ({@link ProjectMemory}).
 */
public final class ProjectViewModel {

    /** One source file as the panel lists it: its path relative to the project folder, and whether it has an XLIFF. */
    public record SourceFile(Path file, String label, boolean started) {
        @Override
        public String toString() {
            return label + (started ? "" : "  (new)");
        }
    }

    private final ObservableList<SourceFile> sources = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private Project project;

    /** Creates a project in {@code folder} (the files of {@code glossa project init}) and opens it. */
    public Project create(Path folder, String source, String target) throws IOException {
        ProjectFile.init(folder, source, target);
        return open(folder);
    }

    /** Opens the project of {@code folderOrFile} (a project folder or its {@value ProjectFile#FILE_NAME}). */
    public Project open(Path folderOrFile) throws IOException {
        project = ProjectFile.read(folderOrFile.toAbsolutePath().normalize());
        name.set(project.name());
        open.set(true);
        refresh();
        return project;
    }

    /** Reads the project file again and lists the sources (files may have been added, XLIFF written since). */
    public void reload() throws IOException {
        if (project == null) return;
        project = ProjectFile.read(project.folder());
        name.set(project.name());
        refresh();
    }

    private void refresh() {
        sources.setAll(project.sources().stream()
                .map(f -> new SourceFile(f, project.relative(f).toString().replace('\\', '/'), Files.exists(xliffOf(f))))
                .toList());
    }

    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    /** The open project's folder (its word lists are there, see {@link EditorAids#useProjectOf}). */
    public Optional<Path> folder() {
        return project().map(Project::folder);
    }

    public ObservableList<SourceFile> sources() {
        return sources;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Whether {@code file} is a project: its {@value ProjectFile#FILE_NAME}, or a folder that holds one. */
    public static boolean isProject(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().equals(ProjectFile.FILE_NAME)
                || Files.isDirectory(file) && Files.isRegularFile(file.resolve(ProjectFile.FILE_NAME));
    }

    /**
     * What the status line says of the open project: "Opened project NAME: N source files, en → de; confirmed
     * segments go to PATH; …".
     */
    public String openedMessage() {
        Project opened = require();
        int count = opened.sources().size();
        return "Opened project " + opened.name() + ": " + count
                + (count == 1 ? " source file, " : " source files, ") + opened.sourceLanguage() + " → "
                + opened.targetLanguage() + "; confirmed segments go to " + opened.folder().relativize(memoryFile())
                + (count == 0 ? "; put source files in its sources folder" : "; double-click a source to open it");
    }

    /** Where Ctrl+E suggests exporting {@code session}'s document: in the project's output when it is the project's. */
    public Path suggestedExportTarget(DocumentSession session) {
        return Exporter.suggestedTarget(session, project().filter(p -> holds(session.workFile())));
    }

    /** The project file (for the recent files). */
    public Optional<Path> projectFile() {
        return project().map(p -> p.folder().resolve(ProjectFile.FILE_NAME));
    }

    /** Where {@code source}'s XLIFF is: OUTPUT/xliff/&lt;its path relative to the project folder&gt;.xlf. */
    public Path xliffOf(Path source) {
        return require().xliffOf(source);
    }

    /** True when {@code file} is one of the project's XLIFF files. */
    public boolean holds(Path file) {
        return project != null && file.toAbsolutePath().normalize().startsWith(project.xliffFolder());
    }

    /**
     * The XLIFF files of the project's other documents when {@code file} is one of the project's XLIFF files (the
     * sources prepared so far, {@code file} left out); none when it is not.
     */
    public List<Path> otherDocuments(Path file) {
        if (!holds(file)) return List.of();
        Path open = file.toAbsolutePath().normalize();
        return project.sources().stream().map(project::xliffOf).map(p -> p.toAbsolutePath().normalize())
                .filter(p -> !p.equals(open) && Files.isRegularFile(p)).toList();
    }

    /**
     * A source made ready to open.
     *
     * @param xliff   its XLIFF in the project's output
     * @param carried when the XLIFF was prepared again over an earlier one: what happened to its translations
     *                ("article.txt: 36 translations carried over, 2 not (source changed)")
     * @param lost    true when some translations could not be carried over (the earlier XLIFF is kept as .bak)
     */
    public record PreparedSource(Path xliff, Optional<String> carried, boolean lost) {
    }

    /**
     * Prepares {@code source} on {@code worker} (off the UI thread: extraction, the memory index and pre-translation
     * take seconds), then lists the sources again and hands the result to {@code onReady} on the calling side.
     */
    public void prepare(Path source, Async worker, Consumer<PreparedSource> onReady, Consumer<Throwable> onFailure) {
        Project p = require();
        worker.run(() -> prepare(p, source), prepared -> {
            refresh();
            onReady.accept(prepared);
        }, onFailure);
    }

    /** As {@link #prepare(Path, Async, Consumer, Consumer)}, on the calling thread; returns the XLIFF to open. */
    public Path prepare(Path source) throws IOException {
        PreparedSource prepared = prepare(require(), source);
        refresh();
        return prepared.xliff();
    }

    /**
     * The XLIFF to open for {@code source}, prepared by {@link SourcePreparation} as {@code glossa run} prepares it:
     * the existing one when it is up to date, else a new one (atomically) with the earlier one's translations carried
     * over. Touches no observable state: safe on a worker thread.
     */
    private static PreparedSource prepare(Project p, Path source) throws IOException {
        SourcePreparation.Settings settings = SourcePreparation.Settings.of(p);
        Path xliff = p.xliffOf(source);
        if (settings.upToDate(source, xliff)) return new PreparedSource(xliff, Optional.empty(), false);
        try (SourcePreparation preparation = SourcePreparation.open(settings)) {
            SourcePreparation.Outcome outcome = preparation.preparer().prepare(source, xliff, true);
            if (outcome instanceof SourcePreparation.Written w && w.carried().any()) {
                String line = p.relative(source).toString().replace('\\', '/') + ": " + w.carried().describe()
                        + w.kept().map(k -> "; the earlier XLIFF is kept as " + k.getFileName()).orElse("");
                return new PreparedSource(xliff, Optional.of(line), w.carried().notCarried() > 0);
            }
            return new PreparedSource(xliff, Optional.empty(), false);
        }
    }

    /**
     * The project's glossaries (read with its languages) and the memories its sources are pre-translated from (its
     * memory files and memories/project.tmx): the same set as {@code glossa run}.
     */
    public Resources resources() {
        SourcePreparation.Settings settings = SourcePreparation.Settings.of(require());
        return new Resources(settings.readGlossaries(), settings.memorySet());
    }

    /**
     * The project's memories and termbases on a Glossa server (the URL entries of its project file, in its order;
     * none while no project is open): what {@link ServerConnector} connects the editor to.
     */
    public ServerConnector.Urls serverUrls() {
        return project().map(p -> new ServerConnector.Urls(p.memoryUrls(), p.glossaryUrls()))
                .orElse(ServerConnector.Urls.NONE);
    }

    /** The memory confirmed segments go to, written through {@code writer}. */
    public ProjectMemory memory(Async writer) {
        Project p = require();
        return new ProjectMemory(memoryFile(), p.sourceLanguage(), p.targetLanguage(), writer);
    }

    /** PROJECT/memories/project.tmx. */
    public Path memoryFile() {
        return require().memoryFile();
    }

    private Project require() {
        if (project == null) throw new IllegalStateException("no project is open");
        return project;
    }
}
