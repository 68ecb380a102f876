/**
 * Spell checking with Hunspell dictionaries (Debian's {@code hunspell-*} packages, LibreOffice's dictionaries) read by
 * Lucene's pure-Java {@link org.apache.lucene.analysis.hunspell.Hunspell}: {@link org.glossa.core.spelling.Dictionaries}
 * finds and loads a dictionary by language tag (once per process), {@link org.glossa.core.spelling.SpellChecker}
 * checks a text's words (skipping URLs, e-mail addresses, handles, numbers, inline codes and words the user or the
 * project knows), {@link org.glossa.core.spelling.WordList} keeps the user's and a project's own words. The QA check
 * {@code spelling} is {@code qa.check.SpellingCheck}.
 */
package org.glossa.core.spelling;
