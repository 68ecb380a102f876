package org.glossa.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.glossa.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {
    @TempDir
    Path tmp;

    private static final Set<String> TXT = Set.of("txt", "html");

    private Path file(String relative) throws Exception {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, relative);
        return p;
    }

    private static List<String> listed(List<InputListing.Input<Path>> files) {
        return files.stream().map(f -> f.file() + " | " + f.relative()).toList();
    }

    @Test
    void aDirectoryGivesItsFilesInNameOrderWithoutHiddenOnesOrOtherExtensions() throws Exception {
        file("a/b.txt");
        file("a/sub/c.html");
        file("a/a-z.txt");
        file("a/.hidden.txt");
        file("a/notes.odt");
        Path a = tmp.resolve("a");
        assertEquals(List.of(a.resolve("a-z.txt") + " | a-z.txt", a.resolve("b.txt") + " | b.txt",
                a.resolve("sub/c.html") + " | sub/c.html"), listed(InputListing.expand(List.of(a), TXT, PathSelection.ALL)));
        assertEquals(List.of(a.resolve("sub/c.html") + " | sub/c.html"), listed(InputListing.expand(List.of(a), TXT,
                new PathSelection(List.of("sub/**"), List.of()))));
    }

    @Test
    void aFileGivenTwiceIsListedTwiceUnderTheNamesItIsGiven() throws Exception {
        Path b = file("a/b.txt");
        Path c = file("a/sub/c.html");
        Path a = tmp.resolve("a");
        Path dotted = tmp.resolve("a/sub/../b.txt");
        assertEquals(List.of(c + " | c.html", b + " | b.txt", dotted + " | b.txt", b + " | b.txt", c + " | sub/c.html",
                        c + " | c.html"),
                listed(InputListing.expand(List.of(c, b, dotted, a, a.resolve("sub")), TXT, PathSelection.ALL)));
    }

    @Test
    void aFileNamedIsTakenAsItIsEvenMissingAndAnEmptyDirectoryIsAnInputError() throws Exception {
        Path missing = tmp.resolve("missing.txt");
        Path odt = file("notes.odt");
        assertEquals(List.of(missing + " | missing.txt", odt + " | notes.odt"),
                listed(InputListing.expand(List.of(missing, odt), TXT, PathSelection.ALL)));
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        InputException e = assertThrows(InputException.class, () -> InputListing.expand(List.of(empty), TXT, PathSelection.ALL));
        assertTrue(e.getMessage().contains("no input files in " + empty + " (looked for .html, .txt)"), e.getMessage());
    }
}
