package org.glossa.desktop.viewmodel;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;

import org.glossa.core.project.Project;
import org.glossa.core.qa.check.HouseStyle;
import org.glossa.core.spelling.WordList;

/**
 * The translator's aids around the target editor (issue 18): spelling as one types ({@link SpellingViewModel}: the
 * target checked on every change, the source's words known), the concordance search ({@link ConcordanceViewModel},
 * over the memories the memory panel uses) and machine translation in the memory panel
 * ({@link MachineTranslation}). The editor tells it when a document is shown; it follows the target editor itself.
 */
public final class EditorAids {

    private final SpellingViewModel spelling;
    private final ConcordanceViewModel concordance;
    private final MachineTranslation machineTranslation;
    private volatile Optional<Path> projectFolder = Optional.empty();
    private volatile HouseStyle projectHouse = HouseStyle.DEFAULT;
    private Optional<Path> wordsFolder = Optional.empty();

    /**
     * @param async   runs concordance searches and machine translation requests
     * @param speller loads the dictionary and checks the target as one types (a worker of its own: a check never
     *                waits behind a file-wide QA run or a memory lookup); reads the machine translation settings and
     *                asks the service for its language pairs when a document is shown
     */
    EditorAids(Async async, Async speller, SegmentEditorViewModel editor, TmPanelViewModel memory,
            Consumer<String> tell) {
        this.spelling = new SpellingViewModel(speller);
        this.concordance = new ConcordanceViewModel(async);
        this.machineTranslation = new MachineTranslation(speller, memory, tell);
        editor.textProperty().addListener((obs, old, now) -> spelling.check(now));
        spelling.status().addListener((obs, old, now) -> {
            if (!now.isEmpty()) tell.accept(now);
        });
        editor.sourcePieces().addListener((ListChangeListener<SourcePiece>) change -> {
            StringBuilder source = new StringBuilder();
            for (SourcePiece piece : editor.sourcePieces()) source.append(piece.text()).append(' ');
            spelling.useSource(source.toString());
        });
    }

    /**
     * A document was shown: spelling in its target language with the glossaries' terms, the user's word list and the
     * word list of the project (or else of the document's folder); machine translation for its pair.
     *
     * @param words       the folder of the project word list (see {@link #wordsFolderFor})
     * @param lookUpAgain looks the current segment up again (machine translation became available)
     */
    void documentShown(Resources resources, String sourceLanguage, String targetLanguage, Optional<Path> words,
            Runnable lookUpAgain) {
        wordsFolder = words;
        spelling.useLanguage(targetLanguage, resources.spellingTerms(targetLanguage), WordList.user(targetLanguage),
                wordsFolder.map(f -> WordList.project(f, targetLanguage)));
        concordance.clear();
        machineTranslation.use(sourceLanguage, targetLanguage, resources.glossaries(), lookUpAgain);
    }

    /** The document was closed. */
    void documentClosed() {
        concordance.clear();
        machineTranslation.stop();
        spelling.check("");
    }

    /**
     * The project {@code file} belongs to, if it does: its folder holds the project word list, its house style
     * ({@code qa.quotes}) sets live QA's quotation marks.
     */
    public void useProjectOf(ProjectViewModel project, Path file) {
        Optional<Project> owner = project.project().filter(p -> project.holds(file));
        projectFolder = owner.map(Project::folder);
        projectHouse = owner.map(Project::houseStyle).orElse(HouseStyle.DEFAULT);
    }

    /** The house style of the project given to {@link #useProjectOf}, or the languages' own conventions. */
    HouseStyle houseStyle() {
        return projectHouse;
    }

    /**
     * Where the project word list of a document in {@code documentFolder} is: the project's folder when the
     * document belongs to the project given to {@link #useProjectOf}, else the document's folder (any thread).
     */
    Optional<Path> wordsFolderFor(Optional<Path> documentFolder) {
        return projectFolder.or(() -> documentFolder);
    }

    /** The folder of the project word list in use ({@code words-LL.txt}), if any. */
    Optional<Path> wordsFolder() {
        return wordsFolder;
    }

    public SpellingViewModel spelling() {
        return spelling;
    }

    public ConcordanceViewModel concordance() {
        return concordance;
    }

    public MachineTranslation machineTranslation() {
        return machineTranslation;
    }
}
