/**
 * Term recognition: glossary terms found in text by a trie over stemmed, case-folded tokens (longest match, never
 * inside a longer word, acronyms exact, English and German inflection and compounds), and the marking of a
 * document's segments with the terms found.
 */
package org.glossa.core.glossary.match;
