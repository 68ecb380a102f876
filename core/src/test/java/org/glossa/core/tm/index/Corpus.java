package org.glossa.core.tm.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic EN sentences with many near-duplicates: templates filled from word lists, then variants with one or two
 * words replaced, inserted or dropped. The "German" side is a deterministic word-by-word transformation.
 */
final class Corpus {
    private static final String[] SUBJECTS = {"The committee", "The European Union", "NATO", "The council",
        "The minister", "The president", "The delegation", "Our partners", "The alliance", "The government",
        "The commission", "The secretary general", "The parliament", "The member states", "The officials"};
    private static final String[] VERBS = {"signed", "approved", "rejected", "discussed", "postponed", "welcomed",
        "criticised", "supported", "reviewed", "announced", "prepared", "published", "extended", "debated"};
    private static final String[] OBJECTS = {"the joint declaration", "a new agreement", "the defence budget",
        "the security strategy", "the cooperation plan", "the sanctions package", "the annual report",
        "the trade proposal", "the energy programme", "the migration pact", "the climate target",
        "the reform agenda", "the humanitarian aid", "the peace initiative", "the border controls"};
    private static final String[] TAILS = {"on Tuesday", "in Brussels", "after long negotiations", "last February",
        "without further delay", "at the summit", "in a joint statement", "despite strong objections",
        "for the next five years", "with broad support", "in the capital", "before the elections",
        "during the crisis", "amid the war in Ukraine", "at the headquarters"};
    private static final String[] EXTRA = {"cyber", "space", "resilience", "infrastructure", "technology",
        "military", "mobility", "hybrid", "threats", "climate", "security", "regional", "broader", "partnership"};

    private final Random random;

    Corpus(long seed) {
        this.random = new Random(seed);
    }

    String sentence() {
        StringBuilder sb = new StringBuilder();
        sb.append(pick(SUBJECTS)).append(' ').append(pick(VERBS)).append(' ').append(pick(OBJECTS));
        int extras = random.nextInt(4);
        for (int i = 0; i < extras; i++) sb.append(i == 0 ? " on " : " and ").append(pick(EXTRA));
        sb.append(' ').append(pick(TAILS));
        if (random.nextBoolean()) sb.append(' ').append(pick(TAILS));
        return sb.append('.').toString();
    }

    /** {@code s} with one or two words replaced, dropped or added. */
    String variant(String s) {
        List<String> words = new ArrayList<>(List.of(s.substring(0, s.length() - 1).split(" ")));
        int edits = 1 + random.nextInt(2);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(words.size());
            switch (random.nextInt(4)) {
                case 3 -> words.set(at, inflect(words.get(at)));
                case 0 -> words.set(at, pick(EXTRA));
                case 1 -> {
                    if (words.size() > 4) words.remove(at);
                }
                default -> words.add(at, pick(EXTRA));
            }
        }
        return String.join(" ", words) + ".";
    }

    /** Another form of the word: a plural-like or past-like ending, or its last letter dropped. */
    private String inflect(String w) {
        return switch (random.nextInt(3)) {
            case 0 -> w + "s";
            case 1 -> w + "ed";
            default -> w.length() > 3 ? w.substring(0, w.length() - 1) : w + "e";
        };
    }

    static String german(String en) {
        StringBuilder sb = new StringBuilder();
        for (String w : en.split(" ")) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(new StringBuilder(w).reverse()).append("en");
        }
        return sb.toString();
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }
}
