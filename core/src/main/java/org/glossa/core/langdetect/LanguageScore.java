package org.glossa.core.langdetect;

/**
 * One language's score for a text: the model's outcome name (an ISO 639-3 code, sometimes with a script or variant
 * suffix such as "zho-simp") and its normalised probability, as Tika's {@code LanguageResult.getRawScore()} gives it.
 */
public record LanguageScore(String language, float score) {
}
