package org.glossa.desktop.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.glossa.core.glossary.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourcesTest {

    @TempDir
    Path dir;

    @Test
    void aHeaderlessOmegatGlossaryGivenWithGReadsWithTheLanguagesOfTheWork() throws IOException {
        Path tab = Files.writeString(dir.resolve("omegat.tab"), "cooperation\tZusammenarbeit\tEU usage\n");

        Resources resources = Resources.read(List.of(tab), List.of(), "en", "de");

        Glossary g = resources.glossaries().get(0);
        assertEquals("cooperation", g.concepts().get(0).termsIn("en").get(0).text());
        assertEquals("Zusammenarbeit", g.concepts().get(0).termsIn("de").get(0).text());
        assertEquals(List.of(tab), resources.glossaryFiles());
    }
}
