package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.model.Content;
import org.glossa.core.model.Inline;
import org.glossa.core.model.Segment;
import org.glossa.core.model.TermMark;

/**
 * The target editor of the current segment. {@link #textProperty()} is the target as editable text (inline codes as
 * placeholders, see {@link TagText}); every change is turned into target content (the source's codes where their
 * placeholders are, none added) and handed to the listener given to the constructor.
 */
public final class SegmentEditorViewModel {

    private final Consumer<Optional<Content>> onEdit;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<SourcePiece> sourcePieces = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Content> sourceContent = new ReadOnlyObjectWrapper<>(Content.EMPTY);
    private Content source = Content.EMPTY;
    private boolean showing;

    /** @param onEdit gets the new target content after each edit by the translator */
    public SegmentEditorViewModel(Consumer<Optional<Content>> onEdit) {
        this.onEdit = onEdit;
        text.addListener((obs, old, now) -> {
            if (!showing && editable.get()) onEdit.accept(target());
        });
    }

    /** Shows {@code segment} for editing; {@code terms} are its term marks (in text order). */
    public void show(Segment segment, List<TermMark> terms, boolean locked) {
        showing = true;
        try {
            source = segment.source();
            sourceContent.set(source);
            editable.set(!locked);
            text.set(segment.target().map(TagText::display).orElse(""));
            sourcePieces.setAll(pieces(segment.source(), terms));
        } finally {
            showing = false;
        }
    }

    /** Marks {@code terms} in the source shown (the glossary changed); the target stays as it is. */
    public void showTerms(List<TermMark> terms) {
        sourcePieces.setAll(pieces(source, terms));
    }

    public void clear() {
        showing = true;
        try {
            source = Content.EMPTY;
            sourceContent.set(source);
            editable.set(false);
            text.set("");
            sourcePieces.clear();
        } finally {
            showing = false;
        }
    }

    /** The target as content: none when the text is empty, else the text with the codes it has placeholders for. */
    public Optional<Content> target() {
        return text.get().isEmpty() ? Optional.empty() : Optional.of(TagText.parse(text.get(), source));
    }

    /**
     * Inserts {@code value} at {@code caret} (moved out of a placeholder first).
     *
     * @return the caret position after the inserted text
     */
    public int insert(String value, int caret) {
        requireEditable();
        String current = text.get();
        int at = TagText.caretOutside(current, caret);
        text.set(current.substring(0, at) + value + current.substring(at));
        return at + value.length();
    }

    /** Replaces the whole target with {@code content} (codes the source lacks are dropped). */
    public void replace(Content content) {
        requireEditable();
        text.set(TagText.display(content, source));
    }

    /** Sets the target text to {@code edited} (an insertion made on the whole text, e.g. a tag). */
    public void edit(String edited) {
        requireEditable();
        text.set(edited);
    }

    /** The current segment's source (with its inline codes). */
    public ReadOnlyObjectProperty<Content> sourceProperty() {
        return sourceContent.getReadOnlyProperty();
    }

    public Content source() {
        return source;
    }

    /** Copies the source into the target. */
    public void copySource() {
        replace(source);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public boolean editable() {
        return editable.get();
    }

    public ObservableList<SourcePiece> sourcePieces() {
        return sourcePieces;
    }

    private void requireEditable() {
        if (!editable.get()) throw new IllegalStateException("the segment is locked");
    }

    /** The source cut into text, placeholders and terms; term offsets are coded offsets (a code is one char). */
    static List<SourcePiece> pieces(Content source, List<TermMark> terms) {
        List<SourcePiece> out = new ArrayList<>();
        List<String> numbered = new ArrayList<>();
        int pos = 0;
        int termIndex = 0;
        List<TermMark> marks = terms.stream().sorted(java.util.Comparator.comparingInt(TermMark::start)).toList();
        for (Inline part : source.parts()) {
            if (part instanceof Inline.Tag tag) {
                out.add(new SourcePiece(TagText.placeholder(tag), SourcePiece.Kind.TAG, 0));
                pos++;
                continue;
            }
            String value = ((Inline.Text) part).value();
            int from = 0;
            while (from < value.length()) {
                while (termIndex < marks.size() && marks.get(termIndex).end() <= pos + from) termIndex++;
                TermMark mark = termIndex < marks.size() ? marks.get(termIndex) : null;
                int markStart = mark == null ? Integer.MAX_VALUE : Math.max(mark.start(), pos + from);
                if (mark == null || markStart >= pos + value.length()) {
                    out.add(new SourcePiece(value.substring(from), SourcePiece.Kind.TEXT, 0));
                    break;
                }
                if (markStart > pos + from) {
                    out.add(new SourcePiece(value.substring(from, markStart - pos), SourcePiece.Kind.TEXT, 0));
                    from = markStart - pos;
                }
                int end = Math.min(mark.end(), pos + value.length()) - pos;
                String key = mark.term() + "\u0000" + mark.source();
                if (!mark.targets().isEmpty() && !numbered.contains(key)) numbered.add(key);
                int number = mark.targets().isEmpty() ? 0 : numbered.indexOf(key) + 1;
                out.add(new SourcePiece(value.substring(from, end), SourcePiece.Kind.TERM, number));
                from = end;
            }
            pos += value.length();
        }
        return out;
    }
}
