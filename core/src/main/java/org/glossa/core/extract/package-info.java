/**
 * Turning a source into work for a translator.
 * <p>
 * {@link org.glossa.core.extract.Extractor} reads a document of any supported format into the model (format
 * detection, blocks, article structure, segments); {@link org.glossa.core.extract.Documents} opens what a user
 * points at (an XLIFF as it is, anything else extracted).
 * <p>
 * {@link org.glossa.core.extract.SourcePreparation} is the one pipeline that prepares a source for translation, used
 * by {@code glossa extract}, {@code glossa run} and the editor's project panel alike, so that the three write the
 * same bytes for the same settings: extract, carry the translations of the previous output over
 * ({@link org.glossa.core.extract.TranslationCarryOver}: by segment source text, then unit and segment id, keeping
 * their state, reporting what could not be carried), mark glossary terms, pre-translate from the memories, write
 * the XLIFF version asked for. Its {@link org.glossa.core.extract.SourcePreparation.Settings#of(org.glossa.core.project.Project)
 * project settings} decide the memory set (the project's memories plus {@code memories/project.tmx}), the glossaries
 * (read with the project's languages) and where each source's XLIFF goes
 * ({@link org.glossa.core.project.Project#xliffOf}). The prepared files are checked with one check set,
 * {@link org.glossa.core.qa.check.Checks#withTerms}, in {@code glossa qa}, {@code glossa run} and the editor.
 */
package org.glossa.core.extract;
