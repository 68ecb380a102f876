/**
 * Translation memory use: looking segments up, pre-translating documents from memories, and importing confirmed
 * translations of XLIFF and TMX files into a TMX memory.
 */
package org.glossa.core.tm;
