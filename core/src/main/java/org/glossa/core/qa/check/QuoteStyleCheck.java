package org.glossa.core.qa.check;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.glossa.core.qa.AbstractCheck;
import org.glossa.core.qa.Finding;
import org.glossa.core.qa.SegmentPair;
import org.glossa.core.qa.Severity;
import org.glossa.core.qa.Span;

/**
 * The target's quotation marks are not its language's, or do not pair. The marks of a language are ICU's
 * delimiters (de „…“ and ‚…‘, en “…” and ‘…’, fr «…») plus the house alternatives of {@link #EXTRA} (German
 * »…« and ›…‹). Reported: a quotation mark of another language (English “…” in a German target: “ opening a
 * quotation where German closes with it, and ”); straight double quotes when the source uses typographic ones; an
 * opening mark never closed, or a closing mark never opened, when the source's quotations are complete (a quotation
 * running over several segments is left alone). Apostrophes (’ and ' between letters, "Russia’s", "geht’s") are not
 * quotation marks, and neither are marks the source uses as symbols ("Insert «1»" in English) copied as they are.
 * A project's {@link QuoteStyle} (its house style) replaces the target language's marks: with {@code »« ›‹} set,
 * „…“ in a German target is reported.
 */
public final class QuoteStyleCheck extends AbstractCheck {
    public static final String ID = "quote-style";
    /** Every character that is a quotation mark in some language. */
    private static final String QUOTES = "\"„“”‚‘’«»‹›「」『』";
    /** House alternatives a language's writers use besides ICU's delimiters: opening then closing marks. */
    private static final Map<String, String> EXTRA = Map.of("de", "»«›‹", "fr", "“”‹›", "nl", "“”", "es", "«»",
            "ca", "«»", "pt", "«»");
    private static final Map<String, Marks> MARKS = new ConcurrentHashMap<>();

    private final Optional<QuoteStyle> house;

    /** The target language's marks from ICU and the usual house alternatives. */
    public QuoteStyleCheck() {
        this(Optional.empty());
    }

    /** The marks of {@code house} for every target when present, else the target language's. */
    public QuoteStyleCheck(Optional<QuoteStyle> house) {
        super(ID, Severity.WARNING, "typographical");
        this.house = house;
    }

    /** Whether {@code c} is a quotation mark in some language. */
    static boolean isQuotationMark(char c) {
        return QUOTES.indexOf(c) >= 0 || c == '\'';
    }

    /** The opening and closing marks of a language, the primary pair first. */
    record Marks(String language, String opening, String closing, boolean house) {
        Marks(String language, String opening, String closing) {
            this(language, opening, closing, false);
        }

        /** The marks of a house style, named after the target language. */
        static Marks of(String languageTag, QuoteStyle style) {
            String name = ULocale.forLanguageTag(languageTag).getDisplayLanguage(ULocale.ENGLISH);
            return new Marks(name, style.opening(), style.closing(), true);
        }

        static Marks of(String languageTag) {
            return MARKS.computeIfAbsent(languageTag.toLowerCase(Locale.ROOT), tag -> {
                ULocale locale = ULocale.forLanguageTag(tag);
                LocaleData data = LocaleData.getInstance(locale);
                StringBuilder open = new StringBuilder(data.getDelimiter(LocaleData.QUOTATION_START)
                        + data.getDelimiter(LocaleData.ALT_QUOTATION_START));
                StringBuilder close = new StringBuilder(data.getDelimiter(LocaleData.QUOTATION_END)
                        + data.getDelimiter(LocaleData.ALT_QUOTATION_END));
                String extra = EXTRA.getOrDefault(locale.getLanguage(), "");
                for (int i = 0; i + 1 < extra.length(); i += 2) {
                    open.append(extra.charAt(i));
                    close.append(extra.charAt(i + 1));
                }
                return new Marks(locale.getDisplayLanguage(ULocale.ENGLISH), open.toString(), close.toString());
            });
        }

        boolean opens(char c) {
            return opening.indexOf(c) >= 0;
        }

        boolean closes(char c) {
            return closing.indexOf(c) >= 0;
        }

        String primary() {
            return opening.charAt(0) + "…" + closing.charAt(0);
        }

        /** "(German: „…“)", or "(house style: »…«)". */
        String style() {
            return " (" + (house ? "house style" : language) + ": " + primary() + ")";
        }

        /** "German", or "the house style's". */
        String owner() {
            return house ? "the house style's" : language;
        }
    }

    /** A quotation mark at {@code at}; {@code opening} when it stands before a word, not after one. */
    record Mark(char c, int at, boolean opening) {
    }

    @Override
    public List<Finding> check(SegmentPair pair) {
        String target = pair.targetText();
        List<Mark> marks = marks(target);
        if (marks.isEmpty()) return List.of();
        Marks language = house.map(h -> Marks.of(pair.targetLanguage(), h)).orElseGet(() -> Marks.of(pair.targetLanguage()));
        String source = pair.sourceText();
        boolean sourceStraight = source.indexOf('"') >= 0;
        List<Mark> sourceMarks = marks(source);
        boolean sourceTypographic = sourceMarks.stream().anyMatch(m -> m.c() != '"' && m.c() != '\'');
        Marks sourceLanguage = Marks.of(pair.sourceLanguage());
        String literal = literals(sourceMarks, sourceLanguage);
        marks = marks.stream().filter(m -> literal.indexOf(m.c()) < 0).toList();
        List<Finding> out = new ArrayList<>();
        boolean foreign = false;
        for (Mark m : marks) {
            String problem = problem(m, language, sourceStraight, sourceTypographic);
            if (problem != null) {
                foreign = true;
                out.add(finding(pair, problem, null, new Span(m.at(), m.at() + 1)));
            }
        }
        if (!foreign && balanced(sourceMarks, sourceLanguage)) {
            Span unpaired = unpaired(marks, language);
            if (unpaired != null) {
                out.add(finding(pair, "A quotation mark of the target has no partner" + language.style(), null, unpaired));
            }
        }
        return out;
    }

