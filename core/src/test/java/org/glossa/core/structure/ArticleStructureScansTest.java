package org.glossa.core.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.glossa.core.model.Content;
import org.junit.jupiter.api.Test;

/**
 * The scans of decision 0059 find what the searches and regular expressions before them found: the bio verbs with
 * one search instead of four, glued credits with the label pattern tried only where a label word starts.
 */
class ArticleStructureScansTest {
    @Test
    void bioVerbsFoundAsTheFourSearchesFindThem() {
        String[] fixed = {"", "is a", "is the", "was a", "was the", "s a", "this apple", "wasthe", "was  the", "his a",
                "Anna is an editor", "He was then", "is", "was", "s ", "is t", "This is the writer"};
        for (String s : fixed) assertEquals(fourSearches(s), ArticleStructure.hasBioVerb(s.toCharArray()), s);
        Random random = new Random(59);
        String[] pieces = {"i", "s", " ", "a", "w", "t", "h", "e", "is", "was", "the", "x", "“"};
        for (int i = 0; i < 200_000; i++) {
            String s = randomText(random, pieces, 12);
            assertEquals(fourSearches(s), ArticleStructure.hasBioVerb(s.toCharArray()), s);
        }
    }

    @Test
    void gluedCreditsFoundAsTheLabelPatternsFindFindsThem() {
        String[] fixed = {"Nurses say they have been left behindImage: Lukas Lindqvist/IMAGO",
                "A caption. Photo: AP", "Photo: AP", "Images: dpa\nmore", "Source: x and Image: y", "Bilder:  z",
                "the Credits: none", "Video:", "Quelle: DW\n", "Sources: Reuters: AFP", "x\nFoto: y",
                "He said “yes.” Image: z", "ImageImage: z", "Pictures:a"};
        for (String s : fixed) assertEquals(findLoop(s), ArticleStructure.findGluedCredit(Content.of(s)), s);
        Random random = new Random(590);
        String[] pieces = {"Image", "Images", "Photo", "Bild", "er", "Foto", "s", "Credit", "Source", "Quelle", "Video",
                "Picture", ":", ": ", " ", "x", "A", ".", "\n", "”", "?", "\t"};
        for (int i = 0; i < 100_000; i++) {
            String s = randomText(random, pieces, 10);
            assertEquals(findLoop(s), ArticleStructure.findGluedCredit(Content.of(s)), s);
        }
    }

    private static boolean fourSearches(String s) {
        return s.contains("is a") || s.contains("is the") || s.contains("was a") || s.contains("was the");
    }

    /** The search before decision 0059 for one run of text: CREDIT_LABEL's find from each match's start on. */
    private static Optional<Integer> findLoop(String v) {
        Matcher m = ArticleStructure.CREDIT_LABEL.matcher(v);
        int from = 0;
        while (m.find(from)) {
            int at = m.start();
            boolean glued = at > 0 && Character.isLetterOrDigit(v.charAt(at - 1));
            boolean lineStart = at > 0 && v.charAt(at - 1) == '\n';
            boolean afterSentence = at > 1 && Character.isWhitespace(v.charAt(at - 1)) && ".!?\"”".indexOf(v.charAt(at - 2)) >= 0;
            if ((glued || lineStart || afterSentence) && at > 0) return Optional.of(at);
            from = at + 1;
        }
        return Optional.empty();
    }

    private static String randomText(Random random, String[] pieces, int max) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(max + 1); n > 0; n--) sb.append(pieces[random.nextInt(pieces.length)]);
        return sb.toString();
    }
}
