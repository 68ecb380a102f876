package org.glossa.core.tm.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.glossa.core.text.FuzzyMatchTokenizer;

/**
 * Replaces each term by its {@link FuzzyMatchTokenizer#wordKey} (NFKC, case-folded): the index's terms are the keys
 * the scorer compares words by, so a word the scorer counts as equal ("STRASSE", "Straße") is one term here.
 */
final class WordKeyFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    WordKeyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] b = term.buffer();
        int n = term.length();
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) ascii = b[i] < 0x80;
        if (ascii) {
            // NFKC leaves ASCII alone and case folding is lower-casing there
            for (int i = 0; i < n; i++) {
                if (b[i] >= 'A' && b[i] <= 'Z') b[i] += 'a' - 'A';
            }
        } else {
            String word = term.toString();
            String key = FuzzyMatchTokenizer.wordKey(word);
            if (!key.equals(word)) term.setEmpty().append(key);
        }
        return true;
    }
}
