/**
 * Sentence segmentation: the {@link org.glossa.core.segment.Segmenter} contract, ICU's rules, SRX 2.0 rules through
 * Okapi's engine, and turning a unit's content into segments and ignorables (whitespace stays outside segments).
 */
package org.glossa.core.segment;
