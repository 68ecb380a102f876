package org.glossa.core.glossary.match;

import static org.glossa.core.glossary.match.DwGlossary.concept;
import static org.glossa.core.glossary.match.DwGlossary.de;
import static org.glossa.core.glossary.match.DwGlossary.en;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.glossa.core.glossary.Concept;
import org.glossa.core.glossary.Glossary;

/**
 * A large glossary: the DW concepts plus generated ones with pseudo-words (1–4 words, some acronyms, some hyphenated,
 * some extending DW terms such as "European Commission kalemo"). No pseudo-word occurs in the corpus it is made for,
 * so the hits in that corpus must be those of the DW glossary alone.
 */
final class GeneratedGlossary {
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final Random random;
    private final String corpus;
    private final String corpusLower;

    private GeneratedGlossary(long seed, String corpus) {
        this.random = new Random(seed);
        this.corpus = corpus;
        this.corpusLower = corpus.toLowerCase(Locale.ROOT);
    }

    /** {@code size} concepts in all, the DW ones first. */
    static Glossary generate(int size, long seed, String corpus) {
        return new GeneratedGlossary(seed, corpus).build(size);
    }

    private Glossary build(int size) {
        List<Concept> concepts = new ArrayList<>(DwGlossary.concepts());
        List<String> dwEnglish = concepts.stream().map(c -> c.termsIn("en").get(0).text()).toList();
        List<String> dwGerman = concepts.stream().filter(c -> !c.termsIn("de").isEmpty())
                .map(c -> c.termsIn("de").get(0).text()).toList();
        for (int i = concepts.size(); i < size; i++) {
            int kind = random.nextInt(20);
            String source;
            String target;
            if (kind == 0) {
                source = acronym();
                target = source;
            } else if (kind == 1) {
                source = dwEnglish.get(random.nextInt(dwEnglish.size())) + " " + word();
                target = dwGerman.get(random.nextInt(dwGerman.size())) + "-" + word();
            } else if (kind == 2) {
                source = word() + "-" + word() + " " + word();
                target = capitalise(word()) + "-" + capitalise(word());
            } else {
                source = words(1 + random.nextInt(4));
                target = capitalise(words(1 + random.nextInt(3)));
            }
            concepts.add(concept("gen-" + i, false, en(source), de(target)));
        }
        return new Glossary("generated-" + size, concepts);
    }

    private String words(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(word());
        return b.toString();
    }

    /** A consonant-vowel pseudo-word of 6 to 12 letters whose first letters do not occur in the corpus. */
    String word() {
        while (true) {
            StringBuilder b = new StringBuilder();
            int syllables = 3 + random.nextInt(4);
            for (int i = 0; i < syllables; i++) {
                b.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
                b.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
            }
            String w = b.toString();
            if (!corpusLower.contains(w.substring(0, w.length() - 2))) return w;
        }
    }

    private String acronym() {
        while (true) {
            StringBuilder b = new StringBuilder();
            int n = 3 + random.nextInt(2);
            for (int i = 0; i < n; i++) b.append((char) ('A' + random.nextInt(26)));
            String a = b.toString();
            if (!corpus.contains(a)) return a;
        }
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
