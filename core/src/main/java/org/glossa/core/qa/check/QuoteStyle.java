package org.glossa.core.qa.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A house style of quotation marks for the target language: pairs of an opening and a closing mark, the primary pair
 * first, written the way a project file or {@code --quotes} takes them: {@code „“ ‚‘} (DW's German),
 * {@code »« ›‹} (German guillemets), {@code “” ‘’}. When set, these are the only quotation marks the
 * {@code quote-style} check accepts in a target.
 */
public record QuoteStyle(String opening, String closing) {
    public QuoteStyle {
        if (opening.isEmpty() || opening.length() != closing.length()) {
            throw new IllegalArgumentException("a quote style needs as many closing as opening marks");
        }
    }

    /**
     * Reads pairs separated by spaces or commas, each an opening and a closing mark ("„“ ‚‘").
     *
     * @throws IllegalArgumentException naming the first token that is not a pair of quotation marks
     */
    public static QuoteStyle parse(String pairs) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (String token : pairs.strip().split("[\\s,]+")) {
            if (token.isEmpty()) continue;
            if (token.length() != 2 || !QuoteStyleCheck.isQuotationMark(token.charAt(0))
                    || !QuoteStyleCheck.isQuotationMark(token.charAt(1))) {
                throw new IllegalArgumentException("'" + token + "' is not a pair of quotation marks (an opening and a"
                        + " closing mark, e.g. „“ or »«)");
            }
            open.append(token.charAt(0));
            close.append(token.charAt(1));
        }
        if (open.isEmpty()) throw new IllegalArgumentException("no quotation marks given (e.g. „“ ‚‘)");
        return new QuoteStyle(open.toString(), close.toString());
    }

    /** {@link #parse} of an optional value: empty when absent or blank. */
    public static Optional<QuoteStyle> parseOptional(String pairs) {
        return pairs == null || pairs.isBlank() ? Optional.empty() : Optional.of(parse(pairs));
    }

    /** The pairs as {@link #parse} reads them: "„“ ‚‘". */
    public String label() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < opening.length(); i++) out.add("" + opening.charAt(i) + closing.charAt(i));
        return String.join(" ", out);
    }
}
