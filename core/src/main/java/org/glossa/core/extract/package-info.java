/**
 * Turning a source document into the model: format detection, blocks, structure and segmentation
 * ({@link org.glossa.core.extract.Extractor}), and opening whatever a user points at, XLIFF or document
 * ({@link org.glossa.core.extract.Documents}).
 */
package org.glossa.core.extract;
