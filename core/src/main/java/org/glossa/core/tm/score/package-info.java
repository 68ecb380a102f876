/**
 * Match scoring the OmegaT/Trados way: word-level edit distance over normalised tokens, small penalties where only
 * white space, case, punctuation, tags or numbers differ, and numbers substituted into a number-only match.
 */
package org.glossa.core.tm.score;
