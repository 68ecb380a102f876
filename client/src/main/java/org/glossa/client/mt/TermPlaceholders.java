package org.glossa.client.mt;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.glossa.core.mt.MtProvider.TermHint;

/**
 * Glossary terms for a service without a glossary API (LibreTranslate): each whole-word occurrence of a hint's source
 * term (any case) in the text outside its tags becomes {@code <x id="gN"/>} (N the hint's place, from 1) before the
 * text is sent, and each such placeholder in the translation becomes the hint's target term (XML-escaped, as the
 * texts are). The {@code g} keeps them apart from the inline code placeholders ({@code <x id="N"/>}); the form a
 * HTML parser writes back ({@code <x id="gN"></x>}) is read too. A placeholder the service dropped leaves its term
 * out (QA's term check reports it).
 */
final class TermPlaceholders {
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern PLACEHOLDER = Pattern.compile("<x\\s+id=\"g(\\d+)\"\\s*(?:/>|>\\s*</x>)");

    private TermPlaceholders() {
    }

    /** {@code text} with the source terms of {@code hints} as placeholders. */
    static String protect(String text, List<TermHint> hints) {
        if (hints.isEmpty()) return text;
        StringBuilder out = new StringBuilder();
        Matcher tags = TAG.matcher(text);
        int at = 0;
        while (tags.find()) {
            out.append(protectText(text.substring(at, tags.start()), hints)).append(tags.group());
            at = tags.end();
        }
        return out.append(protectText(text.substring(at), hints)).toString();
    }

    private static String protectText(String text, List<TermHint> hints) {
        // one pass, longest terms first: "European Commission" is not cut by a hint for "Commission", and no term
        // is looked for inside a placeholder already put in
        List<Integer> order = IntStream.range(0, hints.size()).filter(i -> !hints.get(i).source().isBlank()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> hints.get(i).source().strip().length()).reversed()).toList();
        if (order.isEmpty()) return text;
        StringBuilder alternatives = new StringBuilder();
        for (int i : order) {
            if (alternatives.length() > 0) alternatives.append('|');
            alternatives.append('(').append(Pattern.quote(escape(hints.get(i).source().strip()))).append(')');
        }
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) group++;
            m.appendReplacement(out, Matcher.quoteReplacement("<x id=\"g" + (order.get(group - 1) + 1) + "\"/>"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code translated} with each placeholder replaced by its hint's target term. */
    static String restore(String translated, List<TermHint> hints) {
        if (hints.isEmpty()) return translated;
        Matcher m = PLACEHOLDER.matcher(translated);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String term = n >= 1 && n <= hints.size() ? escape(hints.get(n - 1).target()) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(term));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
