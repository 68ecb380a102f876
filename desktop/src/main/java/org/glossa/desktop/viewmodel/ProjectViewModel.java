package org.glossa.desktop.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.extract.Documents;
import org.glossa.core.extract.ExtractOptions;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.TermAnnotator;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.model.Document;
import org.glossa.core.project.Project;
import org.glossa.core.project.ProjectFile;
import org.glossa.core.tm.PreTranslator;
import org.glossa.core.tm.index.TranslationMemory;
import org.glossa.core.xliff.XliffWriter;

/**
 * The open project (File → New Project…, Open Project…): its source files for the project panel, and where each
 * one's XLIFF is. A source is translated in {@code OUTPUT/xliff/<its path in the project>.xlf}, the file
 * {@code glossa run} writes: opening a source opens that XLIFF, and extracts it first when it does not exist yet
 * (the project's languages, glossary terms marked, targets pre-translated from the memories, as {@code glossa run}
 * does). Confirmed segments go to {@code PROJECT/memories/project.tmx} ({@link ProjectMemory}).
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
                .map(f -> new SourceFile(f, relative(f).toString().replace('\\', '/'), Files.exists(xliffOf(f))))
                .toList());
    }

    public Optional<Project> project() {
        return Optional.ofNullable(project);
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

    /** The project file (for the recent files). */
    public Optional<Path> projectFile() {
        return project().map(p -> p.folder().resolve(ProjectFile.FILE_NAME));
    }

    /** Where {@code source}'s XLIFF is: OUTPUT/xliff/&lt;its path relative to the project folder&gt;.xlf. */
    public Path xliffOf(Path source) {
        Project p = require();
        Path rel = relative(source);
        return p.xliffFolder().resolve(rel.resolveSibling(rel.getFileName() + ".xlf")).normalize();
    }

    /** True when {@code file} is one of the project's XLIFF files. */
    public boolean holds(Path file) {
        return project != null && file.toAbsolutePath().normalize().startsWith(project.xliffFolder());
    }

    /**
     * The XLIFF to open for {@code source}: the existing one, or a new extraction written there (atomically).
     */
    public Path prepare(Path source) throws IOException {
        Project p = require();
        Path xliff = xliffOf(source);
        if (Files.exists(xliff)) return xliff;
        Document doc = Documents.open(source, new ExtractOptions(p.sourceLanguage(), p.targetLanguage()));
        List<Glossary> glossaries = glossaries(p);
        if (!glossaries.isEmpty()) {
            doc = new TermAnnotator(glossaries, p.sourceLanguage(), p.targetLanguage()).annotate(doc);
        }
        List<Path> memories = memories();
        if (!memories.isEmpty()) {
            try (TranslationMemory tm = TranslationMemory.open(memories, p.sourceLanguage(), p.targetLanguage())) {
                doc = new PreTranslator(tm, p.tmThreshold(), 3).apply(doc, stats -> { });
            }
        }
        XliffWriter.write(doc, p.xliff(), xliff);
        refresh();
        return xliff;
    }

    /** The project's glossaries and memories (its memory file too, when it exists and the project file leaves it out). */
    public Resources resources() {
        Project p = require();
        return new Resources(glossaries(p), memories());
    }

    /** The memory confirmed segments go to, written through {@code writer}. */
    public ProjectMemory memory(Async writer) {
        Project p = require();
        return new ProjectMemory(memoryFile(), p.sourceLanguage(), p.targetLanguage(), writer);
    }

    /** PROJECT/memories/project.tmx. */
    public Path memoryFile() {
        return require().folder().resolve(ProjectMemory.PROJECT_FILE);
    }

    private List<Path> memories() {
        Set<Path> all = new LinkedHashSet<>();
        for (Path m : require().memories()) if (Files.isRegularFile(m)) all.add(m);
        if (Files.isRegularFile(memoryFile())) all.add(memoryFile());
        return new ArrayList<>(all);
    }

    private static List<Glossary> glossaries(Project p) {
        List<Glossary> out = new ArrayList<>();
        for (Path g : p.glossaries()) out.add(GlossaryReader.read(g, p.sourceLanguage(), p.targetLanguage()));
        return out;
    }

    private Path relative(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        Path folder = require().folder();
        return abs.startsWith(folder) ? folder.relativize(abs) : abs.getFileName();
    }

    private Project require() {
        if (project == null) throw new IllegalStateException("no project is open");
        return project;
    }
}
