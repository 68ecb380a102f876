package org.glossa.core.merge;

import java.util.Locale;
import org.glossa.core.InputException;
import org.glossa.core.model.Document;

/**
 * The one rule for naming a translated document, used by {@code glossa merge} and the editor's Export: the original's
 * file name with the target language before the extension ({@code article.html} → {@code article.de.html}); a
 * source-language tag already there is replaced ({@code news.en.txt} → {@code news.de.txt}). A translated document
 * therefore never takes its original's name, so merging beside the original cannot write over it.
 */
public final class TranslatedName {
    private TranslatedName() {
    }

    /** The file name {@code doc} is merged under: only the last path component of its name, with the target language. */
    public static String of(Document doc) {
        String target = doc.targetLanguage().orElseThrow(() ->
                new InputException(doc.name(), "no target language in the XLIFF; cannot merge"));
        return of(Merger.safeName(doc.name()), doc.sourceLanguage(), target);
    }

    /**
     * {@code name} with the target language: a source-language tag before the extension is replaced, otherwise the
     * tag is put before the extension (or at the end when there is none).
     */
    public static String of(String name, String source, String target) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        String suffix = "." + source.toLowerCase(Locale.ROOT);
        if (stem.toLowerCase(Locale.ROOT).endsWith(suffix)) stem = stem.substring(0, stem.length() - suffix.length());
        return stem + "." + target + ext;
    }
}
