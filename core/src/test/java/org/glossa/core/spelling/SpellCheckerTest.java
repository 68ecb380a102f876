package org.glossa.core.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellCheckerTest {

    private static SpellChecker german(List<String> known) {
        return new SpellChecker(InstalledDictionaries.require("de-DE"), known);
    }

    @Test
    void findsTheMisspeltWordWithItsOffsets() {
        String text = "NATO und EU spielen eine Schlsselrolle.";
        assertEquals(List.of(new Misspelling("Schlsselrolle", 25, 38)), german(List.of()).check(text));
        assertEquals(List.of(), german(List.of()).check("NATO und EU spielen eine Schlüsselrolle."));
    }

    @Test
    void acceptsCompoundsHyphensAbbreviationsAndLeavesCodeAlone() {
        SpellChecker de = german(List.of());
        assertEquals(List.of(), de.check("Die Bündnisverteidigungsfähigkeit der EU-Kommission, z. B. bzw. Ein- und Ausgang."));
        assertEquals(List.of(), de.check("Siehe https://www.nato.int/xyzabc, info@dw.com, @dwnews, 4,5 Mio., 10.01.2023, "
                + "\uE000Bearbeitung\uE000, ⟨1⟩Text⟨/1⟩ und x_yzq."));
    }

    @Test
    void knownWordsFromListsGlossariesAndTheCaller() {
        String text = "Die Dachzeile von Dwnews und Glossaprojekt.";
        List<Misspelling> none = german(List.of()).check(text);
        assertEquals(List.of("Dwnews", "Glossaprojekt"), none.stream().map(Misspelling::word).toList());
        assertEquals(List.of(), german(List.of("Dwnews", "Glossaprojekt")).check(text));
        assertEquals(List.of("Glossaprojekt"),
                german(List.of()).check(text, java.util.Set.of("Dwnews")).stream().map(Misspelling::word).toList());
    }

    @Test
    void regionalDictionariesAndTheLanguageFallBack() {
        assertEquals("de_CH.dic", Dictionaries.find("de-CH").orElseThrow().getFileName().toString());
        assertEquals("de_DE.dic", Dictionaries.find("de").orElseThrow().getFileName().toString());
        assertEquals("en_GB.dic", Dictionaries.find("en-GB").orElseThrow().getFileName().toString());
        assertEquals("en_US.dic", Dictionaries.find("en").orElseThrow().getFileName().toString());
        SpellChecker swiss = new SpellChecker(InstalledDictionaries.require("de-CH"), List.of());
        assertTrue(swiss.isCorrect("Strasse"), "Swiss German writes ss");
        assertFalse(german(List.of()).isCorrect("Strasse"));
        SpellChecker british = new SpellChecker(InstalledDictionaries.require("en-GB"), List.of());
        assertTrue(british.isCorrect("colour"));
        assertFalse(new SpellChecker(InstalledDictionaries.require("en-US"), List.of()).isCorrect("colour"));
    }

    @Test
    void suggestionsPutTheRightWordFirst() {
        List<String> s = german(List.of()).suggest("Schlsselrolle", 5, 60_000); // no time limit in a test (a loaded machine)
        assertEquals("Schlüsselrolle", s.get(0), s.toString());
    }

    @Test
    void wordListAddsOnceAndKeepsTheFile(@TempDir Path dir) throws Exception {
        WordList list = WordList.project(dir, "de-AT");
        assertEquals(dir.resolve("words-de.txt"), list.file());
        assertEquals(List.of(), list.words());
        list.add("Dwnews");
        list.add("Glossaprojekt");
        list.add("Dwnews");
        assertEquals(List.of("Dwnews", "Glossaprojekt"), list.words());
        assertEquals("Dwnews\nGlossaprojekt\n", Files.readString(list.file()));
    }
}
