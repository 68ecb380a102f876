/**
 * The standard segment checks, listed by {@link org.glossa.core.qa.check.Checks#standard()}. Each check looks at one
 * source/target pair, holds no state, and carries its own good and bad examples (run by {@code CheckExamplesTest}).
 *
 * <table>
 *   <caption>Checks</caption>
 *   <tr><th>id</th><th>severity</th><th>ITS type</th><th>rule</th></tr>
 *   <tr><td>empty-target</td><td>error</td><td>omission</td><td>no target text (tags alone count as empty) for a
 *       source with text</td></tr>
 *   <tr><td>untranslated</td><td>error</td><td>untranslated</td><td>target equals source after trimming, and the
 *       source has at least two words starting with a lower-case letter (links blanked out)</td></tr>
 *   <tr><td>number-mismatch</td><td>error</td><td>mistranslation</td><td>multisets of digit numbers differ, each
 *       side read with its language's ICU separators (days and months of dates excepted)</td></tr>
 *   <tr><td>date-mismatch</td><td>error</td><td>mistranslation</td><td>months, days of months and weekdays differ,
 *       read by meaning with ICU's date symbols and short date pattern of each language ("January 10" = "10. Januar"
 *       = "10.01.2023", "Friday" = "Freitag"); day and month digits are not number-mismatch's</td></tr>
 *   <tr><td>negation-mismatch</td><td>warning</td><td>mistranslation</td><td>one side has a negation word
 *       (en not, no, never, n't…; de nicht, kein…, nie…) and the other none</td></tr>
 *   <tr><td>tag-mismatch</td><td>error</td><td>markup</td><td>inline codes (kind + id) missing or extra, or a
 *       closing tag before its opening, or crossing pairs</td></tr>
 *   <tr><td>url-email-mismatch</td><td>error</td><td>mistranslation</td><td>URLs, e-mail addresses and @handles
 *       not copied exactly, or extra ones</td></tr>
 *   <tr><td>wrong-language</td><td>warning</td><td>language</td><td>OpenNLP says another language, clearly, on a
 *       target long enough to tell</td></tr>
 *   <tr><td>punctuation-end</td><td>warning</td><td>punctuation</td><td>end punctuation differs, quotes and closing
 *       brackets skipped</td></tr>
 *   <tr><td>quote-style</td><td>warning</td><td>typographical</td><td>quotation marks not of the target language
 *       (ICU's delimiters plus house alternatives such as German »…«), straight quotes where the source has
 *       typographic ones, or a mark without its partner when the source's quotations are complete</td></tr>
 *   <tr><td>repeated-word</td><td>warning</td><td>duplication</td><td>same word twice in a row, not in the
 *       source</td></tr>
 *   <tr><td>double-space</td><td>warning</td><td>whitespace</td><td>two or more spaces inside the target, none in
 *       the source</td></tr>
 *   <tr><td>leading-trailing-space</td><td>warning</td><td>whitespace</td><td>whitespace at the start or end
 *       differs</td></tr>
 *   <tr><td>length-ratio</td><td>info</td><td>length</td><td>target/source length outside the language pair's
 *       bounds</td></tr>
 * </table>
 */
package org.glossa.core.qa.check;
