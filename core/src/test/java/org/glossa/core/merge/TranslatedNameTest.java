package org.glossa.core.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.glossa.core.format.RoundTrip;
import org.glossa.core.model.Document;
import org.junit.jupiter.api.Test;

class TranslatedNameTest {
    @Test
    void theTargetLanguageGoesIntoTheName() {
        assertEquals("article.de.html", TranslatedName.of("article.html", "en", "de"));
        assertEquals("news.de.txt", TranslatedName.of("news.en.txt", "en", "de"));
        assertEquals("news.fr-CA.txt", TranslatedName.of("news.EN.txt", "en", "fr-CA"));
        assertEquals("README.de", TranslatedName.of("README", "en", "de"));
    }

    @Test
    void aDocumentIsNamedFromItsLastPathComponentAndTargetLanguage() {
        Document doc = RoundTrip.extract("One.\n".getBytes(StandardCharsets.UTF_8), "article.txt");
        Document nested = new Document("C:\\work\\en\\article.txt", doc.format(), "en", doc.targetLanguage(),
                doc.units(), doc.original());
        assertEquals("article." + doc.targetLanguage().orElseThrow() + ".txt", TranslatedName.of(nested));
    }
}
