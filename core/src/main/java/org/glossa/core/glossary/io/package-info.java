/**
 * Glossary files: TBX 2008 (martif) and TBX 2019 (DCA and DCT) read, TBX 2019 Basic, TBX 2008, CSV and TSV written;
 * CSV/TSV with a language header and OmegaT's headerless tab files read; format told by content; consistency checks
 * of a glossary for a language pair.
 */
package org.glossa.core.glossary.io;
