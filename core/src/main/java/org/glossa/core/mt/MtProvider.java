package org.glossa.core.mt;

import java.io.IOException;
import java.util.List;

/**
 * A machine translation service. Texts carry the segment's inline codes as {@code <x id="N"/>} placeholders, other
 * {@code <}, {@code >} and {@code &} escaped as in XML; the service must keep the placeholders (DeepL's
 * {@code tag_handling=xml}, LibreTranslate's {@code format=html}).
 */
public interface MtProvider {
    /** Short name shown with its suggestions ("DeepL", "LibreTranslate"). */
    String name();

    /** Whether the service translates {@code source} into {@code target} (BCP 47 tags). */
    boolean supports(String source, String target) throws IOException;

    /** Most texts one request may carry. */
    int maxBatch();

    /**
     * The translations of {@code texts}, in order, one per text.
     *
     * @param hints glossary term pairs of the texts (source term → target term) the service may use
     */
    List<String> translate(List<String> texts, String source, String target, List<TermHint> hints) throws IOException;

    /** A glossary term pair for the texts being translated. */
    record TermHint(String source, String target) {
    }
}
