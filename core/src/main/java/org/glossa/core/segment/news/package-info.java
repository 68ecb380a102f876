/**
 * Glossa's default news segmenter: one pass over sentence punctuation decided by language packs (abbreviations,
 * titles, dates, ordinals, quotes, list markers), and its export as SRX 2.0 rules for other tools.
 */
package org.glossa.core.segment.news;
