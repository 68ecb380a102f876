/**
 * TMX 1.4b: streaming reader and writer (one {@code <tu>} at a time), level-2 inline codes to and from the model,
 * plain, gzip and zip inputs, export to TMX and CSV. The TMX file is always the master copy of a memory.
 */
package org.glossa.core.tmx;
