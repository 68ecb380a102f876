package org.glossa.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.glossa.core.InputException;
import org.junit.jupiter.api.Test;

class LanguageTagsTest {
    @Test
    void canonicalFormFixesCaseUnderscoresAndDeprecatedCodes() {
        assertEquals("he", LanguageTags.canonical("iw"));
        assertEquals("he-IL", LanguageTags.canonical("IW_il"));
        assertEquals("id", LanguageTags.canonical("in"));
        assertEquals("yi", LanguageTags.canonical("ji"));
        assertEquals("tlh", LanguageTags.canonical("i-klingon"));
        assertEquals("en-US", LanguageTags.canonical(" EN_us "));
        assertEquals("zh-Hant-TW", LanguageTags.canonical("ZH-HANT-tw"));
        assertEquals("es-419", LanguageTags.canonical("ES-419"));
        assertEquals("de-CH-x-phonebk", LanguageTags.canonical("de-ch-X-Phonebk"));
        assertEquals("", LanguageTags.canonical(""));
    }

    @Test
    void aTagThatIsNotWellFormedIsOnlyCaseNormalisedNothingDropped() {
        assertEquals("de--DE", LanguageTags.canonical("DE--de"));
        assertEquals("*all*", LanguageTags.canonical("*all*"));
        assertEquals(Optional.empty(), LanguageTags.wellFormed("de--DE"));
        assertEquals(Optional.of("pt-BR"), LanguageTags.wellFormed("pt_br"));
    }

    @Test
    void matchingTakesVariantsBothWays() {
        assertTrue(LanguageTags.matches("de-DE", "de"));
        assertTrue(LanguageTags.matches("de", "DE_at"));
        assertTrue(LanguageTags.matches("iw-IL", "he"), "deprecated codes match their replacement");
        assertFalse(LanguageTags.matches("de", "en"));
        assertFalse(LanguageTags.matches("de", "dsb"), "a prefix of letters is not a variant");
    }

    @Test
    void aTagAUserTypedIsCheckedAndTheErrorNamesTheOption() {
        assertEquals("he", LanguageTags.parse("iw", "--source"));
        assertEquals("pt-BR", LanguageTags.parse("pt_br", "--target"));
        assertEquals("gsw", LanguageTags.parse("gsw", "--target"));
        InputException deutsch = assertThrows(InputException.class, () -> LanguageTags.parse("deutsch", "--target"));
        assertEquals("--target: 'deutsch' is not a BCP 47 language tag (the language is an ISO 639 code such as en, de or pt-BR)",
                deutsch.describe());
        assertThrows(InputException.class, () -> LanguageTags.parse("xx", "--target"));
        InputException spaces = assertThrows(InputException.class, () -> LanguageTags.parse("not a tag", "--source"));
        assertEquals("--source: 'not a tag' is not a BCP 47 language tag", spaces.describe());
    }

    @Test
    void knownLanguagesTellLanguageColumnsFromOtherNames() {
        assertEquals(Optional.of("en-US"), LanguageTags.known("en_us"));
        assertEquals(Optional.of("fil"), LanguageTags.known("fil"));
        assertEquals(Optional.empty(), LanguageTags.known("pos"));
        assertEquals(Optional.empty(), LanguageTags.known("und"));
        assertEquals("de", LanguageTags.language("de-AT"));
        assertEquals("he", LanguageTags.language("iw"));
    }
}
