package org.glossa.core.tmx;

import java.util.List;
import java.util.Objects;
import org.glossa.core.lang.LanguageTags;

/**
 * The TMX {@code <header>}. Attributes a file leaves out are empty strings.
 *
 * @param version             the {@code tmx version} attribute ("1.4", "1.1"…); the writer always writes 1.4
 * @param sourceLanguage      {@code srclang}: a normalised BCP 47 tag, or {@code *all*} (any language is a source)
 * @param segmentType         {@code segtype}: block, paragraph, sentence or phrase
 * @param dataType            {@code datatype}: plaintext, html, xml, rtf…
 * @param originalFormat      {@code o-tmf}: the format of the memory the file was exported from
 */
public record TmxHeader(String version, String sourceLanguage, String segmentType, String creationTool,
                        String creationToolVersion, String adminLanguage, String dataType, String originalFormat,
                        List<Property> properties, List<String> notes) {

    /** The {@code srclang} value that makes every language a possible source. */
    public static final String ALL_LANGUAGES = "*all*";

    public TmxHeader {
        version = orEmpty(version);
        sourceLanguage = orEmpty(sourceLanguage);
        if (!sourceLanguage.equalsIgnoreCase(ALL_LANGUAGES)) sourceLanguage = LanguageTags.canonical(sourceLanguage);
        else sourceLanguage = ALL_LANGUAGES;
        segmentType = orEmpty(segmentType);
        creationTool = orEmpty(creationTool);
        creationToolVersion = orEmpty(creationToolVersion);
        adminLanguage = LanguageTags.canonical(orEmpty(adminLanguage));
        dataType = orEmpty(dataType);
        originalFormat = orEmpty(originalFormat);
        properties = properties == null ? List.of() : List.copyOf(properties);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * The header Glossa writes: creationtool Glossa, segtype sentence, o-tmf Glossa, adminlang en.
     *
     * @param dataType "plaintext", or "xml" when the inline codes hold XML markup
     */
    public static TmxHeader glossa(String sourceLanguage, String dataType) {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        return new TmxHeader("1.4", sourceLanguage, "sentence", "Glossa", Version.current(), "en", dataType,
                "Glossa", List.of(), List.of());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.trim();
    }
}
