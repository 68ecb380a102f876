package org.glossa.core.tm.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glossa.core.model.Content;
import org.glossa.core.tmx.TranslationUnit;
import org.glossa.core.tmx.Variant;
import org.junit.jupiter.api.Test;

/**
 * {@link PairedUnits#variant} picks the variant the former expression picked (the exact language ignoring case,
 * else for a language without a region the first variant whose lower-cased language starts with it and "-"), for
 * every pair of a set of language tags in every order: ASCII in any case, and tags with characters whose lower case
 * is not ASCII's (the Kelvin sign, dotted capital I), which take the general path.
 */
class PairedUnitsTest {
    private static final String[] TAGS = {"de", "DE", "de-DE", "DE-de", "de-AT", "de_DE", "deu", "de-", "d", "en",
            "en-US", "EN-gb", "e", "", "-", "k", "\u212a-k", "k-\u212a", "\u0130-x", "i-x", "\u0131-x", "ä-x", "Ä-X"};

    @Test
    void picksWhatTheFormerExpressionPicked() {
        int compared = 0;
        for (String a : TAGS) {
            for (String b : TAGS) {
                for (String c : TAGS) {
                    List<Variant> vs = new ArrayList<>();
                    for (String l : new String[] {a, b}) vs.add(Variant.of(l, Content.of(l + " text")));
                    TranslationUnit tu = TranslationUnit.of("u", vs);
                    assertEquals(former(tu, c), PairedUnits.variant(tu, c), () -> c + " in " + a + ", " + b);
                    compared++;
                }
            }
        }
        assertEquals(TAGS.length * TAGS.length * TAGS.length, compared);
        TranslationUnit tu = TranslationUnit.of("u", List.of(Variant.of("en", Content.of("a")),
                Variant.of("DE-at", Content.of("b")), Variant.of("de-DE", Content.of("c"))));
        assertEquals(Content.of("b"), PairedUnits.variant(tu, "de").orElseThrow().content());
        assertEquals(Content.of("c"), PairedUnits.variant(tu, "DE-de").orElseThrow().content());
        assertEquals(Optional.empty(), PairedUnits.variant(tu, "fr"));
    }

    private static Optional<Variant> former(TranslationUnit tu, String language) {
        Optional<Variant> exact = tu.variant(language);
        if (exact.isPresent() || language.contains("-")) return exact;
        String prefix = language.toLowerCase(Locale.ROOT) + "-";
        return tu.variants().stream().filter(v -> v.language().toLowerCase(Locale.ROOT).startsWith(prefix)).findFirst();
    }
}