    /** Why a mark is not the target language's, or null when it is. */
    private static String problem(Mark m, Marks language, boolean sourceStraight, boolean sourceTypographic) {
        char c = m.c();
        String style = language.style();
        if (c == '\'') return null;
        if (c == '"') {
            return sourceTypographic && !sourceStraight ? "Straight quotation mark \" in the target" + style : null;
        }
        boolean opens = language.opens(c);
        boolean closes = language.closes(c);
        if (!opens && !closes) return "The quotation mark " + c + " is not " + language.owner() + style;
        if (m.opening() && !opens) return "The quotation mark " + c + " closes a quotation in " + language.language() + style;
        if (!m.opening() && !closes) return "The quotation mark " + c + " opens a quotation in " + language.language() + style;
        return null;
    }

    /**
     * The marks the source uses as symbols rather than as its language's quotation marks ("Insert «1»" in English,
     * "’=U+2019"): copied into the target as they are, they are right there too.
     */
    private static String literals(List<Mark> sourceMarks, Marks sourceLanguage) {
        StringBuilder out = new StringBuilder();
        for (Mark m : sourceMarks) {
            if (m.c() != '"' && m.c() != '\'' && problem(m, sourceLanguage, true, false) != null) out.append(m.c());
        }
        return out.toString();
    }

    /** Whether every opening mark of a text (straight quotes in even number) has its closing one. */
    private static boolean balanced(List<Mark> marks, Marks language) {
        long straight = marks.stream().filter(m -> m.c() == '"').count();
        if (straight % 2 != 0) return false;
        List<Mark> typographic = marks.stream().filter(m -> m.c() != '"' && m.c() != '\'').toList();
        return unpaired(typographic, language) == null;
    }

    /** The first mark without a partner, by position (an opening before a word, a closing after one). */
    private static Span unpaired(List<Mark> marks, Marks language) {
        List<Mark> open = new ArrayList<>();
        for (Mark m : marks) {
            if (m.c() == '"' || m.c() == '\'') continue;
            boolean opens = language.opens(m.c()) && (m.opening() || !language.closes(m.c()));
            if (opens) {
                open.add(m);
            } else if (open.isEmpty()) {
                return new Span(m.at(), m.at() + 1);
            } else {
                open.remove(open.size() - 1);
            }
        }
        return open.isEmpty() ? null : new Span(open.get(0).at(), open.get(0).at() + 1);
    }

    /** The quotation marks of a text; apostrophes (’ or ' between letters, or after an s) left out. */
    static List<Mark> marks(String text) {
        List<Mark> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) < 0 && c != '\'') continue;
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if ((c == '’' || c == '\'') && letterBefore && (letterAfter || text.charAt(i - 1) == 's')) continue;
            boolean spaceBefore = i == 0 || Texts.isSpace(text.charAt(i - 1)) || "([{—–-/".indexOf(text.charAt(i - 1)) >= 0;
            boolean spaceAfter = i + 1 == text.length() || Texts.isSpace(text.charAt(i + 1));
            out.add(new Mark(c, i, spaceBefore && !spaceAfter));
        }
        return out;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                Example.good("Stoltenberg said the alliance was “stronger than ever.”",
                        "Stoltenberg sagte, das Bündnis sei „stärker denn je“.", "en", "de", "German quotes"),
                Example.good("“He called it ‘historic,’ ” she said.", "„Er nannte es ‚historisch‘“, sagte sie.", "en", "de",
                        "nested quotes"),
                Example.good("The two institutions say cooperation \"is more important than ever.\"",
                        "Die beiden Institutionen sagen, die Zusammenarbeit sei „wichtiger denn je“.", "en", "de",
                        "straight quotes in the source, German quotes in the target"),
                Example.good("\"Putin wanted to take Ukraine in a few days and divide us.",
                        "„Putin wollte die Ukraine in wenigen Tagen einnehmen und uns spalten.", "en", "de",
                        "a quotation running into the next segment"),
                Example.good("Russia’s invasion changed the members’ plans.",
                        "Russlands Einmarsch hat die Pläne der Mitglieder geändert, heißt’s.", "en", "de", "apostrophes"),
                Example.good("Michel called it “historic.”", "Michel nannte es »historisch«.", "en", "de",
                        "German guillemets as a house style"),
                new Example(SegmentPair.of("Stoltenberg said the alliance was “stronger than ever.”",
                        "Stoltenberg sagte, das Bündnis sei “stärker denn je”.", "en", "de"), 2,
                        "English quotes in a German target: “ opens, ” is not German"),
                new Example(SegmentPair.of("Stoltenberg said the alliance was “stronger than ever.”",
                        "Stoltenberg sagte, das Bündnis sei \"stärker denn je\".", "en", "de"), 2,
                        "straight quotes where the source has typographic ones"),
                Example.bad("Stoltenberg said the alliance was “stronger than ever.”",
                        "Stoltenberg sagte, das Bündnis sei „stärker denn je.", "en", "de", "the quotation is not closed"),
                Example.good("Insert «1» and ’=U+2019", "Einfügen «1» und ’=U+2019", "en", "de",
                        "marks the source uses as symbols, copied"),
                new Example(SegmentPair.of("Michel sagte, die EU sei „bereit“.", "Michel said the EU was „ready.“",
                        "de", "en"), 2, "German quotes in an English target"));
    }
}
