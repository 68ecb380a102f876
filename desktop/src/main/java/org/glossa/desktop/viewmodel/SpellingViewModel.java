package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.spelling.Misspelling;
import org.glossa.core.spelling.SpellChecker;
import org.glossa.core.spelling.WordList;

/**
 * Spelling of the target as one types: the dictionary is loaded in the background (2–3 s for German), every check
 * runs in the background and only the answer to the latest text is shown ({@link #misspellings()}, offsets in the
 * text given). Suggestions come in the background too (Hunspell's search stops after a second); "add to dictionary"
 * appends the word to the user's word list of the language and checks again.
 */
public final class SpellingViewModel {
    private static final int SUGGESTIONS = 7;

    private final Async async;
    private final ObservableList<Misspelling> misspellings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Optional<SpellChecker> checker = Optional.empty();
    private Optional<WordList> userWords = Optional.empty();
    private String lastText = "";
    private long request;
    private long loading;
    private long suggestionTimeLimitMs = SpellChecker.SUGGESTION_TIME_LIMIT_MS;

    public SpellingViewModel(Async async) {
        this.async = Objects.requireNonNull(async, "async");
    }

    /**
     * Spell-checks {@code targetLanguage} from now on, {@code knownWords} (glossary terms, names) accepted; the
     * dictionary and the user's word list are read in the background. No dictionary: nothing is underlined and the
     * status says so.
     */
    public void useLanguage(String targetLanguage, List<String> knownWords, WordList userList) {
        long mine = ++loading;
        checker = Optional.empty();
        misspellings.clear();
        List<String> known = List.copyOf(knownWords);
        async.run(() -> {
            List<String> all = new ArrayList<>(known);
            all.addAll(userList.words());
            Optional<SpellChecker> c = SpellChecker.forLanguage(targetLanguage, all);
            // the first suggestion search builds Hunspell's caches: do it here, not when the user asks
            c.ifPresent(x -> x.suggest("Glossa", 1, 10_000));
            return c;
        }, loaded -> {
            if (mine != loading) return;
            checker = loaded;
            userWords = Optional.of(userList);
            status.set(loaded.isPresent() ? "" : "No spelling dictionary for " + targetLanguage);
            check(lastText);
        }, failure -> status.set("Spelling dictionary: " + failure.getMessage()));
    }

    /** Checks {@code text} (the target as typed) in the background. */
    public void check(String text) {
        lastText = Objects.requireNonNull(text, "text");
        long mine = ++request;
        if (checker.isEmpty()) {
            misspellings.clear();
            return;
        }
        SpellChecker c = checker.get();
        async.run(() -> c.check(text), found -> {
            if (mine == request) misspellings.setAll(found);
        }, failure -> status.set("Spelling: " + failure.getMessage()));
    }

    /** The misspelt words of the latest text checked, in order. */
    public ObservableList<Misspelling> misspellings() {
        return misspellings;
    }

    /** The misspelling at {@code offset} of the latest text (the caret or the right-clicked place), if any. */
    public Optional<Misspelling> at(int offset) {
        for (Misspelling m : misspellings) if (m.start() <= offset && offset <= m.end()) return Optional.of(m);
        return Optional.empty();
    }

    /** Corrections for {@code word}, given to {@code onReady} on the UI thread. */
    public void suggest(String word, Consumer<List<String>> onReady) {
        if (checker.isEmpty()) {
            onReady.accept(List.of());
            return;
        }
        SpellChecker c = checker.get();
        long limit = suggestionTimeLimitMs;
        async.run(() -> c.suggest(word, SUGGESTIONS, limit), onReady, failure -> status.set("Suggestions: " + failure.getMessage()));
    }

    /** Adds {@code word} to the user's word list (in the background) and checks the latest text again. */
    public void addToDictionary(String word) {
        if (checker.isEmpty() || userWords.isEmpty()) return;
        checker = Optional.of(checker.get().withWords(List.of(word)));
        WordList list = userWords.get();
        async.run(() -> {
            list.add(word);
            return word;
        }, added -> status.set("\"" + added + "\" added to " + list.file()), failure -> status.set("Could not add: "
                + failure.getMessage()));
        check(lastText);
    }

    /** How long a suggestion search may take (tests on a loaded machine give it longer). */
    void suggestionTimeLimit(long ms) {
        suggestionTimeLimitMs = ms;
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
