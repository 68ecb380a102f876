package org.glossa.desktop.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.glossa.core.project.Project;
import org.glossa.core.model.Document;
import org.glossa.core.files.FileKind;
import org.glossa.core.files.FileKindDetector;
import org.glossa.core.glossary.Glossary;
import org.glossa.core.glossary.io.GlossaryReader;
import org.glossa.core.project.ProjectFile;

/**
 * Files dropped onto the window, sorted by what they are: a project (its folder or project file), glossaries
 * (TBX, CSV, TSV) and memories (TMX) to add to the open session, and a document or XLIFF to open (the first one;
 * other folders are ignored).
 */
public record DroppedFiles(Optional<Path> project, List<Path> glossaries, List<Path> memories, Optional<Path> document,
        List<Path> ignored) {
    private static final Set<FileKind> GLOSSARY_KINDS = Set.of(FileKind.TBX, FileKind.CSV, FileKind.TSV);


    public DroppedFiles {
        glossaries = List.copyOf(glossaries);
        memories = List.copyOf(memories);
        ignored = List.copyOf(ignored);
    }

    public static DroppedFiles of(List<Path> files) {
        Path project = null;
        Path document = null;
        List<Path> glossaries = new ArrayList<>();
        List<Path> memories = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean isProject = name.equals(ProjectFile.FILE_NAME)
                    || Files.isDirectory(file) && Files.isRegularFile(file.resolve(ProjectFile.FILE_NAME));
            if (isProject && project == null) project = file;
            else if (FileKindDetector.byName(name).filter(GLOSSARY_KINDS::contains).isPresent()) glossaries.add(file);
            else if (FileKind.TMX.hasExtension(name)) memories.add(file);
            else if (!isProject && !Files.isDirectory(file) && document == null) document = file;
            else ignored.add(file);
        }
        return new DroppedFiles(Optional.ofNullable(project), glossaries, memories, Optional.ofNullable(document),
                ignored);
    }

    /** {@code resources} with these glossaries (read now, for the pair) and memories added. */
    public Resources addTo(Resources resources, String source, String target) {
        List<Glossary> allGlossaries = new ArrayList<>(resources.glossaries());
        allGlossaries.addAll(GlossaryReader.readAll(glossaries, source, target));
        List<Path> allMemories = new ArrayList<>(resources.memories());
        for (Path m : memories) {
            Path abs = m.toAbsolutePath().normalize();
            if (!allMemories.contains(abs)) allMemories.add(abs);
        }
        return new Resources(allGlossaries, allMemories);
    }

    /**
     * The editor's resources with these glossaries and memories added, read for the open document's languages,
     * else the open project's, else {@code source} and {@code target}.
     */
    public Resources addTo(EditorViewModel editor, ProjectViewModel project, String source, String target) {
        String from = editor.document().map(Document::sourceLanguage)
                .or(() -> project.project().map(Project::sourceLanguage)).orElse(source);
        String to = editor.document().flatMap(Document::targetLanguage)
                .or(() -> project.project().map(Project::targetLanguage)).orElse(target);
        return addTo(editor.resources(), from, to);
    }

    /** True when glossaries or memories were dropped. */
    public boolean addsResources() {
        return !glossaries.isEmpty() || !memories.isEmpty();
    }
}
