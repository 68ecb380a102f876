/**
 * Language detection with Tika's OpenNLP language model, evaluated by Glossa: the same model (read through OpenNLP's
 * public API), the same normalisation, n-grams, probing and maxent evaluation as Tika's {@code OpenNLPDetector}, so
 * the scores are Tika's to the bit, at a fraction of the cost per text (see docs/decisions/0034). The entry point is
 * {@link org.glossa.core.langdetect.NgramLanguageDetector}.
 */
package org.glossa.core.langdetect;
