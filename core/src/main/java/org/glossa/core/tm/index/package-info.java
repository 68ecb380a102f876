/**
 * The Lucene index of a TMX memory for one language pair: a rebuildable cache beside the TMX (or in the user's cache
 * folder), candidates ranked by {@code tm.score} into context (101), exact (100) and fuzzy matches.
 */
package org.glossa.core.tm.index;
