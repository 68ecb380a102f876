package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.glossa.core.model.Content;
import org.glossa.core.model.SizeLimit;
import org.glossa.core.text.WordCount;

/**
 * The current segment's character and word counts, source and target, shown under the target while typing, e.g.
 * "Source 7 words, 43 characters · Target 6 words, 48 characters". Inline codes do not count; words are counted as
 * the file's progress counts them ({@link WordCount}). When the unit has a size limit (XLIFF {@code maxwidth},
 * {@code slr:sizeRestriction}…) the target's size in the limit's unit follows, "· Limit 20 / 12 characters", and
 * {@link #overLimitProperty()} is true while the target is longer than the limit allows.
 */
public final class SegmentCounts {

    private final SegmentEditorViewModel editor;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper overLimit = new ReadOnlyBooleanWrapper(false);
    /** The current segment's share of its unit's limits ({@code SegmentPair#limitsOf}). */
    private List<SizeLimit> limits = List.of();
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

    /** Measures the target against these limits from now on (none: no limit shown). */
    void useLimits(List<SizeLimit> segmentLimits) {
        limits = List.copyOf(segmentLimits);
        refresh();
    }

    private void refresh() {
        Content source = editor.source();
        if (source.isEmpty()) {
            text.set("");
            overLimit.set(false);
            return;
        }
        String target = editor.target().map(Content::plainText).orElse("");
        List<String> used = new ArrayList<>();
        boolean over = false;
        for (SizeLimit l : limits) {
            int size = l.size(target);
            over |= size > l.max();
            used.add(size + " / " + l.describe() + (size > l.max() ? " (" + (size - l.max()) + " over)" : ""));
        }
        text.set("Source " + describe(sourceWords.count(source.plainText()), source.plainText().length())
                + " · Target " + describe(targetWords.count(target), target.length())
                + (used.isEmpty() ? "" : " · Limit " + String.join(", ", used)));
        overLimit.set(over);
    }

    /** True while the target is longer than one of its limits allows. */
    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit.getReadOnlyProperty();
    }

    public boolean overLimit() {
        return overLimit.get();
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
