package org.glossa.desktop.viewmodel;

import java.util.function.UnaryOperator;

import org.glossa.core.model.Document;
import org.glossa.core.model.Unit;
import org.glossa.core.qa.QaEngine;

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

    private PreparedDocument(DocumentSession session, Resources resources) {
        this.session = session;
        this.resources = resources;
        Document document = session.document();
        this.sourceLanguage = document.sourceLanguage();
        this.targetLanguage = document.targetLanguage().orElse(EditorViewModel.DEFAULT_TARGET);
        this.layout = SegmentGrid.layout(document);
        this.termMarker = resources.termMarker(document, sourceLanguage, targetLanguage);
        this.qa = resources.qa(sourceLanguage, targetLanguage);
    }

    /** Prepares {@code session} with {@code resources} (any thread). */
    public static PreparedDocument of(DocumentSession session, Resources resources) {
        return new PreparedDocument(session, resources);
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
}
