package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.spelling.InstalledDictionaries;
import org.glossa.core.spelling.Misspelling;
import org.glossa.core.spelling.WordList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spelling as one types, without a window: background checks, the latest text wins, suggestions, add to dictionary. */
class SpellingViewModelTest {
    @TempDir
    Path dir;

    @Test
    void checksInTheBackgroundAndShowsOnlyTheLatestText() {
        InstalledDictionaries.require("de-DE");
        ManualAsync async = new ManualAsync();
        SpellingViewModel vm = new SpellingViewModel(async);
        vm.useLanguage("de-DE", List.of("Stoltenberg"), WordList.project(dir, "de"));
        vm.check("Eine Schlsselrolle");
        assertEquals(1, async.pending(), "the dictionary loads in the background, nothing checked on the UI thread");
        async.runAll();
        assertEquals(List.of(new Misspelling("Schlsselrolle", 5, 18)), vm.misspellings());

        vm.check("Eine Schlüsselrolle für Stoltenberg");
        vm.check("Eine Schlüsselrolle für Stoltenberg, Brüsel");
        async.finishNewestFirst();
        assertEquals(List.of(new Misspelling("Brüsel", 37, 43)), vm.misspellings(), "an older answer arriving late is ignored");
        assertEquals("Brüsel", vm.at(40).orElseThrow().word());
        assertTrue(vm.at(2).isEmpty());
    }

    @Test
    void suggestionsAndAddingToTheDictionary() throws Exception {
        InstalledDictionaries.require("de-DE");
        SpellingViewModel vm = new SpellingViewModel(Async.DIRECT);
        WordList words = WordList.project(dir, "de");
        vm.useLanguage("de-DE", List.of(), words);
        vm.check("Die Dachzeilenredaktion der Dwnews berichtet.");
        assertEquals(List.of("Dwnews"), vm.misspellings().stream().map(Misspelling::word).toList());
        List<String> suggested = new ArrayList<>();
        vm.suggestionTimeLimit(60_000); // no time limit in a test
        vm.suggest("Schlsselrolle", suggested::addAll);
        assertEquals("Schlüsselrolle", suggested.get(0));
        vm.addToDictionary("Dwnews");
        assertEquals(List.of(), vm.misspellings());
        assertEquals(List.of("Dwnews"), words.words());
        assertTrue(Files.readString(words.file()).contains("Dwnews"));
    }

    @Test
    void aLanguageWithoutDictionaryUnderlinesNothing() {
        SpellingViewModel vm = new SpellingViewModel(Async.DIRECT);
        vm.useLanguage("tlh", List.of(), WordList.project(dir, "tlh"));
        vm.check("Qapla' batlh");
        assertEquals(List.of(), vm.misspellings());
        assertEquals("No spelling dictionary for tlh", vm.status().get());
    }
}
