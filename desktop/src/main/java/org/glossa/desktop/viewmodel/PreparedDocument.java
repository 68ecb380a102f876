package org.glossa.desktop.viewmodel;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.glossa.core.model.Document;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.QaEngine;
import org.glossa.core.qa.check.HouseStyle;

/**
 * A document read and made ready to show, off the UI thread (see {@link EditorViewModel#read}): its grid rows with
 * their word counts, and the term marker and QA engine of the resources that were in use. A long file is thus
 * not counted, matched and checked-for on the UI thread.
 */
public final class PreparedDocument {
    private final DocumentSession session;
    private final Resources resources;
    private final String sourceLanguage;
    private final String targetLanguage;
    private final SegmentGrid.Layout layout;
    private final UnaryOperator<Unit> termMarker;
    private final QaEngine qa;
    private final Optional<Path> wordsFolder;

    private PreparedDocument(DocumentSession session, Resources resources, Optional<Path> wordsFolder, HouseStyle house) {
        this.session = session;
        this.resources = resources;
        Document document = session.document();
        this.sourceLanguage = document.sourceLanguage();
        this.targetLanguage = document.targetLanguage().orElse(EditorViewModel.DEFAULT_TARGET);
        this.layout = SegmentGrid.layout(document);
        this.termMarker = resources.termMarker(document, sourceLanguage, targetLanguage);
        this.wordsFolder = wordsFolder;
        this.qa = resources.qa(sourceLanguage, targetLanguage, wordsFolder, house);
    }

    /** Prepares {@code session} with {@code resources} (any thread), no project word list. */
    public static PreparedDocument of(DocumentSession session, Resources resources) {
        return of(session, resources, Optional.empty());
    }

    /**
     * Prepares {@code session} with {@code resources} (any thread); the spelling check also knows the word list in
     * {@code wordsFolder} (see {@link EditorAids#wordsFolderFor}).
     */
    public static PreparedDocument of(DocumentSession session, Resources resources, Optional<Path> wordsFolder) {
        return of(session, resources, wordsFolder, HouseStyle.DEFAULT);
    }

    /** As above, QA with a project's house style ({@link EditorAids#houseStyle}). */
    public static PreparedDocument of(DocumentSession session, Resources resources, Optional<Path> wordsFolder,
            HouseStyle house) {
        return new PreparedDocument(session, resources, wordsFolder, house);
    }

    public DocumentSession session() {
        return session;
    }

    /** True when the term marker and QA engine are those of {@code current} (not changed while reading). */
    boolean preparedWith(Resources current) {
        return current == resources;
    }

    String sourceLanguage() {
        return sourceLanguage;
    }

    String targetLanguage() {
        return targetLanguage;
    }

    SegmentGrid.Layout layout() {
        return layout;
    }

    UnaryOperator<Unit> termMarker() {
        return termMarker;
    }

    QaEngine qa() {
        return qa;
    }

    /** The folder of the project word list the QA engine knows. */
    Optional<Path> wordsFolder() {
        return wordsFolder;
    }
}
