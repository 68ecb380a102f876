package org.glossa.core.extract;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * @param sourceLanguage BCP 47 tag of the documents' language
 * @param targetLanguage BCP 47 tag of the translation
 * @param srx            an SRX 2.0 file to segment with instead of the default rules
 */
public record ExtractOptions(String sourceLanguage, String targetLanguage, Optional<Path> srx) {
    public ExtractOptions {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        srx = srx == null ? Optional.empty() : srx;
    }

    public ExtractOptions(String sourceLanguage, String targetLanguage) {
        this(sourceLanguage, targetLanguage, Optional.empty());
    }
}
