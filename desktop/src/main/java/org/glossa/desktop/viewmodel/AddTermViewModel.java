package org.glossa.desktop.viewmodel;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Add Term dialog: source and target term (prefilled with what the translator selected) and an optional note.
 * {@link #destination()} says which glossary file the term goes to.
 */
public final class AddTermViewModel {

    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> !source.get().isBlank() && !target.get().isBlank(), source, target);
    private final String destination;

    /** @param destination e.g. "Adds to dw-en-de.tbx" */
    public AddTermViewModel(String sourceSelection, String targetSelection, String destination) {
        source.set(clean(sourceSelection));
        target.set(clean(targetSelection));
        this.destination = destination;
    }

    /** The term as entered; empty while the source or the target is blank. */
    public Optional<NewTerm> term() {
        if (!valid.get()) return Optional.empty();
        return Optional.of(new NewTerm(source.get(), target.get(), Optional.of(note.get())));
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** True when both terms are given (the dialog's OK button). */
    public BooleanBinding validProperty() {
        return valid;
    }

    public String destination() {
        return destination;
    }

    /**
     * A selection as a term: inline-code placeholders out, whitespace collapsed, punctuation around it trimmed (a
     * final full stop too, unless the term is an abbreviation such as "U.S.").
     */
    static String clean(String selection) {
        String text = TagText.PLACEHOLDER.matcher(selection).replaceAll(" ");
        text = text.replaceAll("\\s+", " ").strip();
        text = text.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.)]+$", "").strip();
        boolean sentenceEnd = text.endsWith(".") && text.indexOf('.') == text.length() - 1;
        return sentenceEnd ? text.substring(0, text.length() - 1).strip() : text;
    }
}
