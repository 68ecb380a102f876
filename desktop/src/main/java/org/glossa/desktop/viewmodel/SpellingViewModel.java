package org.glossa.desktop.viewmodel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.glossa.core.spelling.Misspelling;
import org.glossa.core.spelling.SpellChecker;
import org.glossa.core.spelling.WordList;
import org.glossa.core.text.QaWordTokenizer;
import org.glossa.core.text.WordToken;

/**
 * Spelling of the target as one types: the dictionary is loaded in the background (2–3 s for German), every check
 * runs in the background and only the answer to the latest text is shown ({@link #misspellings()}, offsets in the
 * text given). Known as the QA check {@code spelling} knows them: glossary terms and do-not-translate names (given
 * to {@link #useLanguage}), the user's and the project's word lists, and the words of the current segment's source
 * as written ({@link #useSource}). Suggestions come in the background too (Hunspell's search stops after a second);
 * "add to dictionary" appends the word to the user's or the project's word list and checks again.
 */
public final class SpellingViewModel {
    private static final int SUGGESTIONS = 7;

    /** A misspelt word as the view underlines it: at [start, end) of the target text. */
    public record Mark(String word, int start, int end) {
        static Mark of(Misspelling m) {
            return new Mark(m.word(), m.start(), m.end());
        }
    }

    /** Which word list "add to dictionary" writes to. */
    public enum Dictionary { USER, PROJECT }

    private final Async async;
    private final ObservableList<Misspelling> misspellings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private Optional<SpellChecker> checker = Optional.empty();
    private Optional<WordList> userWords = Optional.empty();
    private Optional<WordList> projectWords = Optional.empty();
    private String sourceText = "";
    /** The words of the last source tokenized (on a worker): a segment's keystrokes tokenize its source once. */
    private final AtomicReference<Map.Entry<String, Set<String>>> sourceWords = new AtomicReference<>(Map.entry("", Set.of()));
    private Runnable onWordAdded = () -> { };
    private String lastText = "";
    private long request;
    private long loading;
    private long suggestionTimeLimitMs = SpellChecker.SUGGESTION_TIME_LIMIT_MS;

    public SpellingViewModel(Async async) {
        this.async = Objects.requireNonNull(async, "async");
    }

    /** As {@link #useLanguage(String, List, WordList, Optional)} without a project word list. */
    public void useLanguage(String targetLanguage, List<String> knownWords, WordList userList) {
        useLanguage(targetLanguage, knownWords, userList, Optional.empty());
    }

    /**
     * Spell-checks {@code targetLanguage} from now on, {@code knownWords} (glossary terms, names) accepted; the
     * dictionary and the word lists are read in the background. No dictionary: nothing is underlined and the status
     * says so.
     */
    public void useLanguage(String targetLanguage, List<String> knownWords, WordList userList,
            Optional<WordList> projectList) {
        long mine = ++loading;
        checker = Optional.empty();
        ready.set(false);
        userWords = Optional.empty();
        projectWords = Optional.empty();
        misspellings.clear();
        List<String> known = List.copyOf(knownWords);
        async.run(() -> {
            List<String> all = new ArrayList<>(known);
            all.addAll(userList.words());
            if (projectList.isPresent()) all.addAll(projectList.get().words());
            Optional<SpellChecker> c = SpellChecker.forLanguage(targetLanguage, all);
            // the first suggestion search builds Hunspell's caches: do it here, not when the user asks
            c.ifPresent(x -> x.suggest("Glossa", 1, 10_000));
            return c;
        }, loaded -> {
            if (mine != loading) return;
            checker = loaded;
            ready.set(loaded.isPresent());
            userWords = Optional.of(userList);
            projectWords = projectList;
            status.set(loaded.isPresent() ? "" : "No spelling dictionary for " + targetLanguage);
            check(lastText);
        }, failure -> {
            if (mine == loading) status.set("Spelling dictionary: " + failure.getMessage());
        });
    }

    /**
     * The current segment's source: its words, as written, are not misspellings in the target (names); they are
     * taken from it in the background, with the check.
     */
    public void useSource(String source) {
        sourceText = Objects.requireNonNull(source, "source");
        check(lastText);
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
        String source = sourceText;
        async.run(() -> c.check(text, wordsOf(source)), found -> {
            if (mine == request) misspellings.setAll(found);
        }, failure -> status.set("Spelling: " + failure.getMessage()));
    }

    private Set<String> wordsOf(String source) {
        Map.Entry<String, Set<String>> last = sourceWords.get();
        if (last.getKey().equals(source)) return last.getValue();
        Set<String> words = new HashSet<>();
        for (WordToken t : QaWordTokenizer.words(source)) words.add(t.text());
        Set<String> known = Set.copyOf(words);
        sourceWords.set(Map.entry(source, known));
        return known;
    }

    /** The misspelt words of the latest text checked, in order. */
    public ObservableList<Misspelling> misspellings() {
        return misspellings;
    }

    /**
     * The misspellings still where they were found in {@code text} (the target as it is now): while a check of the
     * newest keystroke is under way, a word that moved or changed is not underlined at its old place.
     */
    public List<Mark> shownIn(String text) {
        List<Mark> out = new ArrayList<>();
        for (Misspelling m : misspellings) {
            if (m.end() <= text.length() && text.startsWith(m.word(), m.start())) out.add(Mark.of(m));
        }
        return out;
    }

    /** The misspelling at {@code offset} of the latest text (the caret or the right-clicked place), if any. */
    public Optional<Mark> at(int offset) {
        for (Misspelling m : misspellings) if (m.start() <= offset && offset <= m.end()) return Optional.of(Mark.of(m));
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

    /** Whether "add to the project's dictionary" has a word list to write to (a project or a document folder). */
    public boolean hasProjectDictionary() {
        return projectWords.isPresent();
    }

    /** Adds {@code word} to the user's word list (in the background) and checks the latest text again. */
    public void addToDictionary(String word) {
        addToDictionary(word, Dictionary.USER);
    }

    /**
     * Adds {@code word} to the user's or the project's word list (written in the background) and checks the latest
     * text again; then tells the listener of {@link #onWordAdded} (the QA check reads the lists again).
     */
    public void addToDictionary(String word, Dictionary to) {
        Optional<WordList> target = to == Dictionary.USER ? userWords : projectWords;
        if (checker.isEmpty() || target.isEmpty()) return;
        checker = Optional.of(checker.get().withWords(List.of(word)));
        WordList list = target.get();
        async.run(() -> {
            list.add(word);
            return word;
        }, added -> {
            status.set("\"" + added + "\" added to " + list.file());
            onWordAdded.run();
        }, failure -> status.set("Could not add: " + failure.getMessage()));
        check(lastText);
    }

    /** Runs {@code action} on the UI thread after a word was written to a word list. */
    public void onWordAdded(Runnable action) {
        onWordAdded = Objects.requireNonNull(action, "action");
    }

    /** How long a suggestion search may take (tests on a loaded machine give it longer). */
    public void suggestionTimeLimit(long ms) {
        suggestionTimeLimitMs = ms;
    }

    /** True once a dictionary is loaded and the target is being checked. */
    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }
}
