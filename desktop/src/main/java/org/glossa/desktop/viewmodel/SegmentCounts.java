package org.glossa.desktop.viewmodel;

import java.util.Objects;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.glossa.core.model.Content;
import org.glossa.core.text.WordCount;

/**
 * The current segment's character and word counts, source and target, shown under the target while typing, e.g.
 * "Source 7 words, 43 characters · Target 6 words, 48 characters". Inline codes do not count; words are counted as
 * the file's progress counts them ({@link WordCount}).
 */
public final class SegmentCounts {

    private final SegmentEditorViewModel editor;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private WordCount sourceWords = new WordCount("en");
    private WordCount targetWords = new WordCount(EditorViewModel.DEFAULT_TARGET);

    SegmentCounts(SegmentEditorViewModel editor) {
        this.editor = Objects.requireNonNull(editor, "editor");
        editor.textProperty().addListener((obs, old, now) -> refresh());
        editor.sourceProperty().addListener((obs, old, now) -> refresh());
    }

    /** Counts words by the rules of these languages from now on. */
    void useLanguages(String source, String target) {
        sourceWords = new WordCount(source);
        targetWords = new WordCount(target);
        refresh();
    }

    private void refresh() {
        Content source = editor.source();
        if (source.isEmpty()) {
            text.set("");
            return;
        }
        String target = editor.target().map(Content::plainText).orElse("");
        text.set("Source " + describe(sourceWords.count(source.plainText()), source.plainText().length())
                + " · Target " + describe(targetWords.count(target), target.length()));
    }

    private static String describe(int words, int characters) {
        return words + (words == 1 ? " word, " : " words, ") + characters
                + (characters == 1 ? " character" : " characters");
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String text() {
        return text.get();
    }
}
