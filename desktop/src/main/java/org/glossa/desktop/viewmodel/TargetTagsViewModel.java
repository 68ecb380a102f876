package org.glossa.desktop.viewmodel;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;

/**
 * The inline codes of the current segment in its target (see {@link InlineTags}): the tag strip under the target
 * ({@link #states()}: each source code placed, missing or out of order, and placeholders the source does not have),
 * Insert next tag (F9 and Ctrl+T) and Insert tag → a chosen one. Each insertion is one undo step.
 */
public final class TargetTagsViewModel {

    /** A code of the source for the Insert tag list: {@code placed} when the target has it already. */
    public record Choice(int number, String label, boolean placed) {
    }

    private final SegmentEditorViewModel editor;
    private final BiConsumer<String, Runnable> undoable;
    private final Consumer<String> tell;
    private final ObservableList<InlineTags.TagState> states = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /**
     * @param undoable runs an edit as one undo step with the given label
     * @param tell     shows a message in the status line
     */
    TargetTagsViewModel(SegmentEditorViewModel editor, BiConsumer<String, Runnable> undoable, Consumer<String> tell) {
        this.editor = Objects.requireNonNull(editor, "editor");
        this.undoable = Objects.requireNonNull(undoable, "undoable");
        this.tell = Objects.requireNonNull(tell, "tell");
        editor.textProperty().addListener((obs, old, now) -> refresh());
        editor.sourceProperty().addListener((obs, old, now) -> refresh());
    }

    private void refresh() {
        Content source = editor.source();
        if (source.tags().isEmpty() && !editor.text().contains("⟨")) {
            if (!states.isEmpty()) states.clear();
            summary.set("");
            return;
        }
        List<InlineTags.TagState> now = InlineTags.states(source, editor.text());
        if (!now.equals(states)) states.setAll(now);
        long missing = now.stream().filter(s -> s.state() == InlineTags.State.MISSING).count();
        long wrong = now.size() - missing - now.stream().filter(s -> s.state() == InlineTags.State.PLACED).count();
        summary.set(missing == 0 && wrong == 0 ? "Tags: all placed"
                : "Tags: " + (missing > 0 ? missing + " missing (F9 or Ctrl+T inserts the next)" : "")
                        + (missing > 0 && wrong > 0 ? ", " : "") + (wrong > 0 ? wrong + " misplaced or extra" : ""));
    }

    /** Each source code and each extra placeholder, for the tag strip. */
    public ObservableList<InlineTags.TagState> states() {
        return states;
    }

    /** E.g. "Tags: 2 missing (F9 or Ctrl+T inserts the next)"; empty when the segment has no codes. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The source's codes, numbered from 1, for Insert tag. */
    public List<Choice> choices() {
        List<Inline.Tag> tags = editor.source().tags();
        List<Inline.Tag> missing = InlineTags.missing(editor.source(), editor.text());
        return java.util.stream.IntStream.range(0, tags.size()).mapToObj(i -> new Choice(i + 1,
                TagText.placeholder(tags.get(i)) + (tags.get(i).type().isEmpty() ? "" : " " + tags.get(i).type()),
                !missing.contains(tags.get(i)))).toList();
    }

    /**
     * Inserts the first missing code at the selection {@code [start, end)} (a missing pair wraps a selection).
     *
     * @return the caret after it; empty (with a message) when no code is missing or the segment is locked
     */
    public OptionalInt insertNext(int start, int end) {
        if (!editor.editable()) return OptionalInt.empty();
        Optional<InlineTags.Edit> edit = InlineTags.insertNext(editor.source(), editor.text(), start, end);
        if (edit.isEmpty()) {
            tell.accept(editor.source().tags().isEmpty() ? "The source has no tags"
                    : "All tags of the source are in the target");
            return OptionalInt.empty();
        }
        return apply(edit.get());
    }

    /** Inserts code {@code number} (see {@link #choices()}) at the selection; empty when there is no such code. */
    public OptionalInt insert(int number, int start, int end) {
        List<Inline.Tag> tags = editor.source().tags();
        if (!editor.editable() || number < 1 || number > tags.size()) return OptionalInt.empty();
        return apply(InlineTags.insert(editor.source(), editor.text(), tags.get(number - 1), start, end));
    }

    private OptionalInt apply(InlineTags.Edit edit) {
        undoable.accept("Insert tag", () -> editor.edit(edit.text()));
        return OptionalInt.of(edit.caret());
    }
}
