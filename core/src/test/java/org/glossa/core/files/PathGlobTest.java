package org.glossa.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathGlobTest {
    @Test
    void doubleStarSlashMatchesTopLevelFilesToo() {
        PathGlob html = PathGlob.of("**/*.html");
        assertTrue(html.matches(Path.of("a.html")), "'**/' matches zero folders");
        assertTrue(html.matches(Path.of("x/a.html")));
        assertTrue(html.matches(Path.of("x/y/a.html")));
        assertFalse(html.matches(Path.of("a.txt")));
        assertFalse(html.matches(Path.of("x/a.htm")));
    }

    @Test
    void doubleStarSlashInTheMiddleMatchesDirectlyInsideTheFolder() {
        PathGlob g = PathGlob.of("sources/**/*.txt");
        assertTrue(g.matches(Path.of("sources/a.txt")));
        assertTrue(g.matches(Path.of("sources/x/y/a.txt")));
        assertFalse(g.matches(Path.of("other/a.txt")));
        assertFalse(g.matches(Path.of("a.txt")));
        PathGlob two = PathGlob.of("**/in/**/*.md");
        assertTrue(two.matches(Path.of("in/a.md")));
        assertTrue(two.matches(Path.of("x/in/y/a.md")));
        assertFalse(two.matches(Path.of("xin/a.md")), "'**/' steps over whole folders only");
    }

    @Test
    void starStaysInsideAFolderAndTrailingDoubleStarCrossesThem() {
        assertFalse(PathGlob.of("*.html").matches(Path.of("x/a.html")));
        assertTrue(PathGlob.of("drafts/**").matches(Path.of("drafts/x/a.txt")));
        assertFalse(PathGlob.of("drafts/**").matches(Path.of("final/a.txt")));
        assertTrue(PathGlob.of("*-00[12].txt").matches(Path.of("article-001.txt")));
        assertTrue(PathGlob.of("{a,b}/*.txt").matches(Path.of("b/x.txt")));
    }

    @Test
    void aGlobWithoutSlashMatchesTheFileNameWhenAskedForPathOrName() {
        assertTrue(PathGlob.of("*.html").matchesPathOrName(Path.of("x/y/a.html")));
        assertFalse(PathGlob.of("x/*.html").matchesPathOrName(Path.of("y/x/a.html")));
        assertTrue(PathGlob.of("**/*.html").matchesPathOrName(Path.of("a.html")));
    }

    @Test
    void variantsAndPlainPaths() {
        assertEquals(List.of("**/a/**/b", "a/**/b", "**/a/b", "a/b"), PathGlob.withoutDoubleStarFolders("**/a/**/b"));
        assertEquals(List.of("x**/b"), PathGlob.withoutDoubleStarFolders("x**/b"));
        assertTrue(PathGlob.isGlob("a/*.txt"));
        assertFalse(PathGlob.isGlob("sources/a.txt"));
        assertThrows(IllegalArgumentException.class, () -> PathGlob.of("a/[b"));
    }
}
