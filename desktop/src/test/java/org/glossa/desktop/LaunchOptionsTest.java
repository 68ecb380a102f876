package org.glossa.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void languagesDefaultToEnglishAndGerman() {
        LaunchOptions options = LaunchOptions.parse(List.of("article.html"));

        assertEquals(Optional.of(Path.of("article.html")), options.file());
        assertEquals("en", options.sourceLanguage());
        assertEquals("de", options.targetLanguage());
    }

    @Test
    void sourceAndTargetAreTakenInBothSpellings() {
        LaunchOptions options = LaunchOptions.parse(List.of("-s", "de", "--target=fr-CA", "a.txt", "-g", "g.tbx",
                "--tm", "m.tmx"));
        assertEquals(List.of("de", "fr-CA"), List.of(options.sourceLanguage(), options.targetLanguage()));
        assertEquals(List.of(Path.of("g.tbx")), options.glossaries());
        assertEquals(List.of(Path.of("m.tmx")), options.memories());

        LaunchOptions other = LaunchOptions.parse(List.of("--source", "en-GB", "-t", "nl"));
        assertEquals(List.of("en-GB", "nl"), List.of(other.sourceLanguage(), other.targetLanguage()));
    }

    @Test
    void aBadLanguageOrAMissingValueIsAUsageError() {
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("-t", "not a tag")));
        assertEquals("--target: 'not a tag' is not a BCP 47 language tag", bad.getMessage());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("-s")));
        assertEquals("-s needs a language", missing.getMessage());

        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LaunchOptions.parse(List.of("-x")));
        assertTrue(unknown.getMessage().contains("[-s SRC] [-t TGT]"), unknown.getMessage());
    }

    @Test
    void urlsNameMemoriesAndTermbasesOnAServerAndFilesStayFiles() {
        LaunchOptions options = LaunchOptions.parse(List.of("a.txt", "--tm", "m.tmx", "--tm",
                "http://127.0.0.1:8080/memories/news", "-g", "https://tm.example.org/glossa/termbases/dw",
                "--glossary=g.tbx", "--tm=http://127.0.0.1:8080/memories/archive"));

        assertEquals(List.of(Path.of("m.tmx")), options.memories());
        assertEquals(List.of(Path.of("g.tbx")), options.glossaries());
        assertEquals(List.of("http://127.0.0.1:8080/memories/news", "http://127.0.0.1:8080/memories/archive"),
                options.serverMemories());
        assertEquals(List.of("https://tm.example.org/glossa/termbases/dw"), options.serverTermbases());
    }
}
