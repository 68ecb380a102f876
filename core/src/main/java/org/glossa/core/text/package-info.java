/**
 * Text utilities every layer uses: the word tokenizers, one per purpose and named for it ({@link
 * org.glossa.core.text.WordCount} for analyses and counts, {@link org.glossa.core.text.FuzzyMatchTokenizer} for
 * memory match scores, {@link org.glossa.core.text.TermMatchTokenizer} for glossary term matching, {@link
 * org.glossa.core.text.QaWordTokenizer} for QA checks, {@link org.glossa.core.text.EditingWords} for the editor's
 * diffs, splits and word selection), and {@link org.glossa.core.text.TextKey}, the one text key (hashes for sets
 * and indexes, with each purpose's normalisation). Depends on the model only.
 */
package org.glossa.core.text;
